// Where a device keeps each vault's secret key. The desktop app wraps it with the OS
// keychain (Electron safeStorage, src-main/electron/keystore.ts); the CLI and tests use a
// file readable only by the user. Both implement this interface.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { shred, writeFileAtomic } from '../fs/atomic.js';
import { keystoreDir } from './paths.js';

export interface SecretKeyStore {
  get(vaultId: string): Promise<Buffer | null>;
  put(vaultId: string, secretKey: Buffer): Promise<void>;
  delete(vaultId: string): Promise<void>;
}

/** Optional transform around the stored bytes (the OS keychain in the desktop app). */
export interface KeyCodec {
  seal(plain: Buffer): Buffer;
  open(sealed: Buffer): Buffer;
}

const identity: KeyCodec = { seal: (b) => Buffer.from(b), open: (b) => Buffer.from(b) };

export class FileSecretKeyStore implements SecretKeyStore {
  constructor(
    private readonly home: string,
    private readonly codec: KeyCodec = identity,
  ) {}

  private file(vaultId: string): string {
    return path.join(keystoreDir(this.home), `${vaultId}.key`);
  }

  async get(vaultId: string): Promise<Buffer | null> {
    try {
      return this.codec.open(await fs.readFile(this.file(vaultId)));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async put(vaultId: string, secretKey: Buffer): Promise<void> {
    await fs.mkdir(keystoreDir(this.home), { recursive: true, mode: 0o700 });
    await writeFileAtomic(this.file(vaultId), this.codec.seal(secretKey), 0o600);
  }

  async delete(vaultId: string): Promise<void> {
    await shred(this.file(vaultId));
  }
}
