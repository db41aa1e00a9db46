// Deleting a vault destroys the records for good, so it asks for the same proof as opening
// it (issue 12): the password or the recovery code, under the same lockout and on the same
// audit record as an unlock. A refused delete changes no byte of the vault.

import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileSecretKeyStore } from '../../src-main/vault/keystore.js';
import { vaultPaths } from '../../src-main/vault/paths.js';
import { PASSWORD, createTestVault, snapshot, tempHome, testCore, dispatcher } from '../helpers/vault.js';

async function setup(options: { now?: () => number } = {}) {
  const home = await tempHome();
  const core = testCore(home, options);
  const kit = await createTestVault(core);
  const paths = vaultPaths(home, kit.vaultId);
  const call = dispatcher(core);
  return { home, core, kit, paths, call };
}

async function expectGone(home: string, vaultId: string): Promise<void> {
  const paths = vaultPaths(home, vaultId);
  await expect(fs.stat(paths.header)).rejects.toMatchObject({ code: 'ENOENT' });
  await expect(fs.stat(paths.database)).rejects.toMatchObject({ code: 'ENOENT' });
  await expect(fs.stat(paths.dir)).rejects.toMatchObject({ code: 'ENOENT' });
  expect(await new FileSecretKeyStore(home).get(vaultId)).toBeNull();
}

