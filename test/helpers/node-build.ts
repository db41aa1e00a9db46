// Checks shared by the tests of `npm start` and the Electron rebuild: a download server that
// answers 404 to everything (deterministic and fast, unlike a closed port, which node-gyp
// retries), and proof that the Node build the tests and the CLI use still works.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const nodeBuild = path.join(root, 'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs node with `args` without blocking this process (the 404 server must keep answering). */
export function runNode(args: string[], env: NodeJS.ProcessEnv, cwd = root): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, env, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

export async function notFoundServer(): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

export const scratch = (prefix: string): string => mkdtempSync(path.join(os.tmpdir(), prefix));

/** The environment a child gets: this one without npm's build config, with a throwaway HOME. */
export function childEnv(home: string, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home, ...extra };
  delete env.DEBUG;
  return env;
}

/**
 * In a fresh `node`: the Node build of better-sqlite3-multiple-ciphers loads, writes an
 * encrypted database, reopens it with the key, and the file holds none of the plaintext.
 */
export function encryptedDbRoundTrip(dir: string): Promise<Run> {
  const program = `
    const Database = require('better-sqlite3-multiple-ciphers');
    const fs = require('node:fs');
    const file = ${JSON.stringify(path.join(dir, 'check.db'))};
    let db = new Database(file);
    db.pragma("cipher='sqlcipher'"); db.pragma("legacy=4"); db.pragma("key='x-test-key'");
    db.exec("CREATE TABLE t(v TEXT)"); db.prepare("INSERT INTO t VALUES (?)").run('plaintext-marker-7f3a');
    db.close();
    db = new Database(file);
    db.pragma("cipher='sqlcipher'"); db.pragma("legacy=4"); db.pragma("key='x-test-key'");
    const v = db.prepare("SELECT v FROM t").get().v; db.close();
    const raw = fs.readFileSync(file);
    process.stdout.write(JSON.stringify({ v, leaked: raw.includes('plaintext-marker-7f3a'), header: raw.subarray(0, 15).toString('latin1') }));`;
  return runNode(['-e', program], process.env);
}
