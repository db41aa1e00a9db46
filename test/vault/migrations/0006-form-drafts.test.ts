import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { FORM_DRAFTS_VERSION, migrationFormDrafts } from '../../../src-main/vault/migrations/0006-form-drafts.js';
import { MIGRATIONS, migrate, schemaVersion } from '../../../src-main/vault/migrations/index.js';

describe('form-drafts migration', () => {
  it('comes after every earlier migration, its version in one constant', () => {
    expect(MIGRATIONS[FORM_DRAFTS_VERSION - 1]).toBe(migrationFormDrafts);
    expect(migrationFormDrafts.version).toBe(FORM_DRAFTS_VERSION);
  });

  it('creates form_drafts as a STRICT table keyed by the form', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const cols = db.prepare("SELECT name, type, \"notnull\" AS nn, pk FROM pragma_table_info('form_drafts')").all();
    expect(cols).toEqual([
      { name: 'key', type: 'TEXT', nn: 1, pk: 1 },
      { name: 'client_id', type: 'TEXT', nn: 0, pk: 0 },
      { name: 'kind', type: 'TEXT', nn: 1, pk: 0 },
      { name: 'body', type: 'TEXT', nn: 1, pk: 0 },
      { name: 'updated_at', type: 'INTEGER', nn: 1, pk: 0 },
    ]);
    const insert = db.prepare('INSERT INTO form_drafts (key, client_id, kind, body, updated_at) VALUES (?, ?, ?, ?, ?)');
    insert.run('client:new', null, 'client', '{}', 1);
    // One row per form; STRICT refuses a wrong type rather than coercing it.
    expect(() => insert.run('client:new', null, 'client', '{}', 2)).toThrow(/UNIQUE/);
    expect(() => insert.run('plan:x', null, 'plan', '{}', 'soon')).toThrow(/cannot store TEXT/);
    expect(() => insert.run('plan:y', null, null, '{}', 1)).toThrow(/NOT NULL/);
    db.close();
  });

  it('upgrades a vault at the version before it, keeping what was there', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, FORM_DRAFTS_VERSION - 1));
    db.prepare("INSERT INTO settings VALUES ('k', '1', 1)").run();
    migrate(db);
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: '1' });
    expect(db.prepare('SELECT count(*) AS n FROM form_drafts').get()).toEqual({ n: 0 });
    db.close();
  });
});
