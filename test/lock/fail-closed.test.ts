// The lock never fails open (issue 12): a lock whose clean close fails, a lock that arrives
// while a long operation runs, and a lock that arrives while an unlock is still deriving its
// key all end with no worker holding the key and no handle on the database file.

import { readdirSync, readlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appendEntry } from '../../src-main/audit/store.js';
import { createCore, type AlcoveCore } from '../../src-main/core.js';
import { AlcoveError } from '../../src-main/errors.js';
import { openVaultDatabase } from '../../src-main/vault/database.js';
import { FileSecretKeyStore } from '../../src-main/vault/keystore.js';
import { vaultPaths } from '../../src-main/vault/paths.js';
import type { WorkerMethod, WorkerRequests } from '../../src-main/vault/protocol.js';
import { VaultWorkerClient } from '../../src-main/vault/worker-client.js';
import { PASSWORD, createTestVault, deriveDataKey, tempHome, testCore } from '../helpers/vault.js';

/** Files of this vault that this process (the vault worker is one of its threads) holds open. */
function openHandles(dir: string): string[] {
  const out: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(dir)) out.push(target);
    } catch {
      // closed between the listing and the read
    }
  }
  return out;
}

/** A worker whose database close fails: the lock reaches the worker not at all and is reported failed. */
class CloseFailsWorker extends VaultWorkerClient {
  failClose = false;
  override call<M extends WorkerMethod>(method: M, args: WorkerRequests[M]['args']): Promise<WorkerRequests[M]['result']> {
    if (method === 'lock' && this.failClose) return Promise.reject(new AlcoveError('INTERNAL', 'disk I/O error while closing'));
    return super.call(method, args);
  }
}

async function codeOf(p: Promise<{ ok: boolean; error?: { code: string } }>): Promise<string> {
  const r = await p;
  return r.ok ? 'ok' : (r.error?.code ?? 'no code');
}

async function auditActions(core: AlcoveCore): Promise<[string, string][]> {
  const r = await core.dispatch('audit.page', { limit: 100 });
  if (!r.ok) throw new Error(r.error.code);
  return (r.value as { entries: { action: string; outcome: string }[] }).entries.map((e) => [e.action, e.outcome]);
}

describe('the lock never fails open', () => {
  it('[HIPAA 164.312(a)(2)(iii)] a lock whose database close fails stops the worker: the next call is refused and no handle on the vault stays open', async () => {
    const home = await tempHome();
    const worker = new CloseFailsWorker();
    const core = createCore({ home, keystore: new FileSecretKeyStore(home), kdf: { kind: 'fixed-for-tests', cost: { memoryKiB: 1024, iterations: 1, parallelism: 1 } }, worker });
    try {
      const kit = await createTestVault(core);
      expect(await codeOf(core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD }))).toBe('ok');
      expect(await codeOf(core.dispatch('clients.create', { legalName: 'Morgan Ellery' }))).toBe('ok');
      const dir = vaultPaths(home, kit.vaultId).dir;
      expect(openHandles(dir).length).toBeGreaterThan(0);

      worker.failClose = true;
      expect(await codeOf(core.dispatch('vault.lock', {}))).toBe('ok');
      worker.failClose = false;

      expect(core.vault.status()).toEqual({ state: 'locked' });
      expect(core.lock.current).toBe('locked');
      expect(await codeOf(core.dispatch('clients.list', { status: 'active' }))).toBe('VAULT_LOCKED');
      expect(openHandles(dir)).toEqual([]);
      // A fresh worker: nothing open in it.
      expect(await worker.call('status', {})).toEqual({ open: false, vaultId: null, databaseOpen: false });

      // The forced lock is in the log from the next unlock on, and what was saved is there.
      expect(await codeOf(core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD }))).toBe('ok');
      expect((await auditActions(core)).slice(0, 3)).toEqual([
        ['vault.unlock', 'ok'],
        ['vault.lock.manual', 'LOCK_FORCED'],
        ['client.create', 'ok'],
      ]);
    } finally {
      await core.close();
    }
  });

  it('[HIPAA 164.312(a)(2)(iii)] a lock during a long operation (verifying a 100,000-entry log) jumps the queue and ends it', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    // A long log, written straight into the locked vault's database.
    const db = openVaultDatabase(vaultPaths(home, kit.vaultId).database, await deriveDataKey(home, kit.vaultId));
    db.transaction(() => {
      for (let i = 0; i < 100_000; i++) {
        appendEntry(db, { time: 1_700_000_000_000 + i, deviceId: '3f2a9c4e-1b7d-4e8a-9c1f-5d6b7a8e9f01', actor: '8c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', action: 'client.read', recordIds: [], outcome: 'ok' });
      }
    })();
    db.close();
    expect(await codeOf(core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD }))).toBe('ok');

    const verify = core.dispatch('audit.verify', {});
    // Once the worker is inside the verification, lock.
    while (core.vault.worker.outstanding === 0) await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 20));
    expect(await codeOf(core.dispatch('vault.lock', {}))).toBe('ok');

    // The verification was cut off, not finished (a finished one answers ok: the log is intact).
    expect(await verify).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(core.vault.status()).toEqual({ state: 'locked' });
    expect(openHandles(vaultPaths(home, kit.vaultId).dir)).toEqual([]);
  });

  it('[HIPAA 164.312(a)(2)(iii)] a screen lock while an unlock derives its key is not lost: the vault ends locked, and the attempt is not counted', async () => {
    const home = await tempHome();
    // Argon2 costly enough (64 MiB) to be still running when the screen locks.
    const core = createCore({ home, keystore: new FileSecretKeyStore(home), kdf: { kind: 'fixed-for-tests', cost: { memoryKiB: 65_536, iterations: 3, parallelism: 1 } } });
    try {
      const kit = await createTestVault(core);
      const dir = vaultPaths(home, kit.vaultId).dir;

      // The lock arrives while the worker runs Argon2 (which cannot be cut off: it waits for it).
      const unlocking = core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
      while (core.vault.worker.outstanding === 0) await new Promise((r) => setImmediate(r));
      await core.power('lock-screen');
      expect(await unlocking).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
      expect(core.vault.status()).toEqual({ state: 'locked' });
      expect(core.lock.current).toBe('locked');
      expect(openHandles(dir)).toEqual([]);

      // The lock arrives before the unlock has even reached the worker.
      const early = core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
      await core.power('suspend');
      expect(await early).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
      expect(core.vault.status()).toEqual({ state: 'locked' });
      expect(openHandles(dir)).toEqual([]);

      // Neither cut-short attempt counted against the password.
      const wrong = await core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: 'not the password at all' });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD', details: { attemptsLeft: 4 } } });
      expect(await codeOf(core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD }))).toBe('ok');
      expect(core.lock.current).toBe('unlocked');
    } finally {
      await core.close();
    }
  });
});
