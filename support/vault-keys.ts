// The raw data key of a vault, derived from its files the long way (header + the device's
// secret key + the password), as an outsider holding all three would. For tests and benches
// that must read the database directly; the app never does this outside the vault worker.

import { promises as fs } from 'node:fs';
import { unwrapWithPassword } from '../src-main/vault/engine.js';
import { parseHeader } from '../src-main/vault/header.js';
import { FileSecretKeyStore } from '../src-main/vault/keystore.js';
import { vaultPaths } from '../src-main/vault/paths.js';

export async function deriveDataKey(home: string, vaultId: string, password: string): Promise<Buffer> {
  const paths = vaultPaths(home, vaultId);
  const { body } = parseHeader(await fs.readFile(paths.header, 'utf8'));
  const secretKey = await new FileSecretKeyStore(home).get(vaultId);
  if (!secretKey) throw new Error('no secret key on this device');
  const dek = await unwrapWithPassword(body, password, secretKey);
  if (!dek) throw new Error('password does not open the vault');
  return dek;
}
