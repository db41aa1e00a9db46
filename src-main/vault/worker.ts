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
import type { WorkerMethod, WorkerRequest, WorkerRequests, WorkerResponse } from './protocol.js';

interface OpenVault {
  vaultId: string;
  /** The practitioner's name from the header: who signs what is signed in this vault. */
  actor: string;
  db: Database.Database;
  dek: Buffer;
}

let current: OpenVault | null = null;

// Under Electron the database module is a separate build for Electron's ABI (VaultWorkerClient).
const binding = (workerData as { nativeBinding?: unknown } | null)?.nativeBinding;
if (typeof binding === 'string') setNativeBinding(binding);

function buf(u: Uint8Array): Buffer {
  return Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

function closeCurrent(): void {
  if (!current) return;
  const { db, dek } = current;
  current = null;
  try {
    checkpointAndClose(db);
  } finally {
    wipe(dek);
  }
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
      return openWith(a.paths.database, header.body.vaultId, header.body.displayName, dek);
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
      const opened = openWith(a.paths.database, header.body.vaultId, header.body.displayName, Buffer.from(dek));
      try {
        await rewritePasswordSlot(a.paths, header, dek, a.newPassword, secretKey);
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

  async lock() {
    closeCurrent();
    return null;
  },

  async status() {
    return { open: current !== null, vaultId: current?.vaultId ?? null, databaseOpen: current?.db.open ?? false };
  },

  async op(a) {
    if (!current) throw new AlcoveError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    const fn = OPS[a.name];
    if (!fn) throw new AlcoveError('UNKNOWN_METHOD', 'Unknown vault operation.');
    const { db, actor } = current;
    const ctx = { now: a.now, actor };
    return db.transaction(() => fn(db, a.input as never, ctx)).immediate();
  },
};

function openWith(file: string, vaultId: string, displayName: string, dek: Buffer): { vaultId: string; displayName: string } {
  try {
    const db = openVaultDatabase(file, dek);
    current = { vaultId, actor: displayName, db, dek };
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
