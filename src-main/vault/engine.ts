// Vault key handling, run inside the vault worker: the only code that ever holds the data
// key. Creating a vault, proving a password or recovery code against the header, rewriting a
// key slot. Every check that can fail runs before anything is written.

import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { AlcoveError } from '../errors.js';
import { argon2id, type KdfCost, type KdfParams } from '../crypto/kdf.js';
import { headerMacKey, passwordKek, recoveryKek, unwrapKey, wrapKey } from '../crypto/keys.js';
import { formatRecoveryCode, newRecoveryCode, parseRecoveryCode, wipe } from '../crypto/secrets.js';
import { fsyncDir, removeStaleTemps, shred, writeFileAtomic } from '../fs/atomic.js';
import {
  HEADER_FORMAT,
  HEADER_VERSION,
  parseHeader,
  secretKeyId,
  serialiseHeader,
  slotAad,
  verifyHeaderMac,
  type HeaderBody,
} from './header.js';
import { checkpointAndClose, openVaultDatabase, rekeyDatabaseFile } from './database.js';
import type { VaultPaths } from './paths.js';
import { adoptSigningKey, signingKeyFromDer } from '../audit/store.js';
import { appendAuditEvent } from '../audit/vault-audit.js';

export type SecretKeySource = 'device' | 'user';

function passwordBytes(password: string): Buffer {
  // The same password typed through different input methods must derive the same key.
  return Buffer.from(password.normalize('NFC'), 'utf8');
}

async function passwordSlot(vaultId: string, password: string, secretKey: Buffer, cost: KdfCost, dek: Buffer) {
  const kdf: KdfParams = { algorithm: 'argon2id', ...cost, salt: randomBytes(16).toString('hex') };
  const pw = passwordBytes(password);
  const stretched = await argon2id(pw, kdf);
  const kek = passwordKek(stretched, secretKey, Buffer.from(kdf.salt, 'hex'));
  try {
    return { kdf, wrapped: wrapKey(kek, dek, slotAad(vaultId, 'password')) };
  } finally {
    wipe(pw, stretched, kek);
  }
}

export interface CreateRequest {
  paths: VaultPaths;
  vaultId: string;
  displayName: string;
  password: string;
  secretKey: Buffer;
  recoveryCode: Buffer;
  /** The audit signing key (PKCS#8 DER) the key store already keeps for this vault. */
  signingKey: Buffer;
  kdfCost: KdfCost;
  now: Date;
}

/** Create the database and header. The header is written last: a vault exists once it does. */
export async function createVault(req: CreateRequest): Promise<void> {
  const { paths, vaultId } = req;
  await fs.mkdir(paths.dir, { recursive: false, mode: 0o700 });
  const dek = randomBytes(32);
  const recoverySalt = randomBytes(16);
  const rKek = recoveryKek(req.recoveryCode, recoverySalt);
  const macKey = headerMacKey(req.secretKey, vaultId);
  try {
    const body: HeaderBody = {
      format: HEADER_FORMAT,
      version: HEADER_VERSION,
      vaultId,
      displayName: req.displayName,
      createdAt: req.now.toISOString(),
      secretKeyId: secretKeyId(req.secretKey),
      lockoutCounter: 'mac-v1',
      slots: {
        password: await passwordSlot(vaultId, req.password, req.secretKey, req.kdfCost, dek),
        recovery: { salt: recoverySalt.toString('hex'), wrapped: wrapKey(rKek, dek, slotAad(vaultId, 'recovery')) },
      },
    };
    const db = openVaultDatabase(paths.database, dek, { create: true });
    try {
      db.transaction(() => {
        db.prepare('INSERT INTO vault_meta (key, value) VALUES (?, ?), (?, ?)').run('vault_id', vaultId, 'created_at', body.createdAt);
        // The signing key is born with the vault (its private half kept outside it), and the
        // log starts with its creation.
        const { key } = adoptSigningKey(db, signingKeyFromDer(req.signingKey), req.now.getTime());
        appendAuditEvent(db, { key, actor: vaultId }, { time: req.now.getTime(), action: 'vault.create', outcome: 'ok' });
      }).immediate();
    } finally {
      checkpointAndClose(db);
    }
    await fs.chmod(paths.database, 0o600);
    await writeFileAtomic(paths.header, serialiseHeader(body, macKey));
  } catch (err) {
    await fs.rm(paths.dir, { recursive: true, force: true });
    throw err;
  } finally {
    wipe(dek, rKek, macKey);
  }
}

export interface VerifiedHeader {
  body: HeaderBody;
  macKey: Buffer;
}

