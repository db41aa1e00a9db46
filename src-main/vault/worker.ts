// The vault worker: the one thread that holds the data key and the open database. The main
// thread sends it passwords and gets back results; the key itself never leaves this thread.

import { parentPort, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError, toWireError } from '../errors.js';
import { wipe } from '../crypto/secrets.js';
import { checkpointAndClose, openVaultDatabase, setNativeBinding } from './database.js';
import {
  createVault,
  readVerifiedHeader,
  rewritePasswordSlot,
  unwrapWithPassword,
  unwrapWithRecovery,
} from './engine.js';
import { OPS } from './ops.js';
import { ensureDeviceKey, signedCheckpoint } from '../audit/store.js';
import { appendAuditEvent, auditDetails, auditRecordIds, lockAction, type AuditEvent, type AuditIdentity } from '../audit/vault-audit.js';
import type { WorkerMethod, WorkerRequest, WorkerRequests, WorkerResponse } from './protocol.js';

interface OpenVault {
  vaultId: string;
  /** The vault's display name from the header: who records; signatures name the profile's person. */
  actor: string;
  db: Database.Database;
  dek: Buffer;
  /** This device's signing key and the vault identity every audit entry carries. */
  audit: AuditIdentity;
}

let current: OpenVault | null = null;

// Under Electron the database module is a separate build for Electron's ABI (VaultWorkerClient).
const binding = (workerData as { nativeBinding?: unknown } | null)?.nativeBinding;
if (typeof binding === 'string') setNativeBinding(binding);

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
  const { db, dek, audit: who } = current;
  current = null;
  let failure: unknown = null;
  try {
    if (lock) {
      // The lock is in the log, and the log's state at this instant is signed by the device.
      db.transaction(() => {
        appendAuditEvent(db, who, { time: lock.now, action: lockAction(lock.reason), outcome: 'ok' });
        signedCheckpoint(db, who.key, lock.now);
      }).immediate();
    }
  } catch (err) {
    failure = err;
  }
  try {
    checkpointAndClose(db);
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
  if (failure) throw failure;
}

function wrongPassword(): AlcoveError {
  return new AlcoveError('WRONG_PASSWORD', 'Wrong password.');
}

type Handlers = { [M in WorkerMethod]: (args: WorkerRequests[M]['args']) => Promise<WorkerRequests[M]['result']> };

const handlers: Handlers = {
  async create(a) {
    const secretKey = buf(a.secretKey);
    const recoveryCode = buf(a.recoveryCode);
    try {
      await createVault({ ...a, secretKey, recoveryCode, now: new Date(a.now) });
      return null;
    } finally {
      wipe(secretKey, recoveryCode);
    }
  },

  async unlock(a) {
    if (current) throw new AlcoveError('VAULT_ALREADY_UNLOCKED', 'A vault is already open. Lock it first.');
    const secretKey = buf(a.secretKey);
    try {
      const header = await readVerifiedHeader(a.paths, secretKey, a.source);
      wipe(header.macKey);
      const dek = await unwrapWithPassword(header.body, a.password, secretKey);
      if (!dek) throw wrongPassword();
      const opened = openWith(a.paths.database, header.body.vaultId, header.body.displayName, dek, a.now);
      audit([...a.pending, { time: a.now, action: 'vault.unlock', outcome: 'ok' }]);
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
      const header = await readVerifiedHeader(a.paths, secretKey, a.source);
      dek = unwrapWithRecovery(header.body, a.recoveryCode);
      if (!dek) throw new AlcoveError('WRONG_RECOVERY_CODE', 'Wrong recovery code.');
      // Prove the database opens before replacing the password, then keep it open.
      const opened = openWith(a.paths.database, header.body.vaultId, header.body.displayName, Buffer.from(dek), a.now);
      try {
        await rewritePasswordSlot(a.paths, header, dek, a.newPassword, secretKey);
        audit([...a.pending, { time: a.now, action: 'vault.recover', outcome: 'ok' }]);
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
    const secretKey = buf(a.secretKey);
    let dek: Buffer | null = null;
    try {
      const header = await readVerifiedHeader(a.paths, secretKey, a.source);
      try {
        dek = await unwrapWithPassword(header.body, a.oldPassword, secretKey);
        if (!dek) throw wrongPassword();
        await rewritePasswordSlot(a.paths, header, dek, a.newPassword, secretKey);
      } finally {
        wipe(header.macKey);
      }
      return null;
    } finally {
      wipe(secretKey, dek);
    }
  },

  async verifyHeader(a) {
    const secretKey = buf(a.secretKey);
    try {
      wipe((await readVerifiedHeader(a.paths, secretKey, a.source)).macKey);
      return null;
    } finally {
      wipe(secretKey);
    }
  },

  async lock(a) {
    closeCurrent({ reason: a.reason ?? 'manual', now: a.now ?? Date.now() });
    return null;
  },

  async auditEvent(a) {
    if (!current) throw new AlcoveError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    audit([a.event]);
    return null;
  },

  async status() {
    return { open: current !== null, vaultId: current?.vaultId ?? null, databaseOpen: current?.db.open ?? false };
  },

  async op(a) {
    if (!current) throw new AlcoveError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    const fn = OPS[a.name];
    if (!fn) throw new AlcoveError('UNKNOWN_METHOD', 'Unknown vault operation.');
    const { db, actor, audit: who } = current;
    const ctx = { now: a.now, actor, device: who.key };
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
      // Refused or failed: nothing changed, and the attempt is still on the record.
      if (a.audit) {
        const outcome = err instanceof AlcoveError ? err.code : 'INTERNAL';
        audit([{ time: a.now, action: a.audit.action, outcome, recordIds: auditRecordIds(a.name, a.input, null) }]);
      }
      throw err;
    }
  },
};

function openWith(file: string, vaultId: string, displayName: string, dek: Buffer, now: number): { vaultId: string; displayName: string } {
  try {
    const db = openVaultDatabase(file, dek);
    let key;
    try {
      key = db.transaction(() => ensureDeviceKey(db, now)).immediate();
    } catch (err) {
      db.close();
      throw err;
    }
    current = { vaultId, actor: displayName, db, dek, audit: { key, actor: vaultId } };
    return { vaultId, displayName };
  } catch (err) {
    wipe(dek);
    throw err;
  }
}

// Requests run one at a time, in order: a lock that arrives behind a write waits for it.
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (req: WorkerRequest) => {
  queue = queue.then(async () => {
    let response: WorkerResponse;
    try {
      const handler = handlers[req.method] as (args: unknown) => Promise<unknown>;
      response = { id: req.id, ok: true, value: await handler(req.args) };
    } catch (err) {
      response = { id: req.id, ok: false, error: toWireError(err) };
    }
    parentPort?.postMessage(response);
  });
});
