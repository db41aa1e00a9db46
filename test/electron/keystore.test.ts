// The secret key with Electron safeStorage: sealed by the OS keychain where there is one;
// where Linux offers only the plain-text backend, never written anywhere, asked for at
// unlock with the reason, and forgotten on lock.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createCore } from '../../src-main/core.js';
import { TEST_ONLY_CHEAP_KDF } from '../../src-main/crypto/kdf.js';
import { createDeviceKeyStore, keyProtectionFor, NO_KEYCHAIN_MESSAGE, type SafeStorageLike } from '../../src-main/electron/keystore.js';

vi.mock('electron', () => ({}));

type Backend = ReturnType<SafeStorageLike['getSelectedStorageBackend']>;

function fakeSafeStorage(backend: Backend, available = true): SafeStorageLike {
  // A reversible "encryption" that certainly does not leave the plaintext visible.
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0xa5));
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => Buffer.concat([Buffer.from('v11'), flip(Buffer.from(text, 'utf8'))]),
    decryptString: (sealed: Buffer) => flip(sealed.subarray(3)).toString('utf8'),
  };
}

const homes: string[] = [];
async function freshHome(): Promise<string> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'alcove-keystore-'));
  homes.push(home);
  return home;
}
afterEach(async () => {
  for (const h of homes.splice(0)) await rm(h, { recursive: true, force: true });
});

describe('keyProtectionFor', () => {
  test.each([
    ['linux', 'gnome_libsecret', true, 'os-keychain'],
    ['linux', 'kwallet5', true, 'os-keychain'],
    ['linux', 'basic_text', true, 'not-stored'],
    ['linux', 'unknown', true, 'not-stored'],
    ['darwin', 'unknown', true, 'os-keychain'],
    ['win32', 'unknown', true, 'os-keychain'],
    ['darwin', 'unknown', false, 'not-stored'],
  ] as const)('%s with %s (available: %s) -> %s', (platform, backend, available, expected) => {
    expect(keyProtectionFor(fakeSafeStorage(backend, available), platform)).toBe(expected);
  });
});

describe('createDeviceKeyStore', () => {
  test('with a keychain, the file holds only sealed bytes and reads back', async () => {
    const home = await freshHome();
    const { store, protection } = createDeviceKeyStore(home, fakeSafeStorage('gnome_libsecret'), 'linux');
    expect(protection).toBe('os-keychain');
    const key = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    await store.put('vault-a', key);
    const onDisk = readFileSync(path.join(home, 'keystore', 'vault-a.key'));
    expect(onDisk.includes(key)).toBe(false);
    expect(onDisk.includes(Buffer.from(key.toString('base64')))).toBe(false);
    expect(await store.get('vault-a')).toEqual(key);
  });

  test('with basic_text, nothing is written and a missing key says why', async () => {
    const home = await freshHome();
    const { store, protection, forgetAll } = createDeviceKeyStore(home, fakeSafeStorage('basic_text'), 'linux');
    expect(protection).toBe('not-stored');
    await expect(store.get('vault-a')).rejects.toMatchObject({ code: 'SECRET_KEY_MISSING', message: NO_KEYCHAIN_MESSAGE });
    const key = Buffer.alloc(16, 7);
    await store.put('vault-a', key);
    expect(existsSync(path.join(home, 'keystore'))).toBe(false);
    const copy = await store.get('vault-a');
    expect(copy).toEqual(key);
    copy?.fill(0); // the core wipes what it gets; the store's own copy must survive that
    expect(await store.get('vault-a')).toEqual(key);
    forgetAll();
    await expect(store.get('vault-a')).rejects.toMatchObject({ code: 'SECRET_KEY_MISSING' });
  });

  test('with basic_text, the real core asks for the secret key again after a lock', async () => {
    const home = await freshHome();
    const keys = createDeviceKeyStore(home, fakeSafeStorage('basic_text'), 'linux');
    const core = createCore({ home, keystore: keys.store, kdf: { kind: 'fixed-for-tests', cost: TEST_ONLY_CHEAP_KDF } });
    core.vault.onLocked(() => keys.forgetAll());
    try {
      const password = 'tidal marmot quivers near plinth';
      const created = await core.dispatch('vault.create', { displayName: 'Dr. Lind', password });
      if (!created.ok) throw new Error(created.error.message);
      const { vaultId, secretKey } = created.value as { vaultId: string; secretKey: string };
      expect(await core.dispatch('vault.unlock', { vaultId, password })).toMatchObject({ ok: true });
      await core.dispatch('vault.lock', {});
      const refused = await core.dispatch('vault.unlock', { vaultId, password });
      expect(refused).toMatchObject({ ok: false, error: { code: 'SECRET_KEY_MISSING', message: NO_KEYCHAIN_MESSAGE } });
      expect(await core.dispatch('vault.unlock', { vaultId, password, secretKey })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
      expect(existsSync(path.join(home, 'keystore')) ? readdirSync(path.join(home, 'keystore')) : []).toEqual([]);
    } finally {
      await core.close();
    }
  });
});
