// The live verify's fast loop (stored-leaves.ts) remembers strings it has seen pass and encodes
// into one scratch buffer: it must recompute exactly the leaves encodeEntry would, and a row it
// cannot vouch for must still be judged by the schema, whatever it saw before.

import { describe, expect, it } from 'vitest';
import { encodeEntry, type AuditEntry } from '../../src-main/audit/entry.js';
import { HASH_SIZE, leafHash } from '../../src-main/audit/merkle.js';
import { appendEntry } from '../../src-main/audit/store.js';
import { recomputeLeaves } from '../../src-main/audit/stored-leaves.js';
import { ACTOR, auditDb, CLIENTS, DEVICE, sampleEntry, T0 } from './fixtures.js';

/** Entries of every shape: no ids, one, many (up to 40), several details, the same strings again and again. */
function variedEntry(i: number): AuditEntry {
  const base = sampleEntry(i);
  if (i % 5 === 1) base.recordIds = CLIENTS.slice(0, 1 + (i % CLIENTS.length));
  if (i % 7 === 3) base.recordIds = Array.from({ length: 40 }, (_, k) => `10000000-0000-4000-8000-${String(i * 100 + k).padStart(12, '0')}`);
  if (i % 4 === 2) base.details = { resultCount: i, attempts: i % 3, zeta: 2 ** 31 - 1 };
  if (i % 11 === 0) base.time = 0;
  return base;
}

function logOf(entries: AuditEntry[]) {
  const db = auditDb();
  db.transaction(() => entries.forEach((e) => appendEntry(db, e)))();
  for (const t of ['audit_entries_no_update']) db.exec(`DROP TRIGGER ${t}`);
  return db;
}

describe('recomputing the stored leaves', () => {
  it('gives exactly the leaves encodeEntry gives, for entries of every shape', () => {
    const entries = Array.from({ length: 120 }, (_, i) => variedEntry(i));
    const db = logOf(entries);
    const { leaves, bad } = recomputeLeaves(db, entries.length);
    expect(bad).toBeNull();
    expect(leaves.equals(Buffer.concat(entries.map((e) => leafHash(encodeEntry(e)))))).toBe(true);
  });

  it('reads details stored in any key order, as the encoding sorts them', () => {
    const entry: AuditEntry = { time: T0, deviceId: DEVICE, actor: ACTOR, action: 'search.query', recordIds: [], outcome: 'ok', details: { resultCount: 2, attempts: 1 } };
    const db = logOf([entry, entry]);
    db.exec(`UPDATE audit_entries SET details = '{"resultCount":2,"attempts":1}' WHERE seq = 1`);
    const { leaves, bad } = recomputeLeaves(db, 2);
    expect(bad).toBeNull();
    expect(leaves.subarray(HASH_SIZE).equals(leafHash(encodeEntry(entry)))).toBe(true);
  });

  // Each edit comes after rows that taught the loop the same strings are fine.
  const invalid: [string, string][] = [
    ['an action that is not an action name', `action = 'Client Read'`],
    ['a repeated record id', `record_ids = '${CLIENTS[0]} ${CLIENTS[0]}'`],
    ['a record id that is a name', `record_ids = 'Jane Doe'`],
    ['a doubled space between ids', `record_ids = '${CLIENTS[0]}  ${CLIENTS[1]}'`],
    ['unreadable details', `details = '{"resultCount":'`],
    ['details with a word for a count', `details = '{"resultCount":"three"}'`],
    ['empty details', `details = '{}'`],
    ['an outcome in lower case', `outcome = 'not_found'`],
    ['an actor that is not an id', `actor = 'dr.smith'`],
  ];
  for (const [what, set] of invalid) {
    it(`[HIPAA 164.312(c)(1)] names the entry with ${what} as invalid, not as matching`, () => {
      const entries = Array.from({ length: 30 }, (_, i) => variedEntry(i));
      const db = logOf(entries);
      db.exec(`UPDATE audit_entries SET ${set} WHERE seq = 24`);
      expect(recomputeLeaves(db, entries.length).bad).toEqual({ what: 'entry 24 is not a valid audit entry', where: 'entry 24' });
    });
  }

  it('[HIPAA 164.312(c)(1)] names an edited recorded hash, and a gap in the sequence', () => {
    const entries = Array.from({ length: 30 }, (_, i) => variedEntry(i));
    const db = logOf(entries);
    db.exec(`UPDATE audit_entries SET leaf_hash = zeroblob(32) WHERE seq = 9`);
    expect(recomputeLeaves(db, entries.length).bad?.what).toBe('entry 9 does not match its recorded hash: it was edited');
    db.exec(`UPDATE audit_entries SET leaf_hash = substr(leaf_hash, 1, 31) WHERE seq = 3`);
    expect(recomputeLeaves(db, entries.length).bad?.what).toBe('entry 3 does not match its recorded hash: it was edited');
    db.exec('DROP TRIGGER audit_entries_no_delete');
    db.exec('DELETE FROM audit_entries WHERE seq = 2');
    expect(recomputeLeaves(db, entries.length).bad?.what).toBe('entry 2 is missing from the log');
  });
});
