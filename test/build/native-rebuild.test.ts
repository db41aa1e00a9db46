// The Electron build of the database module: a cached module is trusted only when its stamp,
// its hash and the ABI read from the binary all match Electron's; headers that cannot be had
// are said in one sentence; and a failed rebuild leaves the Node build (tests, CLI) working.
// Everything is written under a scratch --out-dir and HOME, never the shared node_modules.

import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCachedModule, electronAbi, moduleAbiOf, stampPathFor, writeStamp } from '../../scripts/native-abi.mjs';
import { childEnv, encryptedDbRoundTrip, nodeBuild, notFoundServer, root, runNode, scratch, sha256, type Run } from '../helpers/node-build.js';

const version = (JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const abi = electronAbi();
const arch = process.arch;
const target = { electronVersion: version, abi, arch };
const bindingIn = (out: string): string => path.join(out, `better-sqlite3-multiple-ciphers-electron-${version}-${arch}`, 'better_sqlite3.node');

/** The Node build dressed up as a finished Electron build: right stamp, right hash, wrong ABI. */
function plantNodeBuildAsElectronBuild(out: string): string {
  const binding = bindingIn(out);
  mkdirSync(path.dirname(binding), { recursive: true });
  copyFileSync(nodeBuild, binding);
  writeStamp(binding, { ...target, headersUrl: 'https://electronjs.org/headers' });
  return binding;
}

describe('reading a native module’s ABI', () => {
  it('reads the Node build’s ABI from the binary: this Node’s NODE_MODULE_VERSION', () => {
    expect(moduleAbiOf(readFileSync(nodeBuild))).toEqual({ kind: 'node', abi: Number(process.versions.modules) });
  });

  it('knows Electron’s ABI, which is not this Node’s (so a mix-up is detectable)', () => {
    expect(abi).toBeGreaterThan(0);
    expect(abi).not.toBe(Number(process.versions.modules));
  });

  it('tells Node-API modules apart and refuses to guess on junk or on two ABIs', () => {
    expect(moduleAbiOf(Buffer.from('\0napi_register_module_v1\0'))).toEqual({ kind: 'napi' });
    expect(moduleAbiOf(Buffer.from('no symbols here'))).toBeNull();
    expect(moduleAbiOf(Buffer.from('node_register_module_v115\0node_register_module_v150'))).toBeNull();
  });
});

describe('trusting a cached Electron build', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratch('alcove-native-cache-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('does not trust a module built against the wrong headers, even with a perfect stamp', () => {
    const binding = plantNodeBuildAsElectronBuild(path.join(dir, 'wrong-abi'));
    expect(checkCachedModule(binding, target)).toEqual({
      trusted: false,
      reason: `the binary is built for ABI ${process.versions.modules}, but Electron ${version} needs ${abi}`,
    });
  });

  it('trusts a module whose binary, hash and stamp all say Electron’s ABI (control)', () => {
    const binding = bindingIn(path.join(dir, 'right-abi'));
    mkdirSync(path.dirname(binding), { recursive: true });
    writeFileSync(binding, Buffer.from(`\x7fELF...node_register_module_v${abi}\0...`, 'latin1'));
    writeStamp(binding, { ...target, headersUrl: 'https://electronjs.org/headers' });
    expect(checkCachedModule(binding, target)).toMatchObject({ trusted: true });
  });

  it('does not trust a module without a stamp, with a stamp for another version, or changed after its build', () => {
    const binding = bindingIn(path.join(dir, 'right-abi'));
    const stamp = readFileSync(stampPathFor(binding), 'utf8');

    writeFileSync(stampPathFor(binding), stamp.replace(`"electronVersion": "${version}"`, '"electronVersion": "44.0.0"'));
    expect(checkCachedModule(binding, target)).toEqual({ trusted: false, reason: `its stamp says electronVersion 44.0.0, not ${version}` });

    writeFileSync(stampPathFor(binding), stamp);
    writeFileSync(binding, Buffer.concat([readFileSync(binding), Buffer.from('tampered')]));
    expect(checkCachedModule(binding, target)).toMatchObject({ trusted: false, reason: expect.stringContaining('SHA-256') });

    rmSync(stampPathFor(binding));
    expect(checkCachedModule(binding, target)).toMatchObject({ trusted: false, reason: expect.stringContaining('no build stamp') });
  });
});

