// Messages between the main thread and the vault worker. Requests carry an id; the worker
// answers each once, with a value or a wire error (never a stack).

import type { WireError } from '../errors.js';
import type { AuditEvent } from '../audit/vault-audit.js';
import type { KdfCost } from '../crypto/kdf.js';
import type { SecretKeySource } from './engine.js';
import type { VaultPaths } from './paths.js';
import type { OpName } from './ops.js';
import type { AuditAction } from '../audit/actions.js';

export interface WorkerRequests {
  create: {
    args: { paths: VaultPaths; vaultId: string; displayName: string; password: string; secretKey: Uint8Array; recoveryCode: Uint8Array; signingKey: Uint8Array; kdfCost: KdfCost; now: number };
    result: null;
  };
  unlock: {
    args: { paths: VaultPaths; password: string; secretKey: Uint8Array; source: SecretKeySource; now: number; pending: AuditEvent[]; kdfFloor: KdfCost } & AuditKeys;
    result: { vaultId: string; displayName: string };
  };
  recover: {
    args: { paths: VaultPaths; recoveryCode: string; newPassword: string; secretKey: Uint8Array; source: SecretKeySource; now: number; pending: AuditEvent[]; kdfFloor: KdfCost } & AuditKeys;
    result: { vaultId: string; displayName: string };
  };
  /**
   * Replace the password slot; with rotateDataKey, re-encrypt the database under a new data
   * key and rewrite both slots (the vault must be closed), and return the new recovery code.
   */
  changePassword: {
    args: { paths: VaultPaths; oldPassword: string; newPassword: string; secretKey: Uint8Array; source: SecretKeySource; kdfFloor: KdfCost; rotateDataKey?: boolean };
    result: { recoveryCode: string } | null;
  };
  /**
   * Prove the password, then replace the recovery slot with one for a new recovery code
   * (made here, so it exists only in this thread until it is printed). The old code stops
   * working.
   */
  newRecoveryCode: {
    args: { paths: VaultPaths; password: string; secretKey: Uint8Array; source: SecretKeySource; kdfFloor: KdfCost };
    result: { recoveryCode: string };
  };
  /**
   * Prove a password or a recovery code: unwrap the data key and wipe it at once, keep
   * nothing open. Deleting a vault asks for this first (issue 12).
   */
  proveSecret: {
    args: { paths: VaultPaths; secretKey: Uint8Array; source: SecretKeySource } & SecretProof;
    result: null;
  };
  /** Close the open vault; with a reason, the lock is audited and a checkpoint signed first. */
  lock: { args: { reason?: string; now?: number }; result: null };
  /** A standalone audit entry on the open vault (events with no change of their own). */
  auditEvent: { args: { event: AuditEvent }; result: null };
  /** The witness files of the open vault changed (a folder added or removed in Settings). */
  setWitnesses: { args: { witnesses: string[] }; result: null };
  status: { args: Record<string, never>; result: { open: boolean; vaultId: string | null; databaseOpen: boolean } };
  /** A domain operation on the open database (see ops.ts). */
  op: { args: { name: OpName; input: unknown; now: number; audit?: { action: AuditAction } }; result: unknown };
}

/**
 * What an open vault signs with and where its checkpoints go (issue 12): the signing key from
 * the key store (PKCS#8 DER, held by the worker only while the vault is open), and the witness
 * files outside the vault folder that every checkpoint is appended to and verified against.
 */
export interface AuditKeys {
  signingKey: Uint8Array;
  witnesses: string[];
}

/** What proves the person asking holds the vault: exactly one of its two secrets. */
export type SecretProof = { password: string } | { recoveryCode: string };

export type WorkerMethod = keyof WorkerRequests;

export interface WorkerRequest<M extends WorkerMethod = WorkerMethod> {
  id: number;
  method: M;
  args: WorkerRequests[M]['args'];
}

export type WorkerResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };
