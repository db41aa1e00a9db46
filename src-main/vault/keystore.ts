// Where a device keeps each vault's secret key. The desktop app seals it with the OS keychain
// (Electron safeStorage, src-main/electron/keystore.ts) in the data folder; the CLI keeps it in
// a key directory outside the data folder, or not at all (--secret-key-stdin:
// src-main/cli/keys.ts). Both write one versioned format, so each side can tell a key it
// cannot open from a wrong key (which would otherwise surface as a false HEADER_TAMPERED).

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AlcoveError } from '../errors.js';
import { SECRET_KEY_BYTES } from '../crypto/secrets.js';
import { shred, writeFileAtomic } from '../fs/atomic.js';
import { keystoreDir } from './paths.js';

export interface SecretKeyStore {
  get(vaultId: string): Promise<Buffer | null>;
  put(vaultId: string, secretKey: Buffer): Promise<void>;
  delete(vaultId: string): Promise<void>;
  /**
   * True when get() hands over a key a person just gave (typed, or on stdin) rather than one
   * kept on this device: a wrong one is then SECRET_KEY_INVALID, and it is never stored.
   */
  readonly suppliedByUser?: boolean;
  /**
   * The vault's audit signing key (Ed25519, PKCS#8 DER), kept beside its secret key and under
   * the same protection, never inside the vault folder (issue 12): a copy of that folder and
   * the password cannot sign a checkpoint. Null when none is kept yet.
   */
  getSigningKey(vaultId: string): Promise<Buffer | null>;
  putSigningKey(vaultId: string, pkcs8: Buffer): Promise<void>;
  /** The folder this store keeps its files in, where the witness file goes (witness.ts). */
  readonly folder: string;
}

/** How the stored bytes are protected: not at all (a 0600 file), or by the OS keychain. */
export type KeyProtection = 'none' | 'os-keychain';

/** A transform around the stored bytes (the OS keychain in the desktop app). */
export interface KeyCodec {
  protection: KeyProtection;
  seal(plain: Buffer): Buffer;
  open(sealed: Buffer): Buffer;
}

export const PLAIN_CODEC: KeyCodec = { protection: 'none', seal: (b) => Buffer.from(b), open: (b) => Buffer.from(b) };

/** Version 1 of the key file; readers refuse a newer one rather than guess at it. */
export const KEY_FILE_VERSION = 1;
const KeyFile = z.strictObject({
  format: z.literal('alcove.secret-key'),
  version: z.number().int().min(1),
  vaultId: z.string().min(1).max(200),
  protection: z.enum(['none', 'os-keychain']),
  key: z.string().regex(/^[A-Za-z0-9+/]+=*$/).max(4096),
});

export interface StoredKey {
  version: number;
  protection: KeyProtection;
  payload: Buffer;
}

/**
 * Read a key file of any version. Before version 1 the CLI wrote the raw key (16 bytes) and
 * the app wrote safeStorage's ciphertext (always longer: a version prefix and whole blocks),
 * both with no marker.
 */
export function parseKeyFile(bytes: Buffer, vaultId: string): StoredKey {
  let json: unknown = null;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return bytes.length === SECRET_KEY_BYTES ? { version: 0, protection: 'none', payload: bytes } : { version: 0, protection: 'os-keychain', payload: bytes };
  }
  const parsed = KeyFile.safeParse(json);
  if (!parsed.success || parsed.data.vaultId !== vaultId) {
    throw new AlcoveError('SECRET_KEY_INVALID', 'The secret key file for this vault on this computer is damaged. Enter the secret key from your recovery kit (it starts with AK1-).');
  }
  if (parsed.data.version > KEY_FILE_VERSION) {
    throw new AlcoveError('SECRET_KEY_INVALID', 'The secret key file for this vault was written by a newer Alcove. Update Alcove, or enter the secret key from your recovery kit.');
  }
  return { version: parsed.data.version, protection: parsed.data.protection, payload: Buffer.from(parsed.data.key, 'base64') };
}

/** The audit signing key's record: the same envelope under its own format name. */
const SIGNING_KEY_FORMAT = 'alcove.audit-signing-key';
const SigningKeyFile = KeyFile.extend({ format: z.literal(SIGNING_KEY_FORMAT) });

