// The vault database is plain SQLCipher 4: anyone with the raw key and the stock pragmas can
// read it (no lock-in), and nobody without it can.

import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { vaultPaths } from '../../src-main/vault/paths.js';
import { NEW_PASSWORD, PASSWORD, createTestVault, deriveDataKey, tempHome, testCore } from '../helpers/vault.js';

function openStock(file: string, key?: Buffer): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  // Only the standard SQLCipher 4 settings: what the stock sqlcipher tool would use.
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  if (key) db.pragma(`key = "x'${key.toString('hex')}'"`);
  return db;
}

describe('vault database format', () => {
  it('[HIPAA 164.312(a)(2)(iv)] opens with a plain SQLCipher 4 connection and the raw data key', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    await core.vault.op('settings.set', { key: 'canary', value: 'readable with the key' });
    await core.vault.lock();

    const key = await deriveDataKey(home, kit.vaultId);
    const db = openStock(vaultPaths(home, kit.vaultId).database, key);
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
      expect(tables).toEqual(expect.arrayContaining([{ name: 'settings' }, { name: 'vault_meta' }]));
      expect(db.prepare("SELECT value FROM settings WHERE key = 'canary'").get()).toEqual({ value: '"readable with the key"' });
      expect(db.prepare("SELECT value FROM vault_meta WHERE key = 'vault_id'").get()).toEqual({ value: kit.vaultId });
    } finally {
      db.close();
    }
  });

  it('[HIPAA 164.312(a)(2)(iv)] is still plain SQLCipher 4 after the data key was replaced, under the new key and not the old', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    await core.vault.op('settings.set', { key: 'canary', value: 'readable with the new key' });
    await core.vault.lock();
    const oldKey = await deriveDataKey(home, kit.vaultId);
    await core.vault.changePassword({ vaultId: kit.vaultId, oldPassword: PASSWORD, newPassword: NEW_PASSWORD, rotateDataKey: true });

    const file = vaultPaths(home, kit.vaultId).database;
    const db = openStock(file, await deriveDataKey(home, kit.vaultId, NEW_PASSWORD));
    try {
      expect(db.prepare("SELECT value FROM settings WHERE key = 'canary'").get()).toEqual({ value: '"readable with the new key"' });
    } finally {
      db.close();
    }
    const stale = openStock(file, oldKey);
    try {
      expect(() => stale.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow();
    } finally {
      stale.close();
    }
  });

  it('[HIPAA 164.312(a)(2)(iv)] [GDPR 32] does not open without the key, nor with a wrong key', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    const file = vaultPaths(home, kit.vaultId).database;

    const plain = new Database(file, { readonly: true, fileMustExist: true });
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    plain.close();

    const wrong = openStock(file, randomBytes(32));
    expect(() => wrong.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    wrong.close();

    // A one-bit change to the key is as wrong as any other.
    const key = await deriveDataKey(home, kit.vaultId);
    key[0] = (key[0] as number) ^ 1;
    const nearly = openStock(file, key);
    expect(() => nearly.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    nearly.close();
  });

  it('sets and keeps the safety pragmas on every connection', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    const key = await deriveDataKey(home, kit.vaultId);
    const db = openStock(vaultPaths(home, kit.vaultId).database, key);
    try {
      // WAL is persistent in the file; the others are per connection and asserted at open.
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(1);
      expect(db.pragma('page_size', { simple: true })).toBe(4096);
    } finally {
      db.close();
    }
  });
});
