// Run the real `alcove` binary as a script outside the repository would.

import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src-main/cli/main.js';
import { TEST_ONLY_CHEAP_KDF } from '../../src-main/crypto/kdf.js';

const bin = fileURLToPath(new URL('../../bin/alcove.mjs', import.meta.url));

/**
 * Tests never touch the real per-user key directory: unless a test names its own, the CLI
 * keeps keys in one throwaway folder for this test process.
 */
export const TEST_KEYS_DIR = path.join(os.tmpdir(), `alcove-test-keys-${process.pid}`);
const withKeys = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...process.env, ALCOVE_KEYS: TEST_KEYS_DIR, ...env });

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: () => any;
}

export function alcove(args: string[], stdin = '', env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [bin, ...args], { env: withKeys(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdin.end(stdin);
    proc.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr, json: () => JSON.parse(stdout) }));
  });
}


/**
 * The same commands run in this process through runCli, on a vault made with the test-only
 * Argon2 costs (testCore). The binary never accepts those: it refuses a vault below the floor
 * (KDF_BELOW_FLOOR), and tests of the binary itself use `alcove` above with real costs.
 */
export async function alcoveOnTestVault(args: string[], stdin = '', env: NodeJS.ProcessEnv = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _enc, done) {
        append(chunk.toString());
        done();
      },
    });
  const code = await runCli(
    args,
    { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), stdin: Readable.from([stdin]), env: withKeys(env) },
    { kdf: { kind: 'fixed-for-tests', cost: TEST_ONLY_CHEAP_KDF } },
  );
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}
