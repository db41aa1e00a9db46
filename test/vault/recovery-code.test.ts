// A recovery code that may have been seen can be replaced without recovering the vault: the
// password proves the owner, a new code is made, and the old one stops working (issue 12).
// A refused request changes no byte of the header.

import { describe, expect, it } from 'vitest';
import { vaultPaths } from '../../src-main/vault/paths.js';
import { alcoveOnTestVault } from '../helpers/cli.js';
import { NEW_PASSWORD, PASSWORD, createTestVault, snapshot, tempHome, testCore, dispatcher } from '../helpers/vault.js';

async function setup() {
  const home = await tempHome();
  const core = testCore(home);
  const kit = await createTestVault(core);
  const call = dispatcher(core);
  return { home, core, kit, call };
}

describe('vault.newRecoveryCode', () => {
  it('[HIPAA 164.308(a)(5)(ii)(D)] replaces the recovery code: the old code is refused, the new one recovers the vault', async () => {
    const { core, kit, call } = await setup();
    const out = await call('vault.newRecoveryCode', { vaultId: kit.vaultId, password: PASSWORD });
    expect(out).toEqual({ vaultId: kit.vaultId, recoveryCode: expect.stringMatching(/^([A-Z0-9]{4}-){6}[A-Z0-9]{4}$/) });
    expect(out.recoveryCode).not.toBe(kit.recoveryCode);

    const old = await core.dispatch('vault.recover', { vaultId: kit.vaultId, recoveryCode: kit.recoveryCode, newPassword: NEW_PASSWORD });
    expect(old).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE' } });
    // The password is unchanged by the new code: it still opens the vault.
    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    await call('vault.lock', {});
    await call('vault.recover', { vaultId: kit.vaultId, recoveryCode: out.recoveryCode, newPassword: NEW_PASSWORD });
    const entries = [...(await call('audit.page', { limit: 100 })).entries].reverse();
    expect(entries.map((e) => [e.action, e.outcome])).toEqual([
      ['vault.create', 'ok'],
      ['vault.newRecoveryCode', 'ok'],
      ['vault.recover', 'WRONG_RECOVERY_CODE'],
      ['vault.unlock', 'ok'],
      ['vault.lock.manual', 'ok'],
      ['vault.recover', 'ok'],
    ]);
  });

  it('[HIPAA 164.308(a)(5)(ii)(D)] refuses a wrong password: counted like a failed unlock, audited, the header byte-identical and the old code still works', async () => {
    const { home, core, kit, call } = await setup();
    const header = vaultPaths(home, kit.vaultId).header;
    const before = await snapshot(vaultPaths(home, kit.vaultId).dir);
    const wrong = await core.dispatch('vault.newRecoveryCode', { vaultId: kit.vaultId, password: 'not the password at all' });
    expect(wrong).toEqual({ ok: false, error: { code: 'WRONG_PASSWORD', message: expect.stringContaining('4 attempts left'), details: { attemptsLeft: 4 } } });
    const after = await snapshot(vaultPaths(home, kit.vaultId).dir);
    expect(after['header.json'], header).toBe(before['header.json']);
    expect(after['vault.db']).toBe(before['vault.db']);
    // The same count as unlocking: the next wrong unlock has three attempts left.
    const unlock = await core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: 'wrong again here' });
    expect(unlock).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD', details: { attemptsLeft: 3 } } });

    await call('vault.recover', { vaultId: kit.vaultId, recoveryCode: kit.recoveryCode, newPassword: NEW_PASSWORD });
    const entries = [...(await call('audit.page', { limit: 100 })).entries].reverse();
    expect(entries.map((e) => [e.action, e.outcome])).toEqual([
      ['vault.create', 'ok'],
      ['vault.newRecoveryCode', 'WRONG_PASSWORD'],
      ['vault.unlock', 'WRONG_PASSWORD'],
      ['vault.recover', 'ok'],
    ]);
  });

  it('on the open vault keeps it open and writes the change into its log', async () => {
    const { core, kit, call } = await setup();
    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    await call('vault.newRecoveryCode', { vaultId: kit.vaultId, password: PASSWORD });
    expect(core.vault.status()).toMatchObject({ state: 'unlocked', vaultId: kit.vaultId });
    const entries = (await call('audit.page', { action: 'vault.newRecoveryCode' })).entries;
    expect(entries.map((e) => e.outcome)).toEqual(['ok']);
  });

  it('[HIPAA 164.308(a)(5)(ii)(D)] alcove vault new-recovery-code reads the password and prints {"vaultId","recoveryCode"}', async () => {
    const { home, core, kit } = await setup();
    await core.close();
    const env = { ALCOVE_HOME: home };
    const json = await alcoveOnTestVault(['--json', '--password-stdin', 'vault', 'new-recovery-code', '--vault', kit.vaultId], `${PASSWORD}\n`, env);
    expect(json.code).toBe(0);
    expect(json.json()).toEqual({ vaultId: kit.vaultId, recoveryCode: expect.any(String) });
    const human = await alcoveOnTestVault(['--password-stdin', 'vault', 'new-recovery-code', '--vault', kit.vaultId], `${PASSWORD}\n`, env);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/New recovery code: +([A-Z0-9]{4}-){6}[A-Z0-9]{4}\n.*recovery kit/);
    const code = /([A-Z0-9]{4}-){6}[A-Z0-9]{4}/.exec(human.stdout)![0];

    // Only the latest code works.
    const stale = await alcoveOnTestVault(['--json', '--password-stdin', 'vault', 'recover', '--vault', kit.vaultId], `${json.json().recoveryCode}\n${NEW_PASSWORD}\n`, env);
    expect(stale.json().error.code).toBe('WRONG_RECOVERY_CODE');
    const recovered = await alcoveOnTestVault(['--json', '--password-stdin', 'vault', 'recover', '--vault', kit.vaultId], `${code}\n${NEW_PASSWORD}\n`, env);
    expect(recovered.json()).toEqual({ vaultId: kit.vaultId, recovered: true });

    const wrong = await alcoveOnTestVault(['--json', '--password-stdin', 'vault', 'new-recovery-code', '--vault', kit.vaultId], 'nope nope nope nope\n', env);
    expect(wrong.code).toBe(1);
    expect(wrong.json().error.code).toBe('WRONG_PASSWORD');
  });
});
