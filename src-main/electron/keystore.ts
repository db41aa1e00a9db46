// The secret key on this device, protected by the OS keychain through Electron safeStorage.
// Where the OS offers only Chromium's plain-text backend (Linux without a keyring), storing
// it would be storing it in the clear, so Alcove keeps it in memory for the open session
// only and asks for it at each unlock, saying why.

import type { SafeStorage } from 'electron';
import { AlcoveError } from '../errors.js';
import { FileSecretKeyStore, type KeyCodec, type SecretKeyStore } from '../vault/keystore.js';
import { wipe } from '../crypto/secrets.js';

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'>;

export type KeyProtection = 'os-keychain' | 'not-stored';

/** Call after app 'ready' (safeStorage answers false before it on Linux). */
export function keyProtectionFor(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): KeyProtection {
  if (!safeStorage.isEncryptionAvailable()) return 'not-stored';
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') return 'not-stored';
  }
  return 'os-keychain';
}

/** safeStorage as a KeyCodec for FileSecretKeyStore: the file holds only keychain ciphertext. */
export function safeStorageCodec(safeStorage: SafeStorageLike): KeyCodec {
  return {
    protection: 'os-keychain',
    // safeStorage takes strings; base64 keeps the bytes exact.
    seal: (plain) => safeStorage.encryptString(plain.toString('base64')),
    open: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}

export const NO_KEYCHAIN_MESSAGE =
  'This computer has no secure keychain Alcove can use (on Linux, GNOME Keyring or KWallet), so Alcove does not keep your secret key on disk here. Enter it from your recovery kit (it starts with AK1-).';

/**
 * Holds secret keys in memory only, until forgetAll() (called on every lock and at quit).
 * Nothing is ever written; delete() still shreds a key file an earlier keychain left behind.
 */
export class SessionOnlySecretKeyStore implements SecretKeyStore {
  private readonly keys = new Map<string, Buffer>();
  /**
   * Audit signing keys, in memory for as long as the app runs (not wiped at lock: they open
   * nothing). With no keychain there is nowhere safe to keep one, so each start of the app
   * makes a new one, and the vault's log records each change.
   */
  private readonly signingKeys = new Map<string, Buffer>();

  constructor(private readonly leftovers: SecretKeyStore) {}

  async get(vaultId: string): Promise<Buffer | null> {
    const key = this.keys.get(vaultId);
    if (!key) throw new AlcoveError('SECRET_KEY_MISSING', NO_KEYCHAIN_MESSAGE);
    return Buffer.from(key);
  }

  async put(vaultId: string, secretKey: Buffer): Promise<void> {
    wipe(this.keys.get(vaultId));
    this.keys.set(vaultId, Buffer.from(secretKey));
  }

  async delete(vaultId: string): Promise<void> {
    wipe(this.keys.get(vaultId), this.signingKeys.get(vaultId));
    this.keys.delete(vaultId);
    this.signingKeys.delete(vaultId);
    await this.leftovers.delete(vaultId);
  }

  async getSigningKey(vaultId: string): Promise<Buffer | null> {
    const key = this.signingKeys.get(vaultId);
    return key ? Buffer.from(key) : null;
  }

  async putSigningKey(vaultId: string, pkcs8: Buffer): Promise<void> {
    wipe(this.signingKeys.get(vaultId));
    this.signingKeys.set(vaultId, Buffer.from(pkcs8));
  }

  /** Witness files hold no secret: they go beside the keychain's files all the same. */
  get folder(): string {
    return this.leftovers.folder;
  }

  forgetAll(): void {
    for (const key of this.keys.values()) wipe(key);
    this.keys.clear();
  }
}

export interface DeviceKeyStore {
  store: SecretKeyStore;
  protection: KeyProtection;
  /** Wipe whatever is held in memory (nothing, when the OS keychain holds the keys). */
  forgetAll(): void;
}

export function createDeviceKeyStore(home: string, safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): DeviceKeyStore {
  const protection = keyProtectionFor(safeStorage, platform);
  const files = new FileSecretKeyStore(home, safeStorageCodec(safeStorage));
  if (protection === 'os-keychain') return { store: files, protection, forgetAll: () => undefined };
  const memory = new SessionOnlySecretKeyStore(files);
  return { store: memory, protection, forgetAll: () => memory.forgetAll() };
}