/** Read and authenticate the header with the secret key. Changes nothing. */
export async function readVerifiedHeader(paths: VaultPaths, secretKey: Buffer, source: SecretKeySource): Promise<VerifiedHeader> {
  let text: string;
  try {
    text = await fs.readFile(paths.header, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new AlcoveError('NOT_FOUND', 'There is no vault with that id on this computer.');
    throw err;
  }
  const header = parseHeader(text);
  if (header.body.secretKeyId !== secretKeyId(secretKey)) {
    if (source === 'user') {
      throw new AlcoveError('SECRET_KEY_INVALID', 'That secret key belongs to a different vault. Use the one printed in this vault’s recovery kit.');
    }
    throw new AlcoveError(
      'HEADER_TAMPERED',
      'The vault header does not match the secret key kept on this computer, so Alcove refuses to use it. Restore the vault from a backup; nothing was changed.',
    );
  }
  const macKey = headerMacKey(secretKey, header.body.vaultId);
  try {
    verifyHeaderMac(header, macKey);
  } catch (err) {
    wipe(macKey);
    throw err;
  }
  return { body: header.body, macKey };
}

/** Unwrap the data key with a password. Null means the password is wrong. */
export async function unwrapWithPassword(body: HeaderBody, password: string, secretKey: Buffer): Promise<Buffer | null> {
  const { kdf, wrapped } = body.slots.password;
  const pw = passwordBytes(password);
  const stretched = await argon2id(pw, kdf);
  const kek = passwordKek(stretched, secretKey, Buffer.from(kdf.salt, 'hex'));
  try {
    return unwrapKey(kek, wrapped, slotAad(body.vaultId, 'password'));
  } finally {
    wipe(pw, stretched, kek);
  }
}

/** Unwrap the data key with a recovery code. Null means the code is wrong. */
export function unwrapWithRecovery(body: HeaderBody, recoveryCodeText: string): Buffer | null {
  const code = parseRecoveryCode(recoveryCodeText);
  const kek = recoveryKek(code, Buffer.from(body.slots.recovery.salt, 'hex'));
  try {
    return unwrapKey(kek, body.slots.recovery.wrapped, slotAad(body.vaultId, 'recovery'));
  } finally {
    wipe(code, kek);
  }
}

/**
 * Replace the password slot only (the database is never re-encrypted). Crash-safe: the new
 * header goes to a temp file, is fsynced and renamed over the old one, so a kill at any
 * instant leaves a header that opens with the old password or the new one.
 */
export async function rewritePasswordSlot(paths: VaultPaths, header: VerifiedHeader, dek: Buffer, newPassword: string, secretKey: Buffer): Promise<void> {
  const { kdf } = header.body.slots.password;
  const cost: KdfCost = { memoryKiB: kdf.memoryKiB, iterations: kdf.iterations, parallelism: kdf.parallelism };
  const slot = await passwordSlot(header.body.vaultId, newPassword, secretKey, cost, dek);
  const body: HeaderBody = { ...header.body, slots: { ...header.body.slots, password: slot } };
  await removeStaleTemps(paths.dir);
  await writeFileAtomic(paths.header, serialiseHeader(body, header.macKey));
}

/** A recovery slot over the data key for a fresh recovery code: the slot, and the code as printed. */
function freshRecoverySlot(vaultId: string, dek: Buffer): { slot: HeaderBody['slots']['recovery']; recoveryCode: string } {
  const code = newRecoveryCode();
  const salt = randomBytes(16);
  const kek = recoveryKek(code, salt);
  try {
    return { slot: { salt: salt.toString('hex'), wrapped: wrapKey(kek, dek, slotAad(vaultId, 'recovery')) }, recoveryCode: formatRecoveryCode(code) };
  } finally {
    wipe(code, kek);
  }
}

/**
 * Replace the recovery slot with one for a new recovery code, and return the code. The old
 * code opened only the old slot, which the header no longer holds, so it stops working (a
 * copy of the old header still opens with it: rotating the data key is what revokes copies).
 * Crash-safe as rewritePasswordSlot: the old code or the new one opens, never neither.
 */
export async function rewriteRecoverySlot(paths: VaultPaths, header: VerifiedHeader, dek: Buffer): Promise<string> {
  const { slot, recoveryCode } = freshRecoverySlot(header.body.vaultId, dek);
  const body: HeaderBody = { ...header.body, slots: { ...header.body.slots, recovery: slot } };
  await removeStaleTemps(paths.dir);
  await writeFileAtomic(paths.header, serialiseHeader(body, header.macKey));
  return recoveryCode;
}

/*
 * Rotating the data key (issue 12). Changing the password rewrites only the password slot,
 * so a copy of the old header still opens the database with the old password. Rotation makes
 * such a copy useless: the database is re-encrypted under a new data key and every slot is
 * rewritten over it. The recovery slot's key is derived from the recovery code itself
 * (recoveryKek), which is not typed when changing a password, so the new data key cannot be
 * wrapped for the old code: rotation makes a new recovery code and returns it.
 *
 * The files are swapped so that one consistent (header, database) pair exists at every
 * instant, and a kill at any point leaves a vault that opens with the old password or the new:
 *   1. vault.db.next: a copy of the database re-encrypted under the new key, fsynced;
 *   2. header.next.json: both new slots over the new key, written atomically;
 *   3. rotate.json, written atomically: the commit point. Before it, the old pair is the vault
 *      and settleRotation throws the .next files away; from it on, the new pair is, and
 *      settleRotation completes the swap (every step can be redone after a crash);
 *   4. vault.db -> vault.db.old, vault.db.next -> vault.db, shred vault.db.old (the old
 *      ciphertext goes: with the old key it would open), header.next.json -> header.json;
 *   5. rotate.json removed.
 * Every way into the vault runs settleRotation before it reads the header.
 */
const ROTATION_FORMAT = 'alcove.rotation';

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** A database file's companions, which belong to its key. */
function sidecars(file: string): string[] {
  return [`${file}-wal`, `${file}-shm`, `${file}-journal`];
}

/** Complete a rotation that reached its commit point, or throw away one that did not. */
export async function settleRotation(paths: VaultPaths): Promise<void> {
  // The journal's own temp file is not a journal: a kill before its rename did not commit.
  await removeStaleTemps(paths.dir);
  if (await exists(paths.rotation)) return completeRotation(paths);
  // Killed before the commit point (or never started): the old pair is the vault.
  for (const f of [paths.nextHeader, paths.nextDatabase, ...sidecars(paths.nextDatabase)]) await shred(f);
}

async function completeRotation(paths: VaultPaths): Promise<void> {
  if (await exists(paths.nextDatabase)) {
    // A WAL beside the new file would be replayed into it, and it was written under the old key.
    for (const f of sidecars(paths.database)) await shred(f);
    if (await exists(paths.database)) await fs.rename(paths.database, paths.oldDatabase);
    await fsyncDir(paths.dir);
    await fs.rename(paths.nextDatabase, paths.database);
    await fsyncDir(paths.dir);
  }
  await shred(paths.oldDatabase);
  if (await exists(paths.nextHeader)) {
    await fs.rename(paths.nextHeader, paths.header);
    await fsyncDir(paths.dir);
  }
  await fs.rm(paths.rotation, { force: true });
  await fsyncDir(paths.dir);
}

/**
 * Re-encrypt the database under a new data key and rewrite both slots over it: the password
 * slot for the new password, the recovery slot for a new recovery code, which is returned.
 * The vault must be closed (the worker checks). See the comment above for the order.
 */
export async function rotateDataKey(paths: VaultPaths, header: VerifiedHeader, oldDek: Buffer, newPassword: string, secretKey: Buffer): Promise<string> {
  const { vaultId } = header.body;
  await settleRotation(paths);
  const dek = randomBytes(32);
  try {
    // Set before the journal is written, so a committed rotation always has its code.
    let recoveryCode = '';
    try {
      // Flush the WAL into the file so the copy is whole (and prove the old key opens it).
      checkpointAndClose(openVaultDatabase(paths.database, oldDek));
      await fs.copyFile(paths.database, paths.nextDatabase, fs.constants.COPYFILE_EXCL);
      await fs.chmod(paths.nextDatabase, 0o600);
      rekeyDatabaseFile(paths.nextDatabase, oldDek, dek);
      // Prove the new file opens under the new key with the vault's own settings before
      // anything depends on it; closing it leaves no WAL beside it.
      checkpointAndClose(openVaultDatabase(paths.nextDatabase, dek));
      for (const f of sidecars(paths.nextDatabase)) await shred(f);
      const handle = await fs.open(paths.nextDatabase, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      const { kdf } = header.body.slots.password;
      const cost: KdfCost = { memoryKiB: kdf.memoryKiB, iterations: kdf.iterations, parallelism: kdf.parallelism };
      const password = await passwordSlot(vaultId, newPassword, secretKey, cost, dek);
      const recovery = freshRecoverySlot(vaultId, dek);
      recoveryCode = recovery.recoveryCode;
      const body: HeaderBody = { ...header.body, slots: { password, recovery: recovery.slot } };
      await writeFileAtomic(paths.nextHeader, serialiseHeader(body, header.macKey));
      // The commit point: from here on the new pair is the vault.
      await writeFileAtomic(paths.rotation, JSON.stringify({ format: ROTATION_FORMAT, version: 1, vaultId }));
    } catch (err) {
      // A journal on disk is committed even if its write then reported a failure (the
      // folder's fsync): complete the swap below. Anything less is thrown away.
      if (!(await exists(paths.rotation))) {
        await settleRotation(paths).catch(() => undefined);
        throw err;
      }
    }
    await completeRotation(paths);
    return recoveryCode;
  } finally {
    wipe(dek);
  }
}
