// The audit viewer's paging: newest first, every filter combination returns exactly what a
// plain scan would, and walking the cursor visits each entry once.

import fc from 'fast-check';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src-main/vault/migrations/index.js';
import { pageEntries, pageQuerySql, type AuditPageQuery } from '../../src-main/audit/page.js';
import { entriesInOrder, type StoredEntry } from '../../src-main/audit/store.js';
import { CLIENTS, fill, T0 } from './fixtures.js';

function walk(db: Database.Database, query: AuditPageQuery): StoredEntry[] {
  const seen: StoredEntry[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = pageEntries(db, { ...query, ...(cursor ? { cursor } : {}) });
    seen.push(...page.entries);
    if (!page.next) return seen;
    cursor = page.next;
  }
}

describe('audit viewer paging', () => {
  // One log for the whole suite (built once, closed at the end), so not the per-test auditDb().
  const db = new Database(':memory:');
  migrate(db);
  afterAll(() => db.close());
  fill(db, 600);
  const all = [...entriesInOrder(db)];
  const expected = (q: AuditPageQuery) =>
    all
      .filter((e) => (q.from === undefined || e.time >= q.from) && (q.to === undefined || e.time < q.to))
      .filter((e) => q.action === undefined || e.action === q.action)
      .filter((e) => q.recordId === undefined || e.recordIds.includes(q.recordId))
      .sort((a, b) => b.time - a.time || b.seq - a.seq)
      .map((e) => e.seq);

  it('returns the newest entries first, a page at a time', () => {
    const first = pageEntries(db, { limit: 10 });
    expect(first.entries.map((e) => e.seq)).toEqual([599, 598, 597, 596, 595, 594, 593, 592, 591, 590]);
    expect(first.next).toBe(`${T0 + 590 * 60_000}.590`);
    expect(pageEntries(db, { limit: 10, cursor: first.next ?? '' }).entries[0]?.seq).toBe(589);
  });

  it('[HIPAA 164.312(b)] every combination of filters, walked page by page, matches a plain scan (property)', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            from: fc.integer({ min: T0 - 1, max: T0 + 600 * 60_000 }),
            to: fc.integer({ min: T0, max: T0 + 601 * 60_000 }),
            action: fc.constantFrom('client.read', 'note.sign', 'search.query', 'vault.unlock'),
            recordId: fc.constantFrom(...CLIENTS),
            limit: fc.integer({ min: 1, max: 60 }),
          },
          { requiredKeys: [] },
        ),
        (q) => {
          const got = walk(db, q).map((e) => e.seq);
          const { limit: _limit, ...filters } = q;
          expect(got).toEqual(expected(filters));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('walks each filter shape down an index, never sorting or scanning the table', () => {
    const shapes: AuditPageQuery[] = [
      { cursor: '1.1' },
      { from: 0, to: 5, cursor: '1.1' },
      { action: 'client.read', from: 0, cursor: '1.1' },
      { recordId: CLIENTS[0] as string, cursor: '1.1' },
      { recordId: CLIENTS[0] as string, action: 'note.sign', from: 0, to: 9, cursor: '1.1' },
    ];
    for (const shape of shapes) {
      const { sql, params } = pageQuerySql(shape, 50);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
      expect(plan, JSON.stringify(shape)).not.toMatch(/TEMP B-TREE/);
      expect(plan, JSON.stringify(shape)).not.toMatch(/SCAN (e|r)( |$)/);
      expect(plan, JSON.stringify(shape)).toMatch(/USING (COVERING )?INDEX|USING PRIMARY KEY/);
    }
  });

  it('refuses a cursor it did not hand out, and page sizes out of range', () => {
    expect(() => pageEntries(db, { cursor: "1; DROP TABLE audit_entries" })).toThrow(/cursor/);
    expect(() => pageEntries(db, { limit: 0 })).toThrow();
    expect(() => pageEntries(db, { limit: 501 })).toThrow();
  });
});
