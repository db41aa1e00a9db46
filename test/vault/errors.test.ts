// Every failure is provoked for real on the files, and each one must (a) be the right typed
// error with a plain sentence, and (b) leave every byte of the vault as it was.

import Database from 'better-sqlite3-multiple-ciphers';
import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AlcoveError } from '../../src-main/errors.js';
import { createCore } from '../../src-main/core.js';
import { FileSecretKeyStore } from '../../src-main/vault/keystore.js';
import { vaultPaths } from '../../src-main/vault/paths.js';
import { PASSWORD, createTestVault, deriveDataKey, snapshot, tempHome, testCore } from '../helpers/vault.js';

async function setup() {
  const home = await tempHome();
  const core = testCore(home);
  const kit = await createTestVault(core);
  await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
  for (let i = 0; i < 40; i++) await core.vault.op('settings.set', { key: `row-${i}`, value: 'x'.repeat(300) });
  await core.vault.lock();
  return { home, core, kit, paths: vaultPaths(home, kit.vaultId) };
}

/** Run the attempt; expect the code; expect every file byte-identical afterwards. */
async function expectRefused(home: string, attempt: () => Promise<unknown>, code: string): Promise<AlcoveError> {
  const before = await snapshot(home);
  const err = await attempt().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `expected ${code}`).toBeInstanceOf(AlcoveError);
  expect((err as AlcoveError).code).toBe(code);
  expect((err as AlcoveError).message).toMatch(/^[A-Z].{20,}[.)]$/);
  const after = await snapshot(home);
  // The wrong-attempt counter and the attempt waiting for the audit log are the only files a
  // failure may write (so a restart keeps the count, and the log learns of the attempt).
  const withoutCounter = (s: Record<string, string>) =>
    Object.fromEntries(Object.entries(s).filter(([k]) => !k.endsWith('lockout.json') && !k.endsWith('pending-audit.json')));
  expect(withoutCounter(after)).toEqual(withoutCounter(before));
  return err as AlcoveError;
}

async function editHeader(file: string, edit: (h: Record<string, any>) => void): Promise<void> {
  const header = JSON.parse(await fs.readFile(file, 'utf8'));
  edit(header);
  await fs.writeFile(file, JSON.stringify(header, null, 2));
}

/** A locked vault with a client and sixty long drafts: a notes table many pages long. */
async function vaultWithNotes() {
  const home = await tempHome();
  const core = testCore(home);
  const kit = await createTestVault(core);
  const paths = vaultPaths(home, kit.vaultId);
  await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
  const { clientId } = await core.vault.op<{ clientId: string }>('clients.create', { legalName: 'Rowan Adebayo' });
  for (let i = 0; i < 60; i++) await core.vault.op('notes.createDraft', { clientId, template: 'free', sessionDate: '2026-11-02', sections: { body: `Session ${i}. ${'Worked on sleep and routines. '.repeat(40)}` } });
  await core.vault.lock();
  return { home, core, kit, paths, clientId };
}

