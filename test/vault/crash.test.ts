// Killing the process at any instant must leave a vault that opens, holds no plaintext, and
// (for a password change) opens with the old or the new password, never neither.

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AlcoveError } from '../../src-main/errors.js';
import { NEW_PASSWORD, PASSWORD, createTestVault, encodings, filesContaining, tempHome, testCore } from '../helpers/vault.js';

const child = fileURLToPath(new URL('../fixtures/vault-child.ts', import.meta.url));

/**
 * Files in the system temp folder written since `since` that contain a needle: every entry of
 * the folder that is new or changed since then (a file written into it, a folder made in it,
 * or one that gained a file), walked whole. Walking all of /tmp instead made this test's time
 * grow with whatever else lives there (a checkout with its node_modules took it to 48 s).
 */
async function tempFilesContaining(since: number, needles: Buffer[]): Promise<string[]> {
  const root = os.tmpdir();
  const hits: string[] = [];
  for (const name of await fs.readdir(root)) {
    const entry = path.join(root, name);
    let stat;
    try {
      stat = await fs.lstat(entry);
    } catch {
      continue;
    }
    if (Math.max(stat.mtimeMs, stat.ctimeMs) < since) continue;
    if (stat.isDirectory()) hits.push(...(await filesContaining([entry], needles)));
    else if (stat.isFile() && needles.some((n) => readFileSync(entry).includes(n))) hits.push(entry);
  }
  return hits;
}

function start(args: string[]): { proc: ChildProcess; lines: () => string[]; waitFor: (re: RegExp) => Promise<void> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  proc.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of waiters.splice(0)) {
      if (w.re.test(out)) w.resolve();
      else waiters.push(w);
    }
  });
  let err = '';
  proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return {
    proc,
    lines: () => out.split('\n').filter(Boolean),
    waitFor: (re) =>
      new Promise((resolve, reject) => {
        if (re.test(out)) return resolve();
        waiters.push({ re, resolve });
        proc.on('exit', () => reject(new Error(`child exited before ${re}: ${err}`)));
      }),
  };
}

