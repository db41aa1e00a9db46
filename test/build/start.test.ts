// `npm start` offline: Electron's binary cannot be fetched, so the wrapper must say so in one
// sentence and exit 1, quickly, leaving the Node build the tests and the CLI use working.
// The download goes to a local server that answers 404, and ELECTRON_OVERRIDE_DIST_PATH
// points at an empty folder, so this fails the same way on a machine that has Electron.

import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, encryptedDbRoundTrip, nodeBuild, notFoundServer, root, runNode, scratch, sha256, type Run } from '../helpers/node-build.js';

const version = (JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const sentence =
  `Electron ${version}'s binary (electron-v${version}-${process.platform}-${process.arch}.zip) could not be downloaded, so the app cannot start: ` +
  'connect to the network and run `npm start` again, or set ELECTRON_MIRROR (and ELECTRON_CUSTOM_DIR) to a mirror you can reach, ' +
  "or electron_config_cache to a folder holding Electron's download cache, as described at " +
  'https://www.electronjs.org/docs/latest/tutorial/installation#custom-mirrors-and-caches.';

describe('npm start without a reachable Electron download', () => {
  let server: Awaited<ReturnType<typeof notFoundServer>>;
  let dir: string;
  let run: Run;
  let nodeBuildBefore: string;

  beforeAll(async () => {
    server = await notFoundServer();
    dir = scratch('alcove-start-');
    nodeBuildBefore = sha256(nodeBuild);
    run = await runNode(
      ['scripts/start.mjs'],
      childEnv(dir, {
        ELECTRON_MIRROR: server.url,
        ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'no-electron-here'),
        electron_config_cache: path.join(dir, 'empty-cache'),
        force_no_cache: 'true',
      }),
    );
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the one sentence saying what to do, no stack, and exits 1', () => {
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(sentence);
    const all = run.stdout + run.stderr;
    expect(all).not.toContain('TypeError');
    expect(all).not.toMatch(/\n\s+at /);
  });

  it('really asked the mirror it was given for this version’s zip, and gave up quickly', () => {
    expect(server.requests.some((u) => u.includes(`electron-v${version}-${process.platform}-${process.arch}.zip`))).toBe(true);
    // A hang on the network would take minutes; a bound this loose only catches that.
    expect(run.ms).toBeLessThan(30_000);
  });

  it('leaves the Node build intact: it loads in a fresh node and opens an encrypted database', async () => {
    expect(sha256(nodeBuild)).toBe(nodeBuildBefore);
    const check = await encryptedDbRoundTrip(dir);
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout)).toEqual({ v: 'plaintext-marker-7f3a', leaked: false, header: expect.not.stringMatching(/^SQLite format 3/) });
  });

  it('leaves the CLI working: vault list on an empty home', async () => {
    const cli = await runNode(['bin/alcove.mjs', 'vault', 'list', '--json', '--home', path.join(dir, 'home')], childEnv(dir, { ALCOVE_KEYS: path.join(dir, 'keys') }));
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual({ vaults: [] });
  });
});