describe('typed errors that change nothing', () => {
  it('WRONG_PASSWORD', async () => {
    const { home, core, kit } = await setup();
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: 'not my password at all' }), 'WRONG_PASSWORD');
  });

  it('NOT_FOUND', async () => {
    const { home, core } = await setup();
    await expectRefused(home, () => core.vault.unlock({ vaultId: '00000000-0000-4000-8000-000000000000', password: PASSWORD }), 'NOT_FOUND');
  });

  it('HEADER_CORRUPT: truncated, not JSON, or missing fields', async () => {
    const { home, core, kit, paths } = await setup();
    const original = await fs.readFile(paths.header);
    await fs.writeFile(paths.header, original.subarray(0, original.length / 2));
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'HEADER_CORRUPT');
    await fs.writeFile(paths.header, '');
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'HEADER_CORRUPT');
    await fs.writeFile(paths.header, original);
    await editHeader(paths.header, (h) => delete h.slots.recovery);
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'HEADER_CORRUPT');
    // The picker still lists it, marked as damaged.
    expect((await core.vault.list())[0]?.state).toBe('damaged');
  });

  it('HEADER_TAMPERED: a KDF downgrade is never reported as a wrong password', async () => {
    const { home, core, kit, paths } = await setup();
    await editHeader(paths.header, (h) => {
      h.slots.password.kdf.memoryKiB = 8;
    });
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'HEADER_TAMPERED');
    await editHeader(paths.header, (h) => {
      h.slots.password.kdf.memoryKiB = 1024;
      h.slots.password.kdf.iterations = 2;
    });
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'HEADER_TAMPERED');
  });

  it('HEADER_TAMPERED: swapped slots, an edited name, a flipped hex digit', async () => {
    const { home, core, kit, paths } = await setup();
    const original = await fs.readFile(paths.header, 'utf8');
    const restore = () => fs.writeFile(paths.header, original);

    await editHeader(paths.header, (h) => {
      const p = h.slots.password.wrapped;
      h.slots.password.wrapped = h.slots.recovery.wrapped;
      h.slots.recovery.wrapped = p;
    });
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'HEADER_TAMPERED');
    await restore();

    await editHeader(paths.header, (h) => {
      h.displayName = 'Someone Else';
    });
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'HEADER_TAMPERED');
    await restore();

    // Flip one hex digit in each field that holds one: always refused, never WRONG_PASSWORD.
    for (const path of [
      ['slots', 'password', 'kdf', 'salt'],
      ['slots', 'password', 'wrapped', 'iv'],
      ['slots', 'password', 'wrapped', 'ciphertext'],
      ['slots', 'password', 'wrapped', 'tag'],
      ['slots', 'recovery', 'salt'],
      ['mac'],
    ]) {
      await editHeader(paths.header, (h) => {
        let o = h;
        for (const k of path.slice(0, -1)) o = o[k as string];
        const key = path.at(-1) as string;
        const v = o[key] as string;
        o[key] = (v[0] === '0' ? '1' : '0') + v.slice(1);
      });
      await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'HEADER_TAMPERED');
      await restore();
    }
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
  });

  it('HEADER_CORRUPT or HEADER_TAMPERED for a flipped byte anywhere in the header', async () => {
    const { home, core, kit, paths } = await setup();
    const original = await fs.readFile(paths.header);
    const seen = new Set<string>();
    // Every 7th byte position, one bit flipped: a cheap sweep over the whole file.
    for (let i = 0; i < original.length; i += 7) {
      const bytes = Buffer.from(original);
      bytes[i] = (bytes[i] as number) ^ 0x04;
      await fs.writeFile(paths.header, bytes);
      const err = await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }).then(
        () => null,
        (e: unknown) => e as AlcoveError,
      );
      if (err === null) {
        // Only white space may change harmlessly (JSON ignores it); then the vault opened.
        expect([0x20, 0x0a, 0x24, 0x0e]).toContain(original[i]);
        await core.vault.lock();
        continue;
      }
      seen.add(err.code);
      expect(['HEADER_CORRUPT', 'HEADER_TAMPERED', 'NOT_FOUND', 'VAULT_FROM_NEWER_VERSION']).toContain(err.code);
    }
    expect(seen).toContain('HEADER_TAMPERED');
    expect(seen).toContain('HEADER_CORRUPT');
    expect(seen).not.toContain('WRONG_PASSWORD');
  });

  it('VAULT_FROM_NEWER_VERSION: a newer header format', async () => {
    const { home, core, kit, paths } = await setup();
    await editHeader(paths.header, (h) => {
      h.version = 2;
    });
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'VAULT_FROM_NEWER_VERSION');
    expect((await core.vault.list())[0]?.state).toBe('newer-version');
  });

  it('VAULT_FROM_NEWER_VERSION: a database schema ahead of this version', async () => {
    const { home, core, kit, paths } = await setup();
    const key = await deriveDataKey(home, kit.vaultId);
    const db = new Database(paths.database);
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    db.pragma('user_version = 999');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'VAULT_FROM_NEWER_VERSION');
    expect(core.vault.status()).toEqual({ state: 'locked' });
  });

  it('DATABASE_CORRUPT: truncated to half, to a ragged length, or emptied', async () => {
    const { home, core, kit, paths } = await setup();
    const original = await fs.readFile(paths.database);
    expect(original.length).toBeGreaterThan(4 * 4096);
    for (const length of [original.length / 2, original.length - 4096, original.length - 100, 4096 + 17, 0]) {
      await fs.writeFile(paths.database, original.subarray(0, length));
      await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'DATABASE_CORRUPT');
    }
    await fs.rm(paths.database);
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'DATABASE_CORRUPT');
    await fs.writeFile(paths.database, original);
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
  });

  it('DATABASE_CORRUPT: a flipped byte in the first page', async () => {
    const { home, core, kit, paths } = await setup();
    const bytes = await fs.readFile(paths.database);
    bytes[100] = (bytes[100] as number) ^ 0xff;
    await fs.writeFile(paths.database, bytes);
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'DATABASE_CORRUPT');
  });

  it('[HIPAA 164.312(c)(1)] DATABASE_CORRUPT: a damaged page past the first is found by the check after unlock, and every later call says so; the damaged bytes stay', async () => {
    const { home, core, kit, paths, clientId } = await vaultWithNotes();

    // A leaf page of the notes table, well past the first page, found with the raw key.
    const raw = new Database(paths.database, { readonly: true });
    raw.pragma(`cipher = 'sqlcipher'`);
    raw.pragma('legacy = 4');
    raw.pragma(`key = "x'${(await deriveDataKey(home, kit.vaultId)).toString('hex')}'"`);
    const page = raw.prepare("SELECT pageno FROM dbstat WHERE name = 'notes' AND pagetype = 'leaf' ORDER BY pageno DESC LIMIT 1").pluck().get() as number;
    raw.close();
    expect(page).toBeGreaterThan(3);
    const bytes = await fs.readFile(paths.database);
    const at = (page - 1) * 4096 + 2000;
    bytes[at] = (bytes[at] as number) ^ 0xff;
    await fs.writeFile(paths.database, bytes);
    const damaged = bytes.subarray((page - 1) * 4096, page * 4096);

    // Unlock reads only the first pages: it opens. The check after it finds the damage.
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    let code = 'ok';
    for (let i = 0; i < 200 && code === 'ok'; i++) {
      code = await core.vault.op('settings.get', { key: 'absent' }).then(
        () => 'ok',
        (e: unknown) => (e instanceof AlcoveError ? e.code : 'untyped'),
      );
      if (code === 'ok') await new Promise((r) => setTimeout(r, 10));
    }
    expect(code).toBe('DATABASE_CORRUPT');
    const err = await core.vault.op('clients.list', { status: 'active' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AlcoveError);
    expect((err as AlcoveError).code).toBe('DATABASE_CORRUPT');
    expect((err as AlcoveError).message).toMatch(/Restore the vault from a backup/);

    await core.vault.lock();
    const after = await fs.readFile(paths.database);
    expect(after.subarray((page - 1) * 4096, page * 4096).equals(damaged)).toBe(true);
  });

  it('DATABASE_CORRUPT, not INTERNAL, when a read trips on a damaged page before the check reaches it', async () => {
    const { home, core, kit, paths, clientId } = await vaultWithNotes();
    // Damage every page after the first few: whatever the first read touches is damaged.
    const bytes = await fs.readFile(paths.database);
    for (let p = 4; p < bytes.length / 4096; p++) bytes[p * 4096 + 1000] = (bytes[p * 4096 + 1000] as number) ^ 0xff;
    await fs.writeFile(paths.database, bytes);
    const opened = await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }).then(
      () => 'ok',
      (e: unknown) => (e instanceof AlcoveError ? e.code : 'untyped'),
    );
    const read = opened === 'ok' ? await core.vault.op('clients.chart', { clientId }).then(() => 'ok', (e: unknown) => (e instanceof AlcoveError ? e.code : 'untyped')) : opened;
    expect(read).toBe('DATABASE_CORRUPT');
  });

  it('[HIPAA 164.312(d)] KDF_BELOW_FLOOR: a vault whose password slot is below the Argon2 floor is refused at unlock, password change and recovery', async () => {
    // Made through the test-only path (cheap costs, a valid MAC), then opened as the app opens it.
    const { home, kit } = await setup();
    const app = createCore({ home, keystore: new FileSecretKeyStore(home) });
    try {
      const refused = await expectRefused(home, () => app.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'KDF_BELOW_FLOOR');
      expect(refused.message).toContain('at least 64 MiB, 3 passes, 4 lanes');
      await expectRefused(home, () => app.vault.changePassword({ vaultId: kit.vaultId, oldPassword: PASSWORD, newPassword: 'quiet orchard compass 7319' }), 'KDF_BELOW_FLOOR');
      await expectRefused(home, () => app.vault.recover({ vaultId: kit.vaultId, recoveryCode: kit.recoveryCode, newPassword: 'quiet orchard compass 7319' }), 'KDF_BELOW_FLOOR');
      expect(app.vault.status()).toEqual({ state: 'locked' });
    } finally {
      await app.close();
    }
  });

  it('SECRET_KEY_MISSING and SECRET_KEY_INVALID change nothing', async () => {
    const { home, core, kit } = await setup();
    await fs.rm(`${home}/keystore/${kit.vaultId}.key`);
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'SECRET_KEY_MISSING');
    await expectRefused(
      home,
      () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD, secretKey: 'AK1-0000000-0000000-0000000-0000000' }),
      'SECRET_KEY_INVALID',
    );
  });

  it('LOCKED_OUT, RECOVERY_CODE_INVALID and WRONG_RECOVERY_CODE leave the vault as it was', async () => {
    const { home, core, kit } = await setup();
    await expectRefused(
      home,
      () => core.vault.recover({ vaultId: kit.vaultId, recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG', newPassword: 'quiet orchard compass 7319' }),
      'RECOVERY_CODE_INVALID',
    );
    for (let i = 0; i < 4; i++) {
      await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: `wrong password ${i}` }), 'WRONG_PASSWORD');
    }
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: 'wrong password 5' }), 'LOCKED_OUT');
    await expectRefused(home, () => core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }), 'LOCKED_OUT');
  });
});
