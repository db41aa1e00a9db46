// The vault worker: the one thread that holds the data key and the open database. The main
// thread sends it passwords and gets back results; the key itself never leaves this thread.

import { parentPort, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError, toWireError } from '../errors.js';
import { wipe } from '../crypto/secrets.js';
import { assertMeetsFloor, type KdfCost } from '../crypto/kdf.js';
import { checkPagesOf, checkpointAndClose, databaseCorrupt, isSqliteCorruption, openVaultDatabase, pageCheckUnits, setNativeBinding } from './database.js';
import {
  createVault,
  readVerifiedHeader,
  rewritePasswordSlot,
  rewriteRecoverySlot,
  rotateDataKey,
  settleRotation,
  unwrapWithPassword,
  unwrapWithRecovery,
} from './engine.js';
import { isOpName, OPS, type WorkerOp } from './ops.js';
import { adoptSigningKey, signedCheckpoint, signingKeyFromDer } from '../audit/store.js';
import { appendWitness } from '../audit/witness.js';
import type { SignedCheckpoint } from '../audit/checkpoint.js';
import { appendAuditEvent, auditDetails, auditRecordIds, lockAction, type AuditEvent, type AuditIdentity } from '../audit/vault-audit.js';
import type { SecretKeySource, VerifiedHeader } from './engine.js';
import type { VaultPaths } from './paths.js';
import type { WorkerMethod, WorkerRequest, WorkerRequests, WorkerResponse } from './protocol.js';

interface OpenVault {
  vaultId: string;
  /** The vault's display name from the header: who records; signatures name the profile's person. */
  actor: string;
  db: Database.Database;
  dek: Buffer;
  /** This device's signing key and the vault identity every audit entry carries. */
  audit: AuditIdentity;
  /** Set when a damaged page was found: from then on every call answers DATABASE_CORRUPT. */
  corrupt: boolean;
  /** The witness files every checkpoint is appended to (outside the vault folder). */
  witnesses: string[];
}

let current: OpenVault | null = null;

// Under Electron the database module is a separate build for Electron's ABI (VaultWorkerClient).
const binding = (workerData as { nativeBinding?: unknown } | null)?.nativeBinding;
if (typeof binding === 'string') setNativeBinding(binding);

/**
 * Append a checkpoint to every witness file. Never throws: a witness folder that is gone (an
 * unplugged backup drive) must not stop a lock or an export; verification then simply has one
 * witness fewer to check against.
 */
function witness(vault: { vaultId: string; audit: AuditIdentity; witnesses: string[] }, cp: SignedCheckpoint): void {
  for (const file of vault.witnesses) {
    try {
      appendWitness(file, vault.vaultId, cp, vault.audit.key.publicKeyRaw);
    } catch {
      // See above.
    }
  }
}

