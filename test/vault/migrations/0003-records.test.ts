// 0003-records on a vault as it was at version 2 (settings and an audit log): the earlier data
// and the audit log are untouched, and the clinical tables arrive with the guards the records
// code relies on — signed notes, amendments and signed plans immutable, STRICT types, checks.

import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { appendEntry, logSize, rootAt } from '../../../src-main/audit/store.js';
import { recomputeLeaves } from '../../../src-main/audit/stored-leaves.js';
import { migration0003 } from '../../../src-main/vault/migrations/0003-records.js';
import { MIGRATIONS, migrate, schemaVersion } from '../../../src-main/vault/migrations/index.js';

const DEVICE = '3f2a9c4e-1b7d-4e8a-9c1f-5d6b7a8e9f01';
const ACTOR = '8c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const CLIENT = '0b8e7c4a-4b1e-4f55-9a77-2a1f0c9d5e01';
const T = Date.UTC(2026, 2, 3, 10, 0);

/** A database at version 2 with what the Alcove of that version held: vault meta, settings, audit entries. */
function vaultAtVersion2(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 2));
  expect(schemaVersion(db)).toBe(2);
  db.prepare("INSERT INTO vault_meta (key, value) VALUES ('vault_id', '5e7a0c1d-2b3f-4a5e-8c6d-7f8091a2b3c4')").run();
  db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('lock.timeoutMinutes', '15', ?)").run(T);
  db.transaction(() => {
    for (let i = 0; i < 20; i++) {
      appendEntry(db, { time: T + i * 1000, deviceId: DEVICE, actor: ACTOR, action: i % 2 ? 'vault.unlock' : 'vault.lock.timeout', recordIds: [], outcome: 'ok' });
    }
  })();
  return db;
}

const columns = (db: Database.Database, table: string) => (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string }[]).map((c) => c.name);

