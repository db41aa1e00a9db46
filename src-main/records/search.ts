// Full-text search over clients, notes, amendments, contact notes and plans (FTS5 inside the
// encrypted database). What a user types never reaches FTS syntax: it is cut into words and
// each word is quoted. Ranking a common word across 100,000 notes costs ~300 ms, so results
// are ranked within a window of the newest matches (FTS5 walks its doclists newest-first and
// stops); the answer says whether older matches were left out, and the caller can widen.
// The index is contentless (the text lives once, in its record), so snippets are cut here
// from the record's own text with the tokenizer's folding (case and diacritics).

import type Database from 'better-sqlite3-multiple-ciphers';
import type { PlanContent, RecordType, SearchHit, Sections, Template } from './schemas.js';
import { noteText } from './note-text.js';
import { planText } from './plan-text.js';
import { stmt } from './db.js';

export const DEFAULT_WINDOW = 1000;
/** Prefixes shorter than this would merge thousands of doclists; they match whole words only. */
const MIN_PREFIX = 3;
const SNIPPET_TOKENS = 16;

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

/** Add or replace a record in the index, keeping its rowid (so "newest" means created). */
export function indexRecord(db: Database.Database, r: IndexedRecord): void {
  const existing = stmt(db, 'SELECT rowid FROM search_docs WHERE record_id = ?').get(r.recordId) as { rowid: number } | undefined;
  const tags = `${clientTag(r.clientId)} ${typeTag(r.recordType)}`;
  let rowid: number | bigint;
  if (existing) {
    rowid = existing.rowid;
    stmt(db, 'UPDATE search_docs SET record_date = ?, title = ? WHERE rowid = ?').run(r.date, r.title, rowid);
    stmt(db, 'DELETE FROM search_fts WHERE rowid = ?').run(rowid);
  } else {
    rowid = stmt(db, 'INSERT INTO search_docs (record_type, record_id, client_id, record_date, title) VALUES (?, ?, ?, ?, ?)').run(
      r.recordType,
      r.recordId,
      r.clientId,
      r.date,
      r.title,
    ).lastInsertRowid;
  }
  stmt(db, 'INSERT INTO search_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)').run(rowid, r.title, r.body, tags);
}

