// Form drafts: what is typed into a form and not yet submitted, kept in the vault so that a
// lock (or a crash) never loses it. Each form has one structured key: `plan:<planId>`,
// `contact:<clientId>`, `amendment:<noteId>`, `measure:<clientId>`, `client:new`, and the
// short forms on a chart: `discharge:<clientId>` (discharge or re-admit reason),
// `flag:<flagId>` (what was done about a risk flag), `disclosure:<clientId>`; and Settings'
// practitioner profile, `profile:self` (the vault has one). The body is
// the form's own state as JSON, bounded in size; the core never interprets it. Submitting or
// cancelling the form discards its draft. Note sections are not here: a draft note is already
// a record (notes.saveDraft).

import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../errors.js';
import { stmt, type OpContext } from './db.js';
import { assertClient } from './clients.js';
import { DRAFT_BODY_LIMIT, DRAFT_KEY, type DraftKind } from './draft-keys.js';

export { DRAFT_BODY_LIMIT, DRAFT_KEY, DRAFT_KINDS, type DraftKind } from './draft-keys.js';

export type DraftBody = Record<string, unknown>;

export function draftKindOf(key: string): DraftKind {
  return key.slice(0, key.indexOf(':')) as DraftKind;
}

export function saveFormDraft(
  db: Database.Database,
  input: { key: string; kind: DraftKind; clientId?: string; body: DraftBody },
  ctx: OpContext,
): { key: string; savedAt: number } {
  if (!DRAFT_KEY.test(input.key) || draftKindOf(input.key) !== input.kind) {
    throw new AlcoveError('VALIDATION_FAILED', 'That draft key does not match its kind. Nothing was saved.');
  }
  const body = JSON.stringify(input.body);
  if (body.length > DRAFT_BODY_LIMIT) {
    throw new AlcoveError('TOO_LARGE', `A draft is limited to ${DRAFT_BODY_LIMIT.toLocaleString('en-US')} characters; nothing was saved.`);
  }
  if (input.clientId) assertClient(db, input.clientId);
  stmt(
    db,
    `INSERT INTO form_drafts (key, client_id, kind, body, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET client_id = excluded.client_id, kind = excluded.kind, body = excluded.body, updated_at = excluded.updated_at`,
  ).run(input.key, input.clientId ?? null, input.kind, body, ctx.now);
  return { key: input.key, savedAt: ctx.now };
}

export function getFormDraft(db: Database.Database, input: { key: string }): DraftBody | null {
  const row = stmt(db, 'SELECT body FROM form_drafts WHERE key = ?').get(input.key) as { body: string } | undefined;
  return row ? (JSON.parse(row.body) as DraftBody) : null;
}

export function discardFormDraft(db: Database.Database, input: { key: string }): null {
  stmt(db, 'DELETE FROM form_drafts WHERE key = ?').run(input.key);
  return null;
}
