// How the vault writes its audit log: which pseudonymous ids an operation touched (never a
// name, never content), and the entry appended in the same transaction as the change. Runs
// inside the vault worker.

import type Database from 'better-sqlite3-multiple-ciphers';
import { appendEntry, type DeviceKey } from './store.js';
import { OPAQUE_ID, MAX_RECORD_IDS } from './entry.js';
import { isAuditAction, type AuditAction } from './actions.js';

export interface AuditIdentity {
  key: DeviceKey;
  /** The practitioner's vault identity (the vault id: one vault, one practitioner). */
  actor: string;
}

export interface AuditEvent {
  time: number;
  action: AuditAction;
  outcome: string;
  recordIds?: string[];
  details?: Record<string, number>;
}

const ID_KEY = /^(client|note|plan|flag|amendment|contact|measure|disclosure|record)Id$/;

function collect(value: unknown, out: Set<string>): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (ID_KEY.test(k) && typeof v === 'string' && OPAQUE_ID.test(v)) out.add(v);
  }
}

/** The records an operation read or changed: ids from its input and its result. */
export function auditRecordIds(op: string, input: unknown, output: unknown): string[] {
  const ids = new Set<string>();
  collect(input, ids);
  if (op === 'clients.list' && Array.isArray(output)) for (const c of output) collect(c, ids);
  else if (op === 'search.query' && output && typeof output === 'object') {
    for (const h of (output as { hits?: unknown[] }).hits ?? []) collect(h, ids);
  } else collect(output, ids);
  return [...ids].slice(0, MAX_RECORD_IDS);
}

/** Counts worth keeping (how many results a search or list showed); never what was asked. */
export function auditDetails(op: string, output: unknown): Record<string, number> | undefined {
  if (op === 'clients.list' && Array.isArray(output)) return { resultCount: output.length };
  if (op === 'search.query' && output && typeof output === 'object') return { resultCount: ((output as { hits?: unknown[] }).hits ?? []).length };
  return undefined;
}

/** Append one entry; the caller's transaction makes it atomic with the change it describes. */
export function appendAuditEvent(db: Database.Database, who: AuditIdentity, e: AuditEvent): void {
  appendEntry(db, {
    time: e.time,
    deviceId: who.key.deviceId,
    actor: who.actor,
    action: e.action,
    recordIds: e.recordIds ?? [],
    outcome: e.outcome,
    ...(e.details && Object.keys(e.details).length ? { details: e.details } : {}),
  });
}

/** Lock reasons as audit actions (vault.lock.timeout, vault.lock.screenLock, …). */
export function lockAction(reason: string): AuditAction {
  const camel = reason.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()).replace(/[^a-zA-Z]/g, '');
  const action = `vault.lock.${camel}`;
  // A reason with no action of its own is on the record as a plain lock.
  return isAuditAction(action) ? action : 'vault.lock.manual';
}