describe('deleting a vault', () => {
  it('[HIPAA 164.312(d)] needs the password or the recovery code: without one, or with both, the request is refused and nothing changes', async () => {
    const { home, core, kit } = await setup();
    const before = await snapshot(home);
    for (const input of [
      { vaultId: kit.vaultId },
      { vaultId: kit.vaultId, password: '' },
      { vaultId: kit.vaultId, password: PASSWORD, recoveryCode: kit.recoveryCode },
      { vaultId: kit.vaultId, secretKey: kit.secretKey },
    ]) {
      const r = await core.dispatch('vault.delete', input);
      expect(r, JSON.stringify(Object.keys(input))).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.any(String) } });
    }
    expect(await snapshot(home)).toEqual(before);
    expect((await core.vault.list()).map((v) => v.vaultId)).toEqual([kit.vaultId]);
  });

  it('refuses a wrong password: counted like a failed unlock, audited, and every file byte-identical', async () => {
    const { home, core, kit, call } = await setup();
    const before = await snapshot(home);
    const first = await core.dispatch('vault.delete', { vaultId: kit.vaultId, password: 'not the password at all' });
    expect(first).toEqual({ ok: false, error: { code: 'WRONG_PASSWORD', message: expect.stringContaining('4 attempts left'), details: { attemptsLeft: 4 } } });
    const second = await core.dispatch('vault.delete', { vaultId: kit.vaultId, password: 'still not the password' });
    expect(second).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD', details: { attemptsLeft: 3 } } });
    // The same count as unlocking: the next wrong unlock has two attempts left.
    const unlock = await core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: 'wrong again here' });
    expect(unlock).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD', details: { attemptsLeft: 2 } } });

    // Only the lockout counter and the attempts waiting for the log were written.
    const after = await snapshot(home);
    const changed = Object.keys({ ...before, ...after }).filter((f) => before[f] !== after[f]).sort();
    expect(changed).toEqual([`vaults/${kit.vaultId}/lockout.json`, `vaults/${kit.vaultId}/pending-audit.json`]);

    // The attempts are in the vault's log, entered at the next unlock as failed unlocks are.
    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    const entries = [...(await call('audit.page', { limit: 100 })).entries].reverse();
    expect(entries.map((e) => [e.action, e.outcome])).toEqual([
      ['vault.create', 'ok'],
      ['vault.delete', 'WRONG_PASSWORD'],
      ['vault.delete', 'WRONG_PASSWORD'],
      ['vault.unlock', 'WRONG_PASSWORD'],
      ['vault.unlock', 'ok'],
    ]);
  });

  it('refuses a wrong password for the open vault: it stays open, and the attempt goes into its log', async () => {
    const { home, core, kit, call } = await setup();
    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    const wrong = await core.dispatch('vault.delete', { vaultId: kit.vaultId, password: 'not the password at all' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD', details: { attemptsLeft: 4 } } });
    expect(core.vault.status()).toMatchObject({ state: 'unlocked', vaultId: kit.vaultId });
    const entries = (await call('audit.page', { action: 'vault.delete' })).entries;
    expect(entries.map((e) => e.outcome)).toEqual(['WRONG_PASSWORD']);
    await expect(fs.stat(vaultPaths(home, kit.vaultId).header)).resolves.toBeTruthy();
  });

  it('refuses during a lockout pause even with the right password, and deletes nothing', async () => {
    let now = Date.UTC(2026, 10, 20, 9, 0);
    const { home, core, kit } = await setup({ now: () => now });
    for (let i = 0; i < 5; i++) await core.dispatch('vault.delete', { vaultId: kit.vaultId, password: `wrong guess number ${i}` });
    const paused = await core.dispatch('vault.delete', { vaultId: kit.vaultId, password: PASSWORD });
    expect(paused).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT', details: { secondsLeft: 60 } } });
    await expect(fs.stat(vaultPaths(home, kit.vaultId).header)).resolves.toBeTruthy();
    now += 60_000;
    expect(await core.dispatch('vault.delete', { vaultId: kit.vaultId, password: PASSWORD })).toEqual({ ok: true, value: null });
    await expectGone(home, kit.vaultId);
  });

  it('with the right password destroys the header, the database and the device secret key', async () => {
    const { home, core, kit, paths } = await setup();
    await expect(fs.stat(paths.database)).resolves.toBeTruthy();
    expect(await core.dispatch('vault.delete', { vaultId: kit.vaultId, password: PASSWORD })).toEqual({ ok: true, value: null });
    await expectGone(home, kit.vaultId);
    expect(await core.vault.list()).toEqual([]);
  });

  it('with the recovery code works too; a wrong recovery code is counted and deletes nothing', async () => {
    const { home, core, kit } = await setup();
    const before = await snapshot(home);
    const wrong = await core.dispatch('vault.delete', { vaultId: kit.vaultId, recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG' });
    expect(wrong.ok).toBe(false);
    const other = await testCore(await tempHome()).vault.create({ displayName: 'Dr Other', password: PASSWORD });
    const wrongCode = await core.dispatch('vault.delete', { vaultId: kit.vaultId, recoveryCode: other.recoveryCode });
    expect(wrongCode).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE', details: { attemptsLeft: expect.any(Number) } } });
    const after = await snapshot(home);
    for (const f of [`vaults/${kit.vaultId}/header.json`, `vaults/${kit.vaultId}/vault.db`]) expect(after[f], f).toBe(before[f]);

    expect(await core.dispatch('vault.delete', { vaultId: kit.vaultId, recoveryCode: kit.recoveryCode })).toEqual({ ok: true, value: null });
    await expectGone(home, kit.vaultId);
  });

  it('deleting the open vault locks it only once the password is proven', async () => {
    const { home, core, kit, call } = await setup();
    const keep = await createTestVault(core, 'Another Practitioner');
    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    const locked: string[] = [];
    core.vault.onLocked((reason) => locked.push(reason));
    await core.dispatch('vault.delete', { vaultId: kit.vaultId, password: 'not the password at all' });
    expect(locked).toEqual([]);
    await call('vault.delete', { vaultId: kit.vaultId, password: PASSWORD });
    expect(locked).toEqual(['deleted']);
    expect(core.vault.status()).toEqual({ state: 'locked' });
    await expectGone(home, kit.vaultId);
    // The other vault is untouched and still opens.
    await call('vault.unlock', { vaultId: keep.vaultId, password: PASSWORD });
  });
});
