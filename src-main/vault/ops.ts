// Domain operations that run inside the vault worker against the open database, each in one
// transaction opened by the worker. Vault settings live here; records and audit add theirs.
// OPS is the one table of them: name -> handler, whose parameter and return types are the
// operation's input and output. The worker dispatches from it and the main side's typed
// call (VaultService.op) is derived from it, so a wrong name or payload does not compile.

import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../errors.js';
import type { OpContext } from '../records/db.js';
import { RECORD_OPS } from '../records/ops.js';
import { AUDIT_OPS } from '../audit/ops.js';
import { DISCLOSURE_OPS } from '../disclosure/ops.js';
import { REDACTION_OPS } from '../redaction/ops.js';

export type WorkerOp = (db: Database.Database, input: never, ctx: OpContext) => unknown;

const VAULT_OPS = {
  'settings.get': (db, input: { key: string }) => {
    const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(input.key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as unknown) : null;
  },
  'settings.set': (db, input: { key: string; value: unknown }, ctx) => {
    db.prepare(
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    ).run(input.key, JSON.stringify(input.value), ctx.now);
    return null;
  },
  /** For the log scrubber in main, while unlocked (not an API method: no window can ask). */
  'vault.identifiers': (db, _input: Record<string, never>) => {
    const rows = db.prepare('SELECT legal_name, preferred_name, email, phone FROM clients').all() as { legal_name: string; preferred_name: string | null; email: string | null; phone: string | null }[];
    return {
      names: rows.flatMap((r) => [r.legal_name, ...(r.preferred_name ? [r.preferred_name] : [])]),
      emails: rows.flatMap((r) => (r.email ? [r.email] : [])),
      phones: rows.flatMap((r) => (r.phone ? [r.phone] : [])),
    };
  },
  'meta.vaultId': (db, _input: Record<string, never>) => {
    const row = db.prepare("SELECT value FROM vault_meta WHERE key = 'vault_id'").get() as { value: string } | undefined;
    if (!row) throw new AlcoveError('DATABASE_CORRUPT', 'The vault database has no identity record; restore it from a backup.');
    return row.value;
  },
} satisfies Record<string, WorkerOp>;

export const OPS = { ...VAULT_OPS, ...RECORD_OPS, ...AUDIT_OPS, ...DISCLOSURE_OPS, ...REDACTION_OPS } satisfies Record<string, WorkerOp>;

export type Ops = typeof OPS;
export type OpName = keyof Ops;
/** What operation N takes: its handler's second parameter. */
export type OpInput<N extends OpName> = Parameters<Ops[N]>[1];
/** What operation N answers: its handler's return value. */
export type OpOutput<N extends OpName> = ReturnType<Ops[N]>;

export function isOpName(name: string): name is OpName {
  return Object.hasOwn(OPS, name);
}
