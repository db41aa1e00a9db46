// Where the command line finds a vault's secret key (issue 12): never under the data folder.
// Either in a key directory (--keys DIR, or ALCOVE_KEYS, or the OS's per-user configuration
// place; the folder 0700, each file 0600), or given on standard input with --secret-key-stdin
// (the first line, before any password) and then kept nowhere.

import path from 'node:path';
import { AlcoveError } from '../errors.js';
import { parseSecretKey } from '../crypto/secrets.js';
import { FileSecretKeyStore, type KeyProtection, type SecretKeyStore } from '../vault/keystore.js';
import { defaultKeysDir } from '../vault/paths.js';

const BOTH_WAYS =
  'Give it with --secret-key-stdin (the first line of standard input, from your recovery kit: it starts with AK1-), or keep it in a key directory with --keys DIR or ALCOVE_KEYS.';

export function resolveKeysDir(explicit: string | undefined, env: NodeJS.ProcessEnv, home: string): string {
  const dir = path.resolve(explicit ?? env.ALCOVE_KEYS ?? defaultKeysDir(env));
  const inside = path.relative(home, dir);
  if (inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside))) {
    throw new AlcoveError('VALIDATION_FAILED', `The key directory (${dir}) is inside the data folder; a copy of that folder would then hold both secrets. Choose a folder outside it.`);
  }
  return dir;
}

function mismatch(stored: KeyProtection): AlcoveError {
  return new AlcoveError(
    'SECRET_KEY_MISSING',
    stored === 'os-keychain'
      ? `This vault's secret key on this computer is sealed in the Alcove app's OS keychain, which the command line cannot open. ${BOTH_WAYS}`
      : `This vault's secret key on this computer is stored in a way the command line does not read. ${BOTH_WAYS}`,
  );
}

/** The key directory, taking over a key an older CLI left inside the data folder. */
export class KeyDirectoryStore implements SecretKeyStore {
  private readonly keys: FileSecretKeyStore;
  /** Where the CLI kept keys before (inside the data folder, beside the app's sealed ones). */
  private readonly legacy: FileSecretKeyStore;

  constructor(keysDir: string, home: string) {
    this.keys = new FileSecretKeyStore(home, undefined, { dir: keysDir, onMismatch: mismatch });
    this.legacy = new FileSecretKeyStore(home, undefined, { onMismatch: mismatch });
  }

  async get(vaultId: string): Promise<Buffer | null> {
    const key = (await this.keys.get(vaultId)) ?? (await this.adoptLegacy(vaultId));
    if (!key) throw new AlcoveError('SECRET_KEY_MISSING', `This computer's key directory has no secret key for this vault. ${BOTH_WAYS}`);
    return key;
  }

  /** A plain key inside the data folder moves out to the key directory (and is shredded there). */
  private async adoptLegacy(vaultId: string): Promise<Buffer | null> {
    const key = await this.legacy.get(vaultId);
    if (!key) return null;
    await this.keys.put(vaultId, key);
    await this.legacy.delete(vaultId);
    return key;
  }

  async put(vaultId: string, secretKey: Buffer): Promise<void> {
    await this.keys.put(vaultId, secretKey);
  }

  getSigningKey(vaultId: string): Promise<Buffer | null> {
    return this.keys.getSigningKey(vaultId);
  }

  putSigningKey(vaultId: string, pkcs8: Buffer): Promise<void> {
    return this.keys.putSigningKey(vaultId, pkcs8);
  }

  get folder(): string {
    return this.keys.folder;
  }

  async delete(vaultId: string): Promise<void> {
    await this.keys.delete(vaultId);
    await this.legacy.delete(vaultId);
  }
}

/** The key read from standard input: used for this one command, written nowhere. */
export class StdinKeyStore implements SecretKeyStore {
  readonly suppliedByUser = true;

  constructor(
    private readonly line: () => Promise<string>,
    private readonly keyDirectory: SecretKeyStore,
  ) {}

  async get(): Promise<Buffer> {
    return parseSecretKey(await this.line());
  }

  async put(): Promise<void> {
    // Kept nowhere: the person gives it again next time.
  }

  /** The signing key is not the person's to type: it stays in the key directory. */
  getSigningKey(vaultId: string): Promise<Buffer | null> {
    return this.keyDirectory.getSigningKey(vaultId);
  }

  putSigningKey(vaultId: string, pkcs8: Buffer): Promise<void> {
    return this.keyDirectory.putSigningKey(vaultId, pkcs8);
  }

  get folder(): string {
    return this.keyDirectory.folder;
  }

  async delete(vaultId: string): Promise<void> {
    await this.keyDirectory.delete(vaultId);
  }
}