describe('rebuild-native-for-electron without Electron’s headers', () => {
  let server: Awaited<ReturnType<typeof notFoundServer>>;
  let dir: string;
  let out: string;
  let run: Run;
  let nodeBuildBefore: string;

  beforeAll(async () => {
    server = await notFoundServer();
    dir = scratch('alcove-native-rebuild-');
    out = path.join(dir, 'out');
    plantNodeBuildAsElectronBuild(out);
    nodeBuildBefore = sha256(nodeBuild);
    // npm_config_nodedir is what `npm start` exported on the machine in the issue.
    run = await runNode(
      ['scripts/rebuild-native-for-electron.mjs', '--out-dir', out],
      childEnv(dir, { ELECTRON_REBUILD_DIST_URL: server.url, npm_config_nodedir: '/usr' }),
    );
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the cached wrong-ABI module, saying why, and removes it so the app cannot load it', () => {
    expect(run.stdout).toContain(`the binary is built for ABI ${process.versions.modules}, but Electron ${version} needs ${abi}. Rebuilding.`);
    expect(existsSync(bindingIn(out))).toBe(false);
    expect(existsSync(stampPathFor(bindingIn(out)))).toBe(false);
  });

  it('asks for Electron’s own headers for this version, then says in one sentence that they cannot be had', () => {
    expect(server.requests.some((u) => u.includes(`v${version}/node-v${version}-headers.tar.gz`))).toBe(true);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `Electron ${version}'s headers could not be downloaded from ${server.url.replace(/\/$/, '')}, so the database module cannot be built for Electron ` +
        "(the Node build that the tests and the CLI use is untouched): connect to the network, or set ELECTRON_REBUILD_DIST_URL to a mirror of Electron's headers.",
    );
  });

  it('refuses headers that are not Electron’s ABI (the system Node’s, say) before compiling anything', async () => {
    const home = path.join(dir, 'home-with-node-headers');
    const headers = path.join(home, '.electron-gyp', version);
    // What node-gyp's `install --ensure` takes as an installed copy, so nothing is downloaded.
    const installVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules/node-gyp/package.json'), 'utf8')) as { installVersion: number }).installVersion;
    mkdirSync(path.join(headers, 'include/node'), { recursive: true });
    writeFileSync(path.join(headers, 'installVersion'), `${installVersion}\n`);
    writeFileSync(path.join(headers, 'include/node/node_version.h'), `#define NODE_MODULE_VERSION ${process.versions.modules}\n`);
    const wrong = await runNode(['scripts/rebuild-native-for-electron.mjs', '--out-dir', path.join(dir, 'out2')], childEnv(home, { ELECTRON_REBUILD_DIST_URL: server.url }));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`are for ABI ${process.versions.modules}, not Electron ${version}'s ${abi}`);
    expect(existsSync(path.join(dir, 'out2', `build-${version}-${arch}`))).toBe(false);
  });

  it('leaves the Node build intact: it loads in a fresh node and opens an encrypted database', async () => {
    expect(sha256(nodeBuild)).toBe(nodeBuildBefore);
    const check = await encryptedDbRoundTrip(dir);
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout)).toEqual({ v: 'plaintext-marker-7f3a', leaked: false, header: expect.not.stringMatching(/^SQLite format 3/) });
  });

  it('leaves the CLI working: --help and vault list on an empty home', async () => {
    const env = childEnv(dir, { ALCOVE_KEYS: path.join(dir, 'keys') });
    const help = await runNode(['bin/alcove.mjs', '--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('vault');
    const list = await runNode(['bin/alcove.mjs', 'vault', 'list', '--json', '--home', path.join(dir, 'home')], env);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual({ vaults: [] });
  });
});