function kill9(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    proc.on('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}

// Each case starts and kills a dozen child processes (each compiling the core through tsx):
// real work, given a timeout three times what it takes on two busy cores.
describe('crash safety', { timeout: 120_000 }, () => {
  it('[HIPAA 164.312(a)(2)(iv)] [GDPR 32] no byte of the canary reaches disk in plain text, before or after a kill -9 mid-write', async () => {
    const started = Date.now() - 1000;
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    const canary = `CANARY-${randomBytes(9).toString('hex')}-Okonkwo`;
    // Positive control: the scan does find the canary when it is on disk in any encoding.
    for (const [i, bytes] of encodings(canary).entries()) {
      const probe = path.join(home, `probe-${i}`);
      await fs.writeFile(probe, Buffer.concat([Buffer.from('junk'), bytes]));
      expect(await filesContaining([home], encodings(canary))).toEqual([probe]);
      await fs.rm(probe);
    }
    // And the temp-folder scan finds one written straight into the temp folder.
    const stray = path.join(os.tmpdir(), `alcove-probe-${randomBytes(4).toString('hex')}`);
    await fs.writeFile(stray, Buffer.concat([Buffer.from('junk'), Buffer.from(canary)]));
    expect(await tempFilesContaining(started, encodings(canary))).toEqual([stray]);
    await fs.rm(stray);

    // Locked: a canary written through the app and the vault locked again.
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    await core.vault.op('settings.set', { key: 'canary', value: canary });
    expect(await core.vault.op('settings.get', { key: 'canary' })).toBe(canary);
    await core.vault.lock();
    expect([...(await filesContaining([home], encodings(canary))), ...(await tempFilesContaining(started, encodings(canary)))]).toEqual([]);

    // Killed while writing: WAL pages, temp files and all.
    const c = start(['write', home, kit.vaultId, PASSWORD, canary]);
    await c.waitFor(/wrote 200\n/);
    await kill9(c.proc);
    expect([...(await filesContaining([home], encodings(canary))), ...(await tempFilesContaining(started, encodings(canary)))]).toEqual([]);

    // The vault still opens, and the writes that were acknowledged are there.
    const acknowledged = c.lines().filter((l) => l.startsWith('wrote ')).length;
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    const last = (await core.vault.op('settings.get', { key: `note-${acknowledged - 1}` })) as string;
    expect(last.startsWith(`${canary} session ${acknowledged - 1}`)).toBe(true);
  });

  it('a password change killed at any instant leaves a vault that opens with the old or the new password', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    const outcomes = { old: 0, new: 0 };
    let expectedAfter = PASSWORD;
    for (let round = 0; round < 12; round++) {
      const [from, to] = expectedAfter === PASSWORD ? [PASSWORD, NEW_PASSWORD] : [NEW_PASSWORD, PASSWORD];
      const c = start(['flip-password', home, kit.vaultId, from, to]);
      await c.waitFor(/ready\n/);
      // Kill at a different instant each round: from immediately to several changes in.
      await new Promise((r) => setTimeout(r, (round * 7) % 40));
      await kill9(c.proc);
      const completed = c.lines().filter((l) => l.startsWith('changed ')).length;
      const candidates = completed % 2 === 0 ? [from, to] : [to, from];
      let opened: string | null = null;
      for (const pw of candidates) {
        try {
          await core.vault.unlock({ vaultId: kit.vaultId, password: pw });
          opened = pw;
          await core.vault.lock();
          break;
        } catch (err) {
          expect((err as AlcoveError).code).toBe('WRONG_PASSWORD');
        }
      }
      expect(opened, `round ${round}: neither password opens`).not.toBeNull();
      outcomes[opened === PASSWORD ? 'old' : 'new'] += 1;
      expectedAfter = opened as string;
    }
    expect(outcomes.old + outcomes.new).toBe(12);
  });

  it('[HIPAA 164.312(a)(2)(iv)] a data-key rotation killed at any instant leaves a vault that opens with the old or the new password, its data intact', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    const dir = path.join(home, 'vaults', kit.vaultId);
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    await core.vault.op('settings.set', { key: 'kept', value: 'still here' });
    await core.vault.lock();
    // Each child pays seconds to start its worker, so the rounds are few: each waits for one
    // rotation to finish (the worker is then warm, and one takes tens of milliseconds) and is
    // killed a different instant after it, inside the next rotation or the one after.
    const rounds = 3;
    let expectedAfter = PASSWORD;
    let rotations = 0;
    for (let round = 0; round < rounds; round++) {
      const [from, to] = expectedAfter === PASSWORD ? [PASSWORD, NEW_PASSWORD] : [NEW_PASSWORD, PASSWORD];
      const c = start(['flip-rotate', home, kit.vaultId, from, to]);
      await c.waitFor(/changed 0\n/);
      await new Promise((r) => setTimeout(r, round * 29));
      await kill9(c.proc);
      const completed = c.lines().filter((l) => l.startsWith('changed ')).length;
      rotations += completed;
      const candidates = completed % 2 === 0 ? [from, to] : [to, from];
      let opened: string | null = null;
      for (const pw of candidates) {
        try {
          await core.vault.unlock({ vaultId: kit.vaultId, password: pw });
          opened = pw;
          expect(await core.vault.op('settings.get', { key: 'kept' }), `round ${round}`).toBe('still here');
          await core.vault.lock();
          break;
        } catch (err) {
          expect((err as AlcoveError).code, `round ${round}`).toBe('WRONG_PASSWORD');
        }
      }
      expect(opened, `round ${round}: neither password opens`).not.toBeNull();
      // Opening settled the rotation: no journal and no half-made file is left.
      expect((await fs.readdir(dir)).filter((n) => /next|old|rotate|tmp/.test(n)), `round ${round}`).toEqual([]);
      expectedAfter = opened as string;
    }
    expect(rotations).toBeGreaterThanOrEqual(rounds);
  });
});