/** Words of a query as FTS5 string literals. Letters and digits only: no operator survives. */
export function queryTerms(text: string, prefixLast: boolean): string[] {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, 16).map((w, i, all) => `"${w}"${prefixLast && i === all.length - 1 && w.length >= MIN_PREFIX ? '*' : ''}`);
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
  title: string;
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
          `SELECT f.rowid, bm25(search_fts, 5.0, 1.0, 0.0) AS score, d.record_type, d.record_id, d.client_id, d.record_date, d.title
             FROM search_fts f JOIN search_docs d ON d.rowid = f.rowid
            WHERE search_fts MATCH ? AND d.record_date >= ? AND d.record_date <= ?
            ORDER BY f.rowid DESC LIMIT ?`,
        ).all(expr, input.from ?? '0000-01-01', input.to ?? '9999-12-31', window + 1)
      : stmt(
          db,
          `SELECT w.rowid, w.score, d.record_type, d.record_id, d.client_id, d.record_date, d.title
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
  return { hits: withSnippets(db, input, top), window, complete };
}

function withSnippets(db: Database.Database, input: SearchInput, top: Ranked[]): SearchHit[] {
  const terms = snippetTerms(input.query, input.prefix ?? false);
  return top.map((t) => {
    const { body, parentId } = recordBody(db, t.record_type, t.record_id);
    return {
      recordType: t.record_type,
      recordId: t.record_id,
      clientId: t.client_id,
      parentId,
      title: t.title,
      date: t.record_date,
      snippet: body ? snippet(body, terms) : [],
    };
  });
}

/** The searchable text of a record, read from the record itself. */
function recordBody(db: Database.Database, type: RecordType, id: string): { body: string; parentId: string | null } {
  switch (type) {
    case 'note': {
      const r = stmt(db, 'SELECT template, sections FROM notes WHERE id = ?').get(id) as { template: Template; sections: string } | undefined;
      return { body: r ? noteText(r.template, JSON.parse(r.sections) as Sections) : '', parentId: null };
    }
    case 'amendment': {
      const r = stmt(db, 'SELECT note_id, text FROM note_amendments WHERE id = ?').get(id) as { note_id: string; text: string } | undefined;
      return { body: r?.text ?? '', parentId: r?.note_id ?? null };
    }
    case 'contact': {
      const r = stmt(db, 'SELECT text FROM contact_notes WHERE id = ?').get(id) as { text: string } | undefined;
      return { body: r?.text ?? '', parentId: null };
    }
    case 'plan': {
      const r = stmt(db, 'SELECT content FROM plans WHERE id = ?').get(id) as { content: string } | undefined;
      return { body: r ? planText(JSON.parse(r.content) as PlanContent) : '', parentId: null };
    }
    default:
      return { body: '', parentId: null };
  }
}

/** Fold as unicode61 with remove_diacritics does: decompose, drop marks, lower-case. */
export function fold(word: string): string {
  // Most clinical prose is ASCII: skip the Unicode work where it cannot change anything.
  if (/^\p{ASCII}*$/u.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Term {
  text: string;
  prefix: boolean;
}

function snippetTerms(query: string, prefixLast: boolean): Term[] {
  const words = query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, 16).map((w, i) => ({ text: fold(w), prefix: prefixLast && i === words.length - 1 && w.length >= MIN_PREFIX }));
}

/**
 * The window of the text with the most matched words (about 16 words), as plain-text pieces
 * with the matches marked; an ellipsis where the text goes on.
 */
export function snippet(text: string, terms: Term[]): { text: string; hit: boolean }[] {
  const tokens: { start: number; end: number; hit: boolean }[] = [];
  const shortest = Math.min(...terms.map((t) => t.text.length));
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0];
    // A word shorter than every term cannot match (folding never lengthens ASCII).
    let hit = false;
    if (word.length >= shortest || !/^\p{ASCII}*$/u.test(word)) {
      const f = fold(word);
      hit = terms.some((t) => (t.prefix ? f.startsWith(t.text) : f === t.text));
    }
    tokens.push({ start: m.index, end: m.index + word.length, hit });
  }
  if (tokens.length === 0) return [];
  // Slide a window of SNIPPET_TOKENS words; keep the one with the most hits (earliest wins).
  let best = 0;
  let bestHits = -1;
  let hits = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.hit) hits++;
    if (i >= SNIPPET_TOKENS && tokens[i - SNIPPET_TOKENS]?.hit) hits--;
    const start = Math.max(0, i - SNIPPET_TOKENS + 1);
    if (hits > bestHits) {
      bestHits = hits;
      best = start;
    }
  }
  // Start a word or two before the first hit, for context.
  const firstHit = tokens.findIndex((t, i) => i >= best && t.hit);
  const from = Math.max(0, firstHit >= 0 ? Math.min(best, firstHit - 2) : best);
  const to = Math.min(tokens.length, from + SNIPPET_TOKENS);
  const pieces: { text: string; hit: boolean }[] = [];
  const push = (t: string, hit: boolean) => {
    if (!t) return;
    const last = pieces.at(-1);
    if (last && last.hit === hit && !hit) last.text += t;
    else pieces.push({ text: t, hit });
  };
  const first = tokens[from] as { start: number };
  const last = tokens[to - 1] as { end: number };
  if (from > 0) push('… ', false);
  let cursor = first.start;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as { start: number; end: number; hit: boolean };
    push(text.slice(cursor, t.start).replace(/\s+/g, ' '), false);
    push(text.slice(t.start, t.end), t.hit);
    cursor = t.end;
  }
  if (last.end < text.length) push(' …', false);
  return pieces;
}
