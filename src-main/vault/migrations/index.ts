// The ordered list of schema migrations. All pending ones run in one transaction and set
// `user_version`; a vault whose version is ahead of this list is refused, untouched.

import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../../errors.js';
import { migration0001 } from './0001-initial.js';
import { migration0002 } from './0002-audit.js';
import { migration0003 } from './0003-records.js';
import { migration0004 } from './0004-disclosures.js';
import { migration0005 } from './0005-profile.js';
import { migrationFormDrafts } from './0006-form-drafts.js';
import { migrationSigningKeyOutside } from './0007-signing-key-outside.js';

export interface Migration {
  version: number;
  name: string;
  up: string;
}

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migrationFormDrafts, migrationSigningKeyOutside];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuse a database written by a newer Alcove; read-only, changes nothing. */
export function assertNotNewer(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const version = schemaVersion(db);
  if (version > migrations.length) {
    throw new AlcoveError(
      'VAULT_FROM_NEWER_VERSION',
      `This vault was written by a newer version of Alcove (schema ${version}, this version knows ${migrations.length}). Update Alcove to open it; nothing was changed.`,
    );
  }
}

export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  assertNotNewer(db, migrations);
  const from = schemaVersion(db);
  const pending = migrations.slice(from);
  if (pending.length === 0) return from;
  db.transaction(() => {
    for (const [i, m] of pending.entries()) {
      if (m.version !== from + i + 1) throw new Error(`migration ${m.name} is out of order`);
      db.exec(m.up);
    }
    db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
  return migrations.length;
}
