// Audit test fixtures: a migrated in-memory vault database, and entries that look like a
// day in a practice (ids only, as the real ones are).

import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach } from 'vitest';
import type { AuditEntry } from '../../src-main/audit/entry.js';
import { adoptSigningKey, appendEntry, newSigningKey, signingKeyFromDer, type DeviceKey } from '../../src-main/audit/store.js';
import { migrate } from '../../src-main/vault/migrations/index.js';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

export function auditDb(): Database.Database {
  const db = new Database(':memory:');
  migrate(db);
  open.push(db);
  return db;
}

export const DEVICE = '3f2a9c4e-1b7d-4e8a-9c1f-5d6b7a8e9f01';
export const ACTOR = '8c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const CLIENTS = Array.from({ length: 12 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const ACTIONS = ['client.read', 'note.sign', 'search.query', 'vault.unlock', 'note.amend', 'export.create'] as const;
export const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

export function sampleEntry(i: number, deviceId = DEVICE): AuditEntry {
  const action = ACTIONS[i % ACTIONS.length] as string;
  const entry: AuditEntry = {
    time: T0 + i * 60_000,
    deviceId,
    actor: ACTOR,
    action,
    recordIds: action === 'search.query' || action === 'vault.unlock' ? [] : [CLIENTS[i % CLIENTS.length] as string],
    outcome: i % 17 === 5 ? 'NOT_FOUND' : 'ok',
  };
  if (action === 'search.query') entry.details = { resultCount: i % 9 };
  return entry;
}

/** Append n sample entries, each in its own transaction as the dispatcher will. */
export function fill(db: Database.Database, n: number, from = 0, deviceId = DEVICE): void {
  const one = db.transaction((i: number) => appendEntry(db, sampleEntry(i, deviceId)));
  for (let i = from; i < from + n; i++) one(i);
}


/** A fresh signing key registered as this database's (as the key store hands one over at unlock). */
export function deviceKey(db: Database.Database, now: number): DeviceKey {
  return adoptSigningKey(db, signingKeyFromDer(newSigningKey()), now).key;
}
