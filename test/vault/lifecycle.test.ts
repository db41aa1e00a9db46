import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AlcoveError } from '../../src-main/errors.js';
import { parseSecretKey } from '../../src-main/crypto/secrets.js';
import { FileSecretKeyStore } from '../../src-main/vault/keystore.js';
import { keystoreDir, vaultPaths } from '../../src-main/vault/paths.js';
import {
  DISPLAY_NAME,
  NEW_PASSWORD,
  PASSWORD,
  createTestVault,
  deriveDataKey,
  encodings,
  filesContaining,
  listFiles,
  tempHome,
  testCore,
} from '../helpers/vault.js';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return err instanceof AlcoveError ? err.code : `untyped: ${String(err)}`;
  }
  return 'no error';
}

describe('vault lifecycle', () => {
  it('creates a vault that lists, unlocks, keeps data, and locks', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    expect(kit.secretKey).toMatch(/^AK1-[0-9A-Z]{7}(-[0-9A-Z]{7}){3}$/);
    expect(kit.recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);

    const list = await core.vault.list();
    expect(list).toEqual([{ vaultId: kit.vaultId, displayName: DISPLAY_NAME, createdAt: expect.any(String), state: 'ready' }]);
    // Created vaults start locked.
    expect(core.vault.status()).toEqual({ state: 'locked' });

    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    expect(core.vault.status()).toEqual({ state: 'unlocked', vaultId: kit.vaultId, displayName: DISPLAY_NAME });
    await core.vault.op('settings.set', { key: 'k', value: { n: 1 } });
    await core.vault.lock();
    expect(core.vault.status()).toEqual({ state: 'locked' });
    expect(await core.vault.worker.call('status', {})).toEqual({ open: false, vaultId: null, databaseOpen: false });
    await expect(core.vault.op('settings.get', { key: 'k' })).rejects.toMatchObject({ code: 'VAULT_LOCKED' });

    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    expect(await core.vault.op('settings.get', { key: 'k' })).toEqual({ n: 1 });
  });

  it('after lock no WAL is left beside the database and the worker holds no handle', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    for (let i = 0; i < 50; i++) await core.vault.op('settings.set', { key: `k${i}`, value: 'x'.repeat(500) });
    const wal = `${vaultPaths(home, kit.vaultId).database}-wal`;
    expect((await fs.stat(wal)).size).toBeGreaterThan(0);
    await core.vault.lock();
    // The WAL was checkpointed and the connection closed, so SQLite removed it.
    await expect(fs.stat(wal)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('[HIPAA 164.308(a)(5)(ii)(D)] refuses weak passwords with a reason, and changes nothing', async () => {
    const home = await tempHome();
    const core = testCore(home);
    for (const weak of ['short', 'password1234', 'aaaaaaaaaaaaaaaa', 'qwertyuiopasdf', `${DISPLAY_NAME}1`]) {
      const err = await core.vault.create({ displayName: DISPLAY_NAME, password: weak }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AlcoveError);
      expect((err as AlcoveError).code).toBe('WEAK_PASSWORD');
      expect((err as AlcoveError).message.length).toBeGreaterThan(30);
    }
    expect(await listFiles(home)).toEqual([]);
  });

  it('[HIPAA 164.308(a)(5)(ii)(D)] changes the password by rewriting one slot: old refused, new accepted, database untouched', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    const paths = vaultPaths(home, kit.vaultId);
    const dbBefore = await fs.readFile(paths.database);
    const headerBefore = JSON.parse(await fs.readFile(paths.header, 'utf8'));

    await core.vault.changePassword({ vaultId: kit.vaultId, oldPassword: PASSWORD, newPassword: NEW_PASSWORD });

    expect(await fs.readFile(paths.database)).toEqual(dbBefore);
    const headerAfter = JSON.parse(await fs.readFile(paths.header, 'utf8'));
    expect(headerAfter.slots.recovery).toEqual(headerBefore.slots.recovery);
    expect(headerAfter.slots.password.wrapped).not.toEqual(headerBefore.slots.password.wrapped);
    expect(headerAfter.slots.password.kdf.salt).not.toEqual(headerBefore.slots.password.kdf.salt);

    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }))).toBe('WRONG_PASSWORD');
    await core.vault.unlock({ vaultId: kit.vaultId, password: NEW_PASSWORD });
    // The same data key: the key hierarchy changed only the wrapping.
    await core.vault.lock();
    expect((await deriveDataKey(home, kit.vaultId, NEW_PASSWORD)).length).toBe(32);
  });

  it('a wrong old password changes nothing', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    const header = await fs.readFile(vaultPaths(home, kit.vaultId).header);
    expect(await codeOf(core.vault.changePassword({ vaultId: kit.vaultId, oldPassword: 'not the password at all', newPassword: NEW_PASSWORD }))).toBe(
      'WRONG_PASSWORD',
    );
    expect(await fs.readFile(vaultPaths(home, kit.vaultId).header)).toEqual(header);
  });

  it('[HIPAA 164.308(a)(5)(ii)(D)] recovers with the recovery code, which sets a new password and keeps the data', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    await core.vault.op('settings.set', { key: 'kept', value: 'yes' });
    await core.vault.lock();

    // A typo is told apart from a wrong code; neither changes anything.
    const typo = kit.recoveryCode.slice(0, -1) + (kit.recoveryCode.endsWith('0') ? '1' : '0');
    expect(await codeOf(core.vault.recover({ vaultId: kit.vaultId, recoveryCode: typo, newPassword: NEW_PASSWORD }))).toBe('RECOVERY_CODE_INVALID');
    const other = await createTestVault(testCore(await tempHome()));
    expect(await codeOf(core.vault.recover({ vaultId: kit.vaultId, recoveryCode: other.recoveryCode, newPassword: NEW_PASSWORD }))).toBe(
      'WRONG_RECOVERY_CODE',
    );

    // Lower case and no dashes is fine: people type it back from paper.
    const typed = kit.recoveryCode.replace(/-/g, ' ').toLowerCase();
    await core.vault.recover({ vaultId: kit.vaultId, recoveryCode: typed, newPassword: NEW_PASSWORD });
    expect(core.vault.status().state).toBe('unlocked');
    expect(await core.vault.op('settings.get', { key: 'kept' })).toBe('yes');
    await core.vault.lock();
    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }))).toBe('WRONG_PASSWORD');
    await core.vault.unlock({ vaultId: kit.vaultId, password: NEW_PASSWORD });
  });

  it('[HIPAA 164.312(d)] needs the secret key: missing on the device is SECRET_KEY_MISSING; typing it from the kit works and re-enrols it', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    await fs.rm(path.join(keystoreDir(home), `${kit.vaultId}.key`));
    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }))).toBe('SECRET_KEY_MISSING');

    const other = await createTestVault(testCore(await tempHome()));
    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD, secretKey: other.secretKey }))).toBe('SECRET_KEY_INVALID');
    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD, secretKey: 'AK1-NOT-A-KEY-AT-ALL-0000000' }))).toBe(
      'SECRET_KEY_INVALID',
    );

    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD, secretKey: kit.secretKey.toLowerCase() });
    const stored = await new FileSecretKeyStore(home).get(kit.vaultId);
    expect(stored).toEqual(parseSecretKey(kit.secretKey));
  });

  it('[HIPAA 164.312(d)] counts wrong passwords, then pauses for 1, 2, 4 minutes, and a restart does not reset it', async () => {
    const home = await tempHome();
    let now = Date.UTC(2026, 0, 1);
    const clock = () => now;
    const core = testCore(home, { now: clock });
    const kit = await createTestVault(core);
    const wrong = () => core.vault.unlock({ vaultId: kit.vaultId, password: 'definitely wrong password' });

    for (let left = 4; left >= 1; left--) {
      const err = (await wrong().catch((e: unknown) => e)) as AlcoveError;
      expect(err.code).toBe('WRONG_PASSWORD');
      expect(err.details).toEqual({ attemptsLeft: left });
      expect(err.message).toContain(`${left} attempt`);
    }
    const fifth = (await wrong().catch((e: unknown) => e)) as AlcoveError;
    expect(fifth.code).toBe('LOCKED_OUT');
    expect(fifth.details).toEqual({ secondsLeft: 60 });

    // Even the right password is refused during the pause, and the refusal is not counted.
    now += 30_000;
    const during = (await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }).catch((e: unknown) => e)) as AlcoveError;
    expect(during.code).toBe('LOCKED_OUT');
    expect(during.details).toEqual({ secondsLeft: 30 });

    // A restart (a new core over the same folder) keeps the pause.
    const restarted = testCore(home, { now: clock });
    expect(await codeOf(restarted.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }))).toBe('LOCKED_OUT');

    now += 30_000;
    const sixth = (await restarted.vault.unlock({ vaultId: kit.vaultId, password: 'still the wrong one' }).catch((e: unknown) => e)) as AlcoveError;
    expect(sixth.details).toEqual({ secondsLeft: 120 });
    now += 120_000;
    const seventh = (await restarted.vault.unlock({ vaultId: kit.vaultId, password: 'and wrong again' }).catch((e: unknown) => e)) as AlcoveError;
    expect(seventh.details).toEqual({ secondsLeft: 240 });
    now += 240_000;

    // The right password after the pause opens the vault and resets the count.
    await restarted.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    await restarted.vault.lock();
    const fresh = (await restarted.vault.unlock({ vaultId: kit.vaultId, password: 'wrong once more' }).catch((e: unknown) => e)) as AlcoveError;
    expect(fresh.details).toEqual({ attemptsLeft: 4 });
  });

  it('deletes a vault so that no key material remains anywhere on disk', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    const keep = await createTestVault(core, 'Another Practitioner');
    const paths = vaultPaths(home, kit.vaultId);
    const header = JSON.parse(await fs.readFile(paths.header, 'utf8'));
    const secretKey = parseSecretKey(kit.secretKey);
    const dek = await deriveDataKey(home, kit.vaultId);
    const keyMaterial = [
      secretKey,
      dek,
      Buffer.from(dek.toString('hex')),
      Buffer.from(header.slots.password.wrapped.ciphertext),
      Buffer.from(header.slots.recovery.wrapped.ciphertext),
      Buffer.from(header.slots.password.wrapped.ciphertext, 'hex'),
    ];
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });

    await core.vault.delete({ vaultId: kit.vaultId, password: PASSWORD });

    expect(core.vault.status()).toEqual({ state: 'locked' });
    await expect(fs.stat(paths.dir)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await new FileSecretKeyStore(home).get(kit.vaultId)).toBeNull();
    expect(await filesContaining([home], keyMaterial)).toEqual([]);
    expect((await core.vault.list()).map((v) => v.vaultId)).toEqual([keep.vaultId]);
    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }))).toBe('NOT_FOUND');
    // The other vault is untouched.
    await core.vault.unlock({ vaultId: keep.vaultId, password: PASSWORD });
  });

  it('keeps two vaults on one machine apart', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const a = await createTestVault(core, 'Practitioner A', PASSWORD);
    const b = await createTestVault(core, 'Practitioner B', NEW_PASSWORD);
    expect(await codeOf(core.vault.unlock({ vaultId: a.vaultId, password: NEW_PASSWORD }))).toBe('WRONG_PASSWORD');
    await core.vault.unlock({ vaultId: a.vaultId, password: PASSWORD });
    await core.vault.op('settings.set', { key: 'owner', value: 'A' });
    expect(await codeOf(core.vault.unlock({ vaultId: b.vaultId, password: NEW_PASSWORD }))).toBe('VAULT_ALREADY_UNLOCKED');
    await core.vault.lock();
    await core.vault.unlock({ vaultId: b.vaultId, password: NEW_PASSWORD });
    expect(await core.vault.op('settings.get', { key: 'owner' })).toBeNull();
    // B's wrong-password count is its own.
    await core.vault.lock();
    const err = (await core.vault.unlock({ vaultId: a.vaultId, password: 'wrong wrong wrong' }).catch((e: unknown) => e)) as AlcoveError;
    expect(err.details).toEqual({ attemptsLeft: 4 });
    expect(encodings('x')).toHaveLength(3);
  });
});