function parseSigningKeyFile(bytes: Buffer, vaultId: string): StoredKey {
  let json: unknown = null;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    // fall through: refused below
  }
  const parsed = SigningKeyFile.safeParse(json);
  if (!parsed.success || parsed.data.vaultId !== vaultId || parsed.data.version > KEY_FILE_VERSION) {
    throw new AlcoveError('SECRET_KEY_INVALID', 'The audit signing key file for this vault on this computer is damaged or from a newer Alcove. Update Alcove, or move the file aside to let Alcove make a new key (the change is recorded in the audit log).');
  }
  return { version: parsed.data.version, protection: parsed.data.protection, payload: Buffer.from(parsed.data.key, 'base64') };
}

export function serialiseKeyFile(vaultId: string, protection: KeyProtection, sealed: Buffer): string {
  return `${JSON.stringify({ format: 'alcove.secret-key', version: KEY_FILE_VERSION, vaultId, protection, key: sealed.toString('base64') })}\n`;
}

/** Said when a key is stored in a protection this side cannot open. */
export type ProtectionMismatch = (stored: KeyProtection) => AlcoveError;

const defaultMismatch: ProtectionMismatch = (stored) =>
  new AlcoveError(
    'SECRET_KEY_MISSING',
    stored === 'os-keychain'
      ? 'The secret key on this computer is sealed by the Alcove app’s keychain, which cannot be opened here. Enter it from your recovery kit (it starts with AK1-).'
      : 'The secret key on this computer is not sealed the way this Alcove keeps keys. Enter it from your recovery kit (it starts with AK1-).',
  );

export class FileSecretKeyStore implements SecretKeyStore {
  private readonly dir: string;
  private readonly onMismatch: ProtectionMismatch;

  constructor(
    home: string,
    private readonly codec: KeyCodec = PLAIN_CODEC,
    options: { dir?: string; onMismatch?: ProtectionMismatch } = {},
  ) {
    this.dir = options.dir ?? keystoreDir(home);
    this.onMismatch = options.onMismatch ?? defaultMismatch;
  }

  file(vaultId: string): string {
    return path.join(this.dir, `${vaultId}.key`);
  }

  signingKeyFile(vaultId: string): string {
    return path.join(this.dir, `${vaultId}.signing-key`);
  }

  get folder(): string {
    return this.dir;
  }

  async getSigningKey(vaultId: string): Promise<Buffer | null> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.signingKeyFile(vaultId));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const stored = parseSigningKeyFile(bytes, vaultId);
    if (stored.protection !== this.codec.protection) throw this.onMismatch(stored.protection);
    return this.codec.open(stored.payload);
  }

  async putSigningKey(vaultId: string, pkcs8: Buffer): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    await fs.chmod(this.dir, 0o700);
    const record = { format: SIGNING_KEY_FORMAT, version: KEY_FILE_VERSION, vaultId, protection: this.codec.protection, key: this.codec.seal(pkcs8).toString('base64') };
    await writeFileAtomic(this.signingKeyFile(vaultId), `${JSON.stringify(record)}\n`, 0o600);
  }

  async get(vaultId: string): Promise<Buffer | null> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.file(vaultId));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const stored = parseKeyFile(bytes, vaultId);
    if (stored.protection === this.codec.protection) {
      const key = this.codec.open(stored.payload);
      // A file from before the versioned format is rewritten in it.
      if (stored.version < KEY_FILE_VERSION) await this.put(vaultId, key);
      return key;
    }
    // A plain key where the keychain is available (an older CLI wrote it here): seal it now.
    if (stored.protection === 'none' && this.codec.protection === 'os-keychain') {
      await this.put(vaultId, stored.payload);
      return stored.payload;
    }
    throw this.onMismatch(stored.protection);
  }

  async put(vaultId: string, secretKey: Buffer): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    await fs.chmod(this.dir, 0o700);
    await writeFileAtomic(this.file(vaultId), serialiseKeyFile(vaultId, this.codec.protection, this.codec.seal(secretKey)), 0o600);
  }

  async delete(vaultId: string): Promise<void> {
    await shred(this.file(vaultId));
    await shred(this.signingKeyFile(vaultId));
  }
}
