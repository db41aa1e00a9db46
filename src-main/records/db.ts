// Small helpers for the record operations that run in the vault worker: a per-connection
// cache of prepared statements (preparing is a large share of a small query's cost), ids,
// hashing, and the context every operation receives.

import { createHash, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../errors.js';
import { canonicalJson } from '../vault/header.js';
import type { DeviceKey } from '../audit/store.js';
import type { SignedCheckpoint } from '../audit/checkpoint-schema.js';

export interface OpContext {
  now: number;
  /**
   * The open vault's display name: who recorded what is recorded (contact notes,
   * disclosures). Signatures name a person instead, from the practitioner profile.
   */
  actor: string;
  /** This device's audit signing key (for checkpoints and exports). */
  device?: DeviceKey;
  /** The open vault's id (witness files name it). */
  vaultId?: string;
  /** The open vault's witness files (audit/witness.ts), outside the vault folder. */
  witnesses?: readonly string[];
  /** Append a checkpoint just signed to every witness file (never throws). */
  witness?: (checkpoint: SignedCheckpoint) => void;
}

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function stmt(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}

export const newId = (): string => randomUUID();

export function sha256(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

export function notFound(what: string): AlcoveError {
  return new AlcoveError('NOT_FOUND', `That ${what} does not exist in this vault.`);
}

export function todayIso(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}
