// Issue 13: `alcove vault list --json` starts at once, so it must not load what only other
// commands need: zxcvbn's dictionaries (setting a password, the de-id lexicon) and the argon2
// addon (deriving a key). The real built CLI runs in a child process, which reports on exit
// every CommonJS module it loaded (npm packages, whether imported or required, land in
// require.cache) and whether it read the de-identification word lists.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/alcove.mjs', import.meta.url));
const home = mkdtempSync(path.join(os.tmpdir(), 'alcove-cli-start-'));
const keys = mkdtempSync(path.join(os.tmpdir(), 'alcove-cli-start-keys-'));
afterAll(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(keys, { recursive: true, force: true });
});

// process.argv of `node -e` has no script slot; bin/alcove.mjs reads from argv[2], so one placeholder goes first.
const probe = `
import { createRequire, syncBuiltinESMExports } from 'node:module';
import fs from 'node:fs';
const read = [];
const readFileSync = fs.readFileSync;
fs.readFileSync = function (p, ...rest) { read.push(String(p)); return readFileSync.call(this, p, ...rest); };
syncBuiltinESMExports();
process.on('exit', () => {
  const loaded = Object.keys(createRequire(import.meta.url).cache);
  process.stderr.write('\\n@@' + JSON.stringify({ loaded, read }));
});
await import(${JSON.stringify(new URL('../../bin/alcove.mjs', import.meta.url).href)});
`;

function run(args: string[], input = ''): { code: number | null; stdout: string; loaded: string[]; read: string[] } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe, 'alcove', '--home', home, ...args], { input, encoding: 'utf8', env: { ...process.env, ALCOVE_KEYS: keys } });
  const report = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('@@') + 2)) as { loaded: string[]; read: string[] };
  return { code: r.status, stdout: r.stdout, ...report };
}

const heavy = (files: string[]) => files.filter((f) => /[\\/]node_modules[\\/](?:@zxcvbn-ts|argon2)[\\/]/.test(f));
// The 228 street suffixes (1.5 KB) are still read when the engine's code loads: its address
// patterns are built from them at module level, and the log scrubber imports the engine.
const wordLists = (files: string[]) => files.filter((f) => /[\\/]data[\\/][\w-]+\.txt$/.test(f) && !f.endsWith('street-suffixes.txt'));

describe('alcove CLI start', () => {
  it('vault list --json loads neither zxcvbn nor argon2, and reads none of the big de-id word lists', () => {
    expect(bin).toMatch(/alcove\.mjs$/);
    const r = run(['--json', 'vault', 'list']);
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ vaults: [] });
    expect(r.loaded.some((f) => /[\\/]node_modules[\\/]commander[\\/]/.test(f))).toBe(true); // the probe does see packages
    expect(heavy(r.loaded)).toEqual([]);
    expect(wordLists(r.read)).toEqual([]);
  });

  it('deidentify loads zxcvbn’s English lists and reads the word lists (the probe sees lazy loads)', () => {
    const r = run(['deidentify'], 'Mr. John Smith called from Rock Springs.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[NAME]');
    expect(heavy(r.loaded).some((f) => f.includes('language-en'))).toBe(true);
    expect(wordLists(r.read).map((f) => path.basename(f)).sort()).toEqual(['cities.txt', 'english.txt', 'given-names.txt', 'surnames.txt', 'us-counties.txt', 'us-towns.txt']);
  });
});