describe('0003-records', () => {
  it('is the third migration', () => {
    expect(MIGRATIONS[2]).toBe(migration0003);
    expect(migration0003.version).toBe(3);
  });

  it('[HIPAA 164.312(c)(1)] adds the clinical tables to a version-2 vault, keeping its settings and audit log intact', () => {
    const db = vaultAtVersion2();
    const rootBefore = rootAt(db);
    expect(migrate(db, MIGRATIONS.slice(0, 3))).toBe(3);
    expect(schemaVersion(db)).toBe(3);

    // What was there is unchanged: the audit log has the same root and every entry its hash.
    // (verifyStoredLog itself needs the signing-key table of 0007, so it cannot run at version 3.)
    expect(db.prepare('SELECT key, value FROM vault_meta').all()).toEqual([{ key: 'vault_id', value: '5e7a0c1d-2b3f-4a5e-8c6d-7f8091a2b3c4' }]);
    expect(db.prepare('SELECT key, value, updated_at FROM settings').all()).toEqual([{ key: 'lock.timeoutMinutes', value: '15', updated_at: T }]);
    expect(logSize(db)).toBe(20);
    expect(rootAt(db).equals(rootBefore)).toBe(true);
    expect(recomputeLeaves(db, 20).bad).toBeNull(); // every entry still matches its recorded hash

    // The new tables, each with the columns the records code reads.
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'audit%' AND name NOT LIKE 'search_fts_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(['client_episodes', 'client_flags', 'clients', 'contact_notes', 'measures', 'note_amendments', 'notes', 'plans', 'search_docs', 'search_fts', 'search_stale', 'settings', 'vault_meta']);
    expect(columns(db, 'clients')).toEqual(['id', 'legal_name', 'preferred_name', 'pronouns', 'dob', 'phone', 'email', 'address', 'emergency_contact', 'identifiers', 'status', 'part2', 'background', 'search_rowid', 'created_at', 'updated_at']);
    expect(columns(db, 'notes')).toEqual(['id', 'client_id', 'kind', 'template', 'sections', 'preview', 'session_date', 'duration_min', 'modality', 'service_code', 'status', 'revision', 'late_entry', 'signed_by', 'signed_at', 'content_sha256', 'search_rowid', 'created_at', 'updated_at']);
    for (const table of ['client_episodes', 'note_amendments', 'contact_notes', 'plans', 'measures', 'client_flags', 'search_docs', 'search_stale']) expect(db.prepare('SELECT count(*) AS n FROM ' + table).get(), table).toEqual({ n: 0 });
    db.close();
  });

  it('[HIPAA 164.312(c)(1)] holds a client, a signed note with its amendment and a signed plan as written, and refuses to change them', () => {
    const db = vaultAtVersion2();
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare(`INSERT INTO clients (id, legal_name, preferred_name, dob, status, created_at, updated_at) VALUES (?, 'Amara Okafor', 'Amara', '1988-04-12', 'active', ?, ?)`).run(CLIENT, T, T);
    const client = db.prepare('SELECT legal_name, preferred_name, dob, identifiers, status, part2 FROM clients WHERE id = ?').get(CLIENT);
    expect(client).toEqual({ legal_name: 'Amara Okafor', preferred_name: 'Amara', dob: '1988-04-12', identifiers: '{}', status: 'active', part2: 0 });

    const note = db.prepare(
      `INSERT INTO notes (id, client_id, kind, template, sections, preview, session_date, duration_min, modality, service_code, status, signed_by, signed_at, content_sha256, created_at, updated_at)
       VALUES (?, ?, 'progress', 'soap', ?, 'Reports better sleep', '2026-03-03', 50, 'telehealth', '90834', ?, ?, ?, ?, ?, ?)`,
    );
    const sections = JSON.stringify({ subjective: 'Reports better sleep.', objective: '', assessment: '', plan: '' });
    note.run('n-signed', CLIENT, sections, 'signed', 'Ana Reyes', T, 'ab'.repeat(32), T, T);
    note.run('n-draft', CLIENT, sections, 'draft', null, null, null, T, T);
    expect(db.prepare('SELECT id, status, revision, late_entry, signed_by, duration_min FROM notes ORDER BY id').all()).toEqual([
      { id: 'n-draft', status: 'draft', revision: 1, late_entry: 0, signed_by: null, duration_min: 50 },
      { id: 'n-signed', status: 'signed', revision: 1, late_entry: 0, signed_by: 'Ana Reyes', duration_min: 50 },
    ]);
    db.prepare('INSERT INTO note_amendments (id, note_id, text, signed_by, signed_at, content_sha256) VALUES (?, ?, ?, ?, ?, ?)').run('a-1', 'n-signed', 'Correction: 45 minutes.', 'Ana Reyes', T + 1, 'cd'.repeat(32));
    db.prepare(`INSERT INTO plans (id, client_id, version, status, content, signed_by, signed_at, content_sha256, created_at, updated_at) VALUES ('p-1', ?, 1, 'signed', '{}', 'Ana Reyes', ?, ?, ?, ?)`).run(CLIENT, T, 'ef'.repeat(32), T, T);

    // Signed records cannot be edited or deleted; a draft can.
    expect(() => db.prepare("UPDATE notes SET sections = '{}' WHERE id = 'n-signed'").run()).toThrow(/signed note is immutable/);
    expect(() => db.prepare("DELETE FROM notes WHERE id = 'n-signed'").run()).toThrow(/signed note is immutable/);
    expect(() => db.prepare("UPDATE note_amendments SET text = 'x' WHERE id = 'a-1'").run()).toThrow(/amendment is immutable/);
    expect(() => db.prepare("DELETE FROM note_amendments WHERE id = 'a-1'").run()).toThrow(/amendment is immutable/);
    expect(() => db.prepare("UPDATE plans SET content = 'x' WHERE id = 'p-1'").run()).toThrow(/signed plan is immutable/);
    expect(db.prepare("UPDATE notes SET preview = 'edited' WHERE id = 'n-draft'").run().changes).toBe(1);
    expect(db.prepare("SELECT sections, content_sha256 FROM notes WHERE id = 'n-signed'").get()).toEqual({ sections, content_sha256: 'ab'.repeat(32) });

    // Checks and STRICT types refuse bad rows instead of storing them.
    expect(() => db.prepare(`INSERT INTO clients (id, legal_name, status, created_at, updated_at) VALUES ('c2', 'X', 'archived', 0, 0)`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO clients (id, legal_name, status, part2, created_at, updated_at) VALUES ('c3', 'X', 'active', 2, 0, 0)`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO clients (id, legal_name, status, created_at, updated_at) VALUES ('c4', 'X', 'active', 'today', 0)`).run()).toThrow(/cannot store TEXT/);
    expect(() => db.prepare(`INSERT INTO notes (id, client_id, kind, template, sections, preview, session_date, status, created_at, updated_at) VALUES ('n3', ?, 'progress', 'essay', '{}', '', '2026-03-03', 'draft', 0, 0)`).run(CLIENT)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO notes (id, client_id, kind, template, sections, preview, session_date, status, created_at, updated_at) VALUES ('n4', 'no-such-client', 'progress', 'free', '{}', '', '2026-03-03', 'draft', 0, 0)`).run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`INSERT INTO plans (id, client_id, version, status, content, created_at, updated_at) VALUES ('p-2', ?, 1, 'draft', '{}', 0, 0)`).run(CLIENT)).toThrow(/UNIQUE/);
    db.close();
  });
});
