// 0004-disclosures on a vault as it was at version 3 (a client with a signed note): the
// clinical records are untouched, and the accounting of disclosures arrives append-only —
// a recorded disclosure can be read back as written and never changed or deleted.

import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migration0004 } from '../../../src-main/vault/migrations/0004-disclosures.js';
import { MIGRATIONS, migrate, schemaVersion } from '../../../src-main/vault/migrations/index.js';

const CLIENT = '0b8e7c4a-4b1e-4f55-9a77-2a1f0c9d5e01';
const NOTE = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const T = Date.UTC(2026, 4, 12, 14, 30);

/** A database at version 3 with a client and a signed note, as the Alcove of that version wrote them. */
function vaultAtVersion3(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 3));
  expect(schemaVersion(db)).toBe(3);
  db.prepare(`INSERT INTO clients (id, legal_name, dob, status, part2, created_at, updated_at) VALUES (?, 'Amara Okafor', '1988-04-12', 'active', 1, ?, ?)`).run(CLIENT, T, T);
  db.prepare(
    `INSERT INTO notes (id, client_id, kind, template, sections, preview, session_date, duration_min, status, signed_by, signed_at, content_sha256, created_at, updated_at)
     VALUES (?, ?, 'progress', 'free', '{"body":"Reports better sleep."}', 'Reports better sleep.', '2026-05-12', 50, 'signed', 'Ana Reyes', ?, ?, ?, ?)`,
  ).run(NOTE, CLIENT, T, 'ab'.repeat(32), T, T);
  return db;
}

const DISCLOSURE = {
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  client_id: CLIENT,
  disclosed_on: '2026-05-13',
  recipient_name: 'Dr. Lena Fischer, Riverside Family Medicine',
  recipient_address: '14 Elm Street, Springfield',
  description: 'Progress notes 2026-04-01 to 2026-05-12',
  purpose: 'Continuity of care',
  basis: 'consent',
  consent_id: '7f6e5d4c-3b2a-4918-8776-655443322110',
  method: 'fax',
  source: 'manual',
  recorded_by: 'Ana Reyes',
  recorded_at: T + 86_400_000,
};

function record(db: Database.Database, row: Record<string, unknown>): void {
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO disclosures (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(row);
}

describe('0004-disclosures', () => {
  it('is the fourth migration', () => {
    expect(MIGRATIONS[3]).toBe(migration0004);
    expect(migration0004.version).toBe(4);
  });

  it('[HIPAA 164.528] adds the accounting of disclosures to a version-3 vault, leaving its records as they were', () => {
    const db = vaultAtVersion3();
    const before = {
      clients: db.prepare('SELECT * FROM clients').all(),
      notes: db.prepare('SELECT * FROM notes').all(),
    };
    expect(migrate(db, MIGRATIONS.slice(0, 4))).toBe(4);
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT * FROM clients').all()).toEqual(before.clients);
    expect(db.prepare('SELECT * FROM notes').all()).toEqual(before.notes);

    expect((db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').all('disclosures') as { name: string }[]).map((c) => c.name)).toEqual(Object.keys(DISCLOSURE));
    expect(db.prepare('SELECT count(*) AS n FROM disclosures').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'disclosures' AND sql IS NOT NULL").all()).toEqual([{ name: 'disclosures_by_client' }]);
    db.close();
  });

  it('[HIPAA 164.528] keeps a recorded disclosure exactly as written, and refuses to change or delete it', () => {
    const db = vaultAtVersion3();
    migrate(db, MIGRATIONS.slice(0, 4));
    record(db, DISCLOSURE);
    record(db, { ...DISCLOSURE, id: 'd-2', disclosed_on: '2026-05-20', recipient_address: null, consent_id: null, basis: 'court order', method: 'export', source: 'export' });
    expect(db.prepare('SELECT * FROM disclosures WHERE id = ?').get(DISCLOSURE.id)).toEqual(DISCLOSURE);
    expect(db.prepare('SELECT id FROM disclosures WHERE client_id = ? ORDER BY disclosed_on').all(CLIENT)).toEqual([{ id: DISCLOSURE.id }, { id: 'd-2' }]);

    expect(() => db.prepare("UPDATE disclosures SET recipient_name = 'someone else' WHERE id = ?").run(DISCLOSURE.id)).toThrow(/disclosure records cannot be changed/);
    expect(() => db.prepare('DELETE FROM disclosures WHERE id = ?').run(DISCLOSURE.id)).toThrow(/disclosure records cannot be deleted/);
    // Nor can a client with disclosures be removed from under them.
    expect(() => db.prepare('DELETE FROM clients WHERE id = ?').run(CLIENT)).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT count(*) AS n FROM disclosures').get()).toEqual({ n: 2 });

    // Bad rows are refused, not stored: an unknown source, a missing purpose, a date as text where a time belongs, an unknown client.
    expect(() => record(db, { ...DISCLOSURE, id: 'd-3', source: 'email' })).toThrow(/CHECK/);
    expect(() => record(db, { ...DISCLOSURE, id: 'd-4', purpose: null })).toThrow(/NOT NULL/);
    expect(() => record(db, { ...DISCLOSURE, id: 'd-5', recorded_at: 'yesterday' })).toThrow(/cannot store TEXT/);
    expect(() => record(db, { ...DISCLOSURE, id: 'd-6', client_id: 'no-such-client' })).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT count(*) AS n FROM disclosures').get()).toEqual({ n: 2 });
    db.close();
  });
});
