// Entries written while the vault is locked wait in pending-audit.json, each signed with the
// vault's audit signing key from the key store (issue 12): with access to the vault folder
// alone, one cannot be forged or backdated, and a refused one is itself on the record.

import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vaultPaths } from '../../src-main/vault/paths.js';
import { PASSWORD, createTestVault, dispatcher, tempHome, testCore } from '../helpers/vault.js';

async function lockedWithFailures() {
  const home = await tempHome();
  let now = Date.UTC(2026, 10, 20, 9, 0);
  const core = testCore(home, { now: () => (now += 1000) });
  const call = dispatcher(core);
  const kit = await createTestVault(core);
  for (const password of ['not it, not it', 'still not it']) {
    expect((await core.dispatch('vault.unlock', { vaultId: kit.vaultId, password })).ok).toBe(false);
  }
  const file = vaultPaths(home, kit.vaultId).pendingAudit;
  return { home, core, call, kit, file };
}

async function enteredAtUnlock(call: (m: string, i: unknown) => Promise<any>, vaultId: string) {
  await call('vault.unlock', { vaultId, password: PASSWORD });
  const entries = [...(await call('audit.page', { limit: 50 })).entries].reverse();
  return entries.map((e: any) => ({ action: e.action, outcome: e.outcome, time: e.time, details: e.details }));
}

describe('pending-audit.json is signed', () => {
  it('[HIPAA 164.312(b)] every waiting entry carries an Ed25519 signature, and untouched entries are entered at the next unlock', async () => {
    const { call, kit, file } = await lockedWithFailures();
    const waiting = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(waiting).toHaveLength(2);
    for (const e of waiting) expect(e.signature).toMatch(/^[0-9a-f]{128}$/);
    const entered = await enteredAtUnlock(call, kit.vaultId);
    expect(entered.map((e) => [e.action, e.outcome])).toEqual([
      ['vault.create', 'ok'],
      ['vault.unlock', 'WRONG_PASSWORD'],
      ['vault.unlock', 'WRONG_PASSWORD'],
      ['vault.unlock', 'ok'],
    ]);
    await expect(fs.stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('[HIPAA 164.312(b)] a backdated entry and a forged one are not entered; their rejection is', async () => {
    const { call, kit, file } = await lockedWithFailures();
    const waiting = JSON.parse(await fs.readFile(file, 'utf8'));
    // Backdate the first (keeping its signature), and add one with a signature copied over.
    waiting[0].time -= 86_400_000;
    waiting.push({ time: waiting[1].time + 1, action: 'vault.unlock', outcome: 'ok', signature: waiting[1].signature });
    waiting.push({ time: waiting[1].time + 2, action: 'vault.delete', outcome: 'ok' });
    await fs.writeFile(file, JSON.stringify(waiting));
    const entered = await enteredAtUnlock(call, kit.vaultId);
    expect(entered.map((e) => [e.action, e.outcome])).toEqual([
      ['vault.create', 'ok'],
      ['vault.unlock', 'WRONG_PASSWORD'],
      ['audit.pending.rejected', 'SIGNATURE_INVALID'],
      ['vault.unlock', 'ok'],
    ]);
    expect(entered[2]?.details).toEqual({ count: 3 });
    expect(entered[1]?.time).toBe(waiting[1].time);
  });

  it('[HIPAA 164.312(b)] a file replaced by something unreadable is recorded as rejected, and later attempts still wait, signed', async () => {
    const { core, call, kit, file } = await lockedWithFailures();
    await fs.writeFile(file, '{"not": "a list"');
    expect((await core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: 'third time wrong' })).ok).toBe(false);
    const entered = await enteredAtUnlock(call, kit.vaultId);
    expect(entered.map((e) => [e.action, e.outcome])).toEqual([
      ['vault.create', 'ok'],
      ['audit.pending.rejected', 'SIGNATURE_INVALID'],
      ['vault.unlock', 'WRONG_PASSWORD'],
      ['vault.unlock', 'ok'],
    ]);
  });
});