function buf(u: Uint8Array): Buffer {
  return Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

/** Append audit entries in their own transaction (events that change nothing else). */
function audit(events: AuditEvent[]): void {
  if (!current || events.length === 0) return;
  const { db, audit: who } = current;
  db.transaction(() => {
    for (const e of events) appendAuditEvent(db, who, e);
  }).immediate();
}

/**
 * Close the open vault. The vault is forgotten first, so nothing can use the key from here
 * on whatever fails; then the lock is audited and a checkpoint signed (when asked), the WAL
 * checkpointed and the database closed, and the key overwritten in every path. A failure is
 * rethrown after the wipe: main then stops this thread, since a connection that did not close
 * still holds SQLCipher's own copy of the key.
 */
function closeCurrent(lock?: { reason: string; now: number }): void {
  if (!current) return;
  const closing = current;
  const { db, dek, audit: who, corrupt: wasCorrupt } = closing;
  current = null;
  pageCheck = null;
  let failure: unknown = null;
  try {
    // A damaged database is written no more (its bytes stay as they are for a restore).
    if (lock && !wasCorrupt) {
      // The lock is in the log, and the log's state at this instant is signed by the device.
      const cp = db
        .transaction(() => {
          appendAuditEvent(db, who, { time: lock.now, action: lockAction(lock.reason), outcome: 'ok' });
          return signedCheckpoint(db, who.key, lock.now);
        })
        .immediate();
      witness(closing, cp);
    }
  } catch (err) {
    failure = err;
  }
  try {
    if (wasCorrupt) db.close();
    else checkpointAndClose(db);
  } catch (err) {
    failure ??= err;
    try {
      if (db.open) db.close();
    } catch {
      // Main terminates this thread: its memory, SQLCipher's key copy included, goes with it.
    }
  } finally {
    wipe(dek);
  }
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what the close path threw, unchanged (narrowed from unknown to {} by the truthiness check)
  if (failure) throw failure;
}

function wrongPassword(): AlcoveError {
  return new AlcoveError('WRONG_PASSWORD', 'Wrong password.');
}

function wrongRecoveryCode(): AlcoveError {
  return new AlcoveError('WRONG_RECOVERY_CODE', 'Wrong recovery code.');
}

/**
 * Prove a password against the vault's header (a half-done rotation settled first; the
 * header's Argon2 costs checked against the floor before they run) and run `then` with the
 * header and the data key. Every secret is wiped afterwards, whatever `then` does.
 */
async function withPasswordKey<T>(
  a: { paths: VaultPaths; secretKey: Uint8Array; source: SecretKeySource; kdfFloor: KdfCost },
  password: string,
  then: (header: VerifiedHeader, dek: Buffer, secretKey: Buffer) => Promise<T>,
): Promise<T> {
  const secretKey = buf(a.secretKey);
  let dek: Buffer | null = null;
  try {
    await settleRotation(a.paths);
    const header = await readVerifiedHeader(a.paths, secretKey, a.source);
    try {
      assertMeetsFloor(header.body.slots.password.kdf, a.kdfFloor);
      dek = await unwrapWithPassword(header.body, password, secretKey);
      if (!dek) throw wrongPassword();
      return await then(header, dek, secretKey);
    } finally {
      wipe(header.macKey);
    }
  } finally {
    wipe(secretKey, dek);
  }
}

type Handlers = { [M in WorkerMethod]: (args: WorkerRequests[M]['args']) => Promise<WorkerRequests[M]['result']> };

const handlers: Handlers = {
  async create(a) {
    const secretKey = buf(a.secretKey);
    const recoveryCode = buf(a.recoveryCode);
    try {
      await createVault({ ...a, secretKey, recoveryCode, signingKey: buf(a.signingKey), now: new Date(a.now) });
      return null;
    } finally {
      wipe(secretKey, recoveryCode, a.signingKey);
    }
  },

  async unlock(a) {
    if (current) throw new AlcoveError('VAULT_ALREADY_UNLOCKED', 'A vault is already open. Lock it first.');
    const secretKey = buf(a.secretKey);
    try {
      // A data-key rotation killed half-way is completed or undone before the header is read.
      await settleRotation(a.paths);
      const header = await readVerifiedHeader(a.paths, secretKey, a.source);
      wipe(header.macKey);
      assertMeetsFloor(header.body.slots.password.kdf, a.kdfFloor);
      const dek = await unwrapWithPassword(header.body, a.password, secretKey);
      if (!dek) throw wrongPassword();
      const { opened, moved } = openWith(a.paths.database, header.body.vaultId, header.body.displayName, dek, a);
      audit([...a.pending, ...moved, { time: a.now, action: 'vault.unlock', outcome: 'ok' }]);
      return opened;
    } finally {
      wipe(secretKey);
    }
  },

  async recover(a) {
    if (current) throw new AlcoveError('VAULT_ALREADY_UNLOCKED', 'A vault is already open. Lock it first.');
    const secretKey = buf(a.secretKey);
    let dek: Buffer | null = null;
    try {
      // A data-key rotation killed half-way is completed or undone before the header is read.
      await settleRotation(a.paths);
      const header = await readVerifiedHeader(a.paths, secretKey, a.source);
      // The new password slot keeps the vault's costs: never below the floor.
      assertMeetsFloor(header.body.slots.password.kdf, a.kdfFloor);
      dek = unwrapWithRecovery(header.body, a.recoveryCode);
      if (!dek) throw wrongRecoveryCode();
      // Prove the database opens before replacing the password, then keep it open.
      const { opened, moved } = openWith(a.paths.database, header.body.vaultId, header.body.displayName, Buffer.from(dek), a);
      try {
        await rewritePasswordSlot(a.paths, header, dek, a.newPassword, secretKey);
        audit([...a.pending, ...moved, { time: a.now, action: 'vault.recover', outcome: 'ok' }]);
      } catch (err) {
        closeCurrent();
        throw err;
      } finally {
        wipe(header.macKey);
      }
      return opened;
    } finally {
      wipe(secretKey, dek);
    }
  },

  async changePassword(a) {
    if (a.rotateDataKey && current?.db.name === a.paths.database) {
      wipe(buf(a.secretKey));
      throw new AlcoveError('VAULT_ALREADY_UNLOCKED', 'The vault must be locked while its data key is replaced.');
    }
    return withPasswordKey(a, a.oldPassword, async (header, dek, secretKey) => {
      if (a.rotateDataKey) return { recoveryCode: await rotateDataKey(a.paths, header, dek, a.newPassword, secretKey) };
      await rewritePasswordSlot(a.paths, header, dek, a.newPassword, secretKey);
      return null;
    });
  },

  async newRecoveryCode(a) {
    return withPasswordKey(a, a.password, async (header, dek) => ({ recoveryCode: await rewriteRecoverySlot(a.paths, header, dek) }));
  },

  async proveSecret(a) {
    const secretKey = buf(a.secretKey);
    let dek: Buffer | null = null;
    try {
      await settleRotation(a.paths);
      const header = await readVerifiedHeader(a.paths, secretKey, a.source);
      wipe(header.macKey);
      if ('password' in a) {
        dek = await unwrapWithPassword(header.body, a.password, secretKey);
        if (!dek) throw wrongPassword();
      } else {
        dek = unwrapWithRecovery(header.body, a.recoveryCode);
        if (!dek) throw wrongRecoveryCode();
      }
      return null;
    } finally {
      wipe(secretKey, dek);
    }
  },

  async lock(a) {
    closeCurrent({ reason: a.reason ?? 'manual', now: a.now ?? Date.now() });
    return null;
  },

  async auditEvent(a) {
    if (!current) throw new AlcoveError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    if (current.corrupt) throw databaseCorrupt();
    audit([a.event]);
    return null;
  },

  async setWitnesses(a) {
    if (!current) throw new AlcoveError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    current.witnesses = [...a.witnesses];
    return null;
  },

  async status() {
    return { open: current !== null, vaultId: current?.vaultId ?? null, databaseOpen: current?.db.open ?? false };
  },

  async op(a) {
    if (!current) throw new AlcoveError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    if (current.corrupt) throw databaseCorrupt();
    // Typed on the main side; checked here too, since a message is only bytes.
    if (!isOpName(a.name)) throw new AlcoveError('UNKNOWN_METHOD', 'Unknown vault operation.');
    const fn: WorkerOp = OPS[a.name];
    const open = current;
    const { db, actor, audit: who } = open;
    const ctx = { now: a.now, actor, device: who.key, vaultId: open.vaultId, witnesses: open.witnesses, witness: (cp: SignedCheckpoint) => witness(open, cp) };
    try {
      // The change and its audit entry commit together, or not at all.
      return db
        .transaction(() => {
          const out = fn(db, a.input as never, ctx);
          if (a.audit) {
            const details = auditDetails(a.name, out);
            appendAuditEvent(db, who, { time: a.now, action: a.audit.action, outcome: 'ok', recordIds: auditRecordIds(a.name, a.input, out), ...(details ? { details } : {}) });
          }
          return out;
        })
        .immediate();
    } catch (err) {
      if (isSqliteCorruption(err)) {
        current.corrupt = true;
        throw databaseCorrupt();
      }
      // Refused or failed: nothing changed, and the attempt is still on the record.
      if (a.audit) {
        const outcome = err instanceof AlcoveError ? err.code : 'INTERNAL';
        audit([{ time: a.now, action: a.audit.action, outcome, recordIds: auditRecordIds(a.name, a.input, null) }]);
      }
      throw err;
    }
  },
};

/**
 * Open the database and take the signing key handed over from the key store. A key the vault
 * has not seen (the first unlock after the key moved out of the database, or a key store that
 * lost it) is registered beside the older public keys, and the move is returned as an audit
 * event to enter with the unlock.
 */
function openWith(
  file: string,
  vaultId: string,
  displayName: string,
  dek: Buffer,
  a: { now: number; signingKey: Uint8Array; witnesses: string[] },
): { opened: { vaultId: string; displayName: string }; moved: AuditEvent[] } {
  try {
    const privateKey = signingKeyFromDer(a.signingKey);
    wipe(a.signingKey);
    const db = openVaultDatabase(file, dek);
    let adopted;
    try {
      adopted = db.transaction(() => adoptSigningKey(db, privateKey, a.now)).immediate();
    } catch (err) {
      db.close();
      throw err;
    }
    current = { vaultId, actor: displayName, db, dek, audit: { key: adopted.key, actor: vaultId }, corrupt: false, witnesses: [...a.witnesses] };
    startPageCheck(current);
    return { opened: { vaultId, displayName }, moved: adopted.moved ? [{ time: a.now, action: 'audit.signingKey.move', outcome: 'ok' }] : [] };
  } catch (err) {
    wipe(dek);
    throw err;
  }
}

/**
 * Every page of the open vault is read once soon after unlock, one b-tree at a time and only
 * while no call is waiting, so the clinician is never kept waiting for it. Opening checks the
 * first page and the size; this finds a damaged page anywhere else before a read trips on it.
 */
let pageCheck: { vault: OpenVault; units: string[] } | null = null;
const PAGE_CHECK_PAUSE_MS = 5;

function startPageCheck(vault: OpenVault): void {
  pageCheck = { vault, units: pageCheckUnits(vault.db) };
  schedulePageCheck();
}

function schedulePageCheck(): void {
  setTimeout(stepPageCheck, PAGE_CHECK_PAUSE_MS).unref();
}

function stepPageCheck(): void {
  const check = pageCheck;
  if (!check || check.vault !== current) return;
  if (inFlight > 0) return schedulePageCheck();
  const unit = check.units.shift();
  if (unit === undefined) {
    pageCheck = null;
    return;
  }
  try {
    checkPagesOf(check.vault.db, unit);
  } catch (err) {
    if (isSqliteCorruption(err)) {
      check.vault.corrupt = true;
      pageCheck = null;
      return;
    }
    // Anything else (a b-tree gone meanwhile) is not this check's to judge.
  }
  schedulePageCheck();
}

// Requests run one at a time, in order: a lock that arrives behind a write waits for it.
let queue: Promise<void> = Promise.resolve();
/** Requests received and not yet answered (the page check runs only when there are none). */
let inFlight = 0;

parentPort?.on('message', (req: WorkerRequest) => {
  inFlight += 1;
  queue = queue.then(async () => {
    let response: WorkerResponse;
    try {
      const handler = handlers[req.method] as (args: unknown) => Promise<unknown>;
      response = { id: req.id, ok: true, value: await handler(req.args) };
    } catch (err) {
      // Damage found by any call, whenever: the same typed answer, with the advice to restore.
      response = { id: req.id, ok: false, error: toWireError(isSqliteCorruption(err) ? databaseCorrupt() : err) };
    }
    inFlight -= 1;
    parentPort?.postMessage(response);
  });
});
