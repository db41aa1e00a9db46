// Migration 0002 (the audit log) on a vault that already holds version-1 data: the tables,
// indexes and guards exist afterwards and the earlier data is untouched. (Kept beside the
// audit tests; it belongs in test/vault/migrations/ once the lead moves it.)

import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migration0001 } from '../../src-main/vault/migrations/0001-initial.js';
import { migration0002 } from '../../src-main/vault/migrations/0002-audit.js';
import { migrate, schemaVersion } from '../../src-main/vault/migrations/index.js';

describe('0002-audit', () => {
  it('adds the audit tables, indexes and append-only triggers to a version-1 vault, keeping its data', () => {
    const db = new Database(':memory:');
    migrate(db, [migration0001]);
    db.prepare("INSERT INTO vault_meta (key, value) VALUES ('vault_id', 'v')").run();
    expect(migrate(db, [migration0001, migration0002])).toBe(2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare("SELECT value FROM vault_meta WHERE key = 'vault_id'").get()).toEqual({ value: 'v' });
    const names = (type: string) =>
      (db.prepare("SELECT name FROM sqlite_master WHERE type = ? AND name LIKE 'audit%' ORDER BY name").all(type) as { name: string }[]).map((r) => r.name);
    expect(names('table')).toEqual(['audit_checkpoints', 'audit_device_keys', 'audit_entries', 'audit_entry_records', 'audit_nodes']);
    expect(names('index')).toEqual(expect.arrayContaining(['audit_entries_by_action', 'audit_entries_by_time']));
    for (const table of ['audit_entries', 'audit_entry_records', 'audit_nodes', 'audit_device_keys', 'audit_checkpoints']) {
      expect(names('trigger'), table).toEqual(expect.arrayContaining([`${table}_no_update`, `${table}_no_delete`]));
    }
    // STRICT: a hash stored as text is refused, not coerced.
    expect(() => db.prepare('INSERT INTO audit_nodes VALUES (1, 0, ?)').run('not a blob')).toThrow(/cannot store TEXT/);
    db.close();
  });
});
