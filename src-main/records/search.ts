// Full-text search over clients, notes, amendments, contact notes and plans (FTS5 inside the
// encrypted database). What a user types never reaches FTS syntax: it is cut into words and
// each word is quoted. Ranking a common word across 100,000 notes costs ~300 ms, so results
// are ranked within a window of the newest matches (FTS5 walks its doclists newest-first and
// stops); the answer says whether older matches were left out, and the caller can widen.

import type Database from 'better-sqlite3-multiple-ciphers';
import type { RecordType, SearchHit } from './schemas.js';
import { stmt } from './db.js';

export const DEFAULT_WINDOW = 1000;
const HIT_START = '\u0002';
const HIT_END = '\u0003';

export interface IndexedRecord {
  recordType: RecordType;
  recordId: string;
  clientId: string;
  date: string;
  title: string;
  body: string;
}

const clientTag = (clientId: string) => `c${clientId.replace(/-/g, '')}`;
const typeTag = (t: RecordType) => `t${t}`;
// Control characters would collide with the snippet markers; nobody types them on purpose.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ');

/** Add or replace a record in the index, keeping its rowid (so "newest" means created). */
export function indexRecord(db: Database.Database, r: IndexedRecord): void {
  const existing = stmt(db, 'SELECT rowid FROM search_docs WHERE record_id = ?').get(r.recordId) as { rowid: number } | undefined;
  const tags = `${clientTag(r.clientId)} ${typeTag(r.recordType)}`;
  if (existing) {
    stmt(db, 'UPDATE search_docs SET record_date = ? WHERE rowid = ?').run(r.date, existing.rowid);
    stmt(db, 'DELETE FROM search_fts WHERE rowid = ?').run(existing.rowid);
    stmt(db, 'INSERT INTO search_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)').run(existing.rowid, clean(r.title), clean(r.body), tags);
    return;
  }
  const { lastInsertRowid } = stmt(db, 'INSERT INTO search_docs (record_type, record_id, client_id, record_date) VALUES (?, ?, ?, ?)').run(
    r.recordType,
    r.recordId,
    r.clientId,
    r.date,
  );
  stmt(db, 'INSERT INTO search_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)').run(lastInsertRowid, clean(r.title), clean(r.body), tags);
}

/** Words of a query as FTS5 string literals. Letters and digits only: no operator survives. */
export function queryTerms(text: string, prefixLast: boolean): string[] {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, 16).map((w, i, all) => `"${w}"${prefixLast && i === all.length - 1 && w.length >= 2 ? '*' : ''}`);
}

export interface SearchInput {
  query: string;
  clientId?: string;
  recordTypes?: RecordType[];
  from?: string;
  to?: string;
  limit?: number;
  /** How many of the newest matches to rank; widen to reach older records. */
  window?: number;
  /** Treat the last word as a prefix (search-as-you-type). */
  prefix?: boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  /** The number of newest matches that were ranked. */
  window: number;
  /** False when older matches exist beyond the window. */
  complete: boolean;
}

export function matchExpression(input: SearchInput): string | null {
  const terms = queryTerms(input.query, input.prefix ?? false);
  if (terms.length === 0) return null;
  let expr = `{title body} : (${terms.join(' ')})`;
  if (input.clientId) expr += ` AND tags : "${clientTag(input.clientId)}"`;
  if (input.recordTypes?.length) expr += ` AND tags : (${input.recordTypes.map((t) => `"${typeTag(t)}"`).join(' OR ')})`;
  return expr;
}

interface Ranked {
  rowid: number;
  score: number;
  record_type: RecordType;
  record_id: string;
  client_id: string;
  record_date: string;
}

export function search(db: Database.Database, input: SearchInput): SearchResult {
  const expr = matchExpression(input);
  const limit = Math.min(input.limit ?? 50, 200);
  const window = Math.max(limit, input.window ?? DEFAULT_WINDOW);
  if (!expr) return { hits: [], window, complete: true };
  const dated = Boolean(input.from || input.to);
  // Title matches weigh more than body matches; the tags column never scores.
  const ranked = (
    dated
      ? stmt(
          db,
          `SELECT f.rowid, bm25(search_fts, 5.0, 1.0, 0.0) AS score, d.record_type, d.record_id, d.client_id, d.record_date
             FROM search_fts f JOIN search_docs d ON d.rowid = f.rowid
            WHERE search_fts MATCH ? AND d.record_date >= ? AND d.record_date <= ?
            ORDER BY f.rowid DESC LIMIT ?`,
        ).all(expr, input.from ?? '0000-01-01', input.to ?? '9999-12-31', window + 1)
      : stmt(
          db,
          `SELECT w.rowid, w.score, d.record_type, d.record_id, d.client_id, d.record_date
             FROM (SELECT rowid, bm25(search_fts, 5.0, 1.0, 0.0) AS score FROM search_fts
                    WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?) w
             JOIN search_docs d ON d.rowid = w.rowid`,
        ).all(expr, window + 1)
  ) as Ranked[];
  const complete = ranked.length <= window;
  if (!complete) ranked.pop();
  // Best match first, then newest.
  ranked.sort((a, b) => a.score - b.score || b.rowid - a.rowid);
  const top = ranked.slice(0, limit);
  return { hits: withSnippets(db, expr, top), window, complete };
}

function withSnippets(db: Database.Database, expr: string, top: Ranked[]): SearchHit[] {
  if (top.length === 0) return [];
  const placeholders = top.map(() => '?').join(',');
  const rows = db
    .prepare(
      `SELECT rowid, title, snippet(search_fts, 1, '${HIT_START}', '${HIT_END}', '…', 14) AS snip
         FROM search_fts WHERE search_fts MATCH ? AND rowid IN (${placeholders})`,
    )
    .all(expr, ...top.map((t) => t.rowid)) as { rowid: number; title: string; snip: string }[];
  const byRow = new Map(rows.map((r) => [r.rowid, r]));
  const parents = parentNotes(db, top);
  return top.map((t) => {
    const r = byRow.get(t.rowid);
    return {
      recordType: t.record_type,
      recordId: t.record_id,
      clientId: t.client_id,
      parentId: parents.get(t.record_id) ?? null,
      title: r?.title ?? '',
      date: t.record_date,
      snippet: splitSnippet(r?.snip ?? ''),
    };
  });
}

function parentNotes(db: Database.Database, top: Ranked[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of top) {
    if (t.record_type !== 'amendment') continue;
    const row = stmt(db, 'SELECT note_id FROM note_amendments WHERE id = ?').get(t.record_id) as { note_id: string } | undefined;
    if (row) out.set(t.record_id, row.note_id);
  }
  return out;
}

export function splitSnippet(s: string): { text: string; hit: boolean }[] {
  const out: { text: string; hit: boolean }[] = [];
  let rest = s;
  while (rest.length) {
    const start = rest.indexOf(HIT_START);
    if (start < 0) {
      out.push({ text: rest, hit: false });
      break;
    }
    if (start > 0) out.push({ text: rest.slice(0, start), hit: false });
    const end = rest.indexOf(HIT_END, start);
    const stop = end < 0 ? rest.length : end;
    out.push({ text: rest.slice(start + 1, stop), hit: true });
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  return out.filter((p) => p.text.length > 0);
}
