// The audit viewer's query: newest first, filtered by time range, action and record, paged by
// a (time, seq) cursor rather than OFFSET, so page 5,000 costs what page 1 does. Each filter
// shape walks one index backwards: (time, seq), (action, time, seq) or, for a record, the
// (record_id, time, seq) key of audit_entry_records.

import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../errors.js';
import { ENTRY_COLUMNS, rowToEntry, type EntryRow, type StoredEntry } from './store.js';

export interface AuditPageQuery {
  /** Inclusive lower bound, UTC ms. */
  from?: number;
  /** Exclusive upper bound, UTC ms. */
  to?: number;
  action?: string;
  recordId?: string;
  /** Page size, 1..500 (default 50). */
  limit?: number;
  /** The `next` of the previous page. */
  cursor?: string;
}

export interface AuditPage {
  entries: StoredEntry[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  next: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
const CURSOR = /^(\d{1,16})\.(\d{1,16})$/;

function parseCursor(cursor: string): [number, number] {
  const m = CURSOR.exec(cursor);
  const time = Number(m?.[1]);
  const seq = Number(m?.[2]);
  if (!m || !Number.isSafeInteger(time) || !Number.isSafeInteger(seq)) {
    throw new AlcoveError('VALIDATION_FAILED', 'That audit page cursor is not one this viewer handed out; start again from the first page.');
  }
  return [time, seq];
}

const statementsByDb = new WeakMap<Database.Database, Map<string, Database.Statement<unknown[], EntryRow>>>();

function prepared(db: Database.Database, sql: string): Database.Statement<unknown[], EntryRow> {
  let byText = statementsByDb.get(db);
  if (!byText) statementsByDb.set(db, (byText = new Map<string, Database.Statement<unknown[], EntryRow>>()));
  let statement = byText.get(sql);
  if (!statement) byText.set(sql, (statement = db.prepare<unknown[], EntryRow>(sql)));
  return statement;
}

/** The SQL for one page (one row more than the page, to know whether another follows). */
export function pageQuerySql(query: AuditPageQuery, limit: number): { sql: string; params: unknown[] } {
  // With a record filter the index table drives the walk and entries are looked up by seq.
  const t = query.recordId !== undefined ? 'r' : 'e';
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.recordId !== undefined) {
    where.push('r.record_id = ?');
    params.push(query.recordId);
  }
  if (query.action !== undefined) {
    where.push('e.action = ?');
    params.push(query.action);
  }
  if (query.from !== undefined) {
    where.push(`${t}.time >= ?`);
    params.push(query.from);
  }
  if (query.to !== undefined) {
    where.push(`${t}.time < ?`);
    params.push(query.to);
  }
  if (query.cursor !== undefined) {
    where.push(`(${t}.time, ${t}.seq) < (?, ?)`);
    params.push(...parseCursor(query.cursor));
  }
  const columns = ENTRY_COLUMNS.split(', ')
    .map((c) => `e.${c}`)
    .join(', ');
  const fromClause =
    query.recordId !== undefined ? 'audit_entry_records r JOIN audit_entries e ON e.seq = r.seq' : 'audit_entries e';
  // The action index is chosen by name: SQLite might otherwise prefer (time, seq) and filter.
  const indexed = query.recordId === undefined && query.action !== undefined ? ' INDEXED BY audit_entries_by_action' : '';
  const sql = `SELECT ${columns} FROM ${fromClause}${indexed}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${t}.time DESC, ${t}.seq DESC LIMIT ?`;
  return { sql, params: [...params, limit + 1] };
}

export function pageEntries(db: Database.Database, query: AuditPageQuery = {}): AuditPage {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new AlcoveError('VALIDATION_FAILED', `An audit page holds 1 to ${MAX_PAGE_SIZE} entries.`);
  }
  const { sql, params } = pageQuerySql(query, limit);
  const rows = prepared(db, sql).all(...params);
  const entries = rows.slice(0, limit).map(rowToEntry);
  const last = entries[entries.length - 1];
  return { entries, next: rows.length > limit && last ? `${last.time}.${last.seq}` : null };
}
