// Session notes: drafts until signed, then immutable (a trigger refuses any update); a
// correction is an amendment that is signed as it is written and keeps the original
// readable. Autosave is the hot path: one row update and one index update, one commit.

import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../errors.js';
import { LIMITS, SECTION_LABELS, TEMPLATES, type Note, type NoteSummary, type Sections, type Signer, type Template } from './schemas.js';
import { newId, notFound, sha256, stmt, type OpContext } from './db.js';
import { assertClient, clientTitle } from './clients.js';
import { indexRecord } from './search.js';
import { noteText } from './note-text.js';
import { currentSigner, storedSigner } from './profile.js';

export { noteText };

/** A note entered more than two days after the session is a late entry. */
export const LATE_ENTRY_MS = 48 * 60 * 60 * 1000;

interface NoteRow {
  id: string;
  client_id: string;
  kind: 'progress' | 'psychotherapy';
  template: Template;
  sections: string;
  preview: string;
  session_date: string;
  duration_min: number | null;
  modality: string | null;
  service_code: string | null;
  status: 'draft' | 'signed';
  revision: number;
  late_entry: number;
  signed_by: string | null;
  /** The signer as at signing (name, credentials, license number, NPI); null before profiles. */
  signed_by_json: string | null;
  /** 1: signed before practitioner profiles; the hash covers no signer. */
  signed_by_legacy: number;
  signed_at: number | null;
  content_sha256: string | null;
  created_at: number;
  updated_at: number;
}

export interface NoteDraftInput {
  clientId: string;
  kind?: 'progress' | 'psychotherapy';
  template: Template;
  sessionDate: string;
  durationMinutes?: number;
  modality?: 'in-person' | 'telehealth' | 'phone';
  serviceCode?: string;
  sections?: Sections;
}

/** Only the template's own sections; the whole note within the size limit. */
export function checkSections(template: Template, sections: Sections): Sections {
  const allowed = TEMPLATES[template] as readonly string[];
  const out: Sections = {};
  let total = 0;
  for (const [key, text] of Object.entries(sections)) {
    if (!allowed.includes(key)) {
      throw new AlcoveError('VALIDATION_FAILED', `A ${template.toUpperCase()} note has no “${key}” section (it has: ${allowed.join(', ')}).`);
    }
    total += text.length;
    out[key] = text;
  }
  if (total > LIMITS.noteText) {
    throw new AlcoveError(
      'TOO_LARGE',
      `This note is ${total.toLocaleString('en-US')} characters; the limit is ${LIMITS.noteText.toLocaleString('en-US')}. Split it into an addendum; nothing was cut.`,
    );
  }
  return out;
}

function preview(template: Template, sections: Sections): string {
  return noteText(template, sections).replace(/\s+/g, ' ').slice(0, 160);
}

function title(db: Database.Database, clientId: string, template: Template, kind: string): string {
  const label = template === 'free' ? 'note' : `${template.toUpperCase()} note`;
  return `${clientTitle(db, clientId)} · ${kind === 'psychotherapy' ? 'psychotherapy ' : ''}${label}`;
}

function indexNote(db: Database.Database, r: Pick<NoteRow, 'id' | 'client_id' | 'template' | 'kind' | 'session_date'>, sections: Sections): void {
  indexRecord(db, {
    recordType: 'note',
    recordId: r.id,
    clientId: r.client_id,
    date: r.session_date,
    title: title(db, r.client_id, r.template, r.kind),
    body: noteText(r.template, sections),
  });
}

/** Bring a note's index entry up to its current text (after autosaves marked it stale). */
export function reindexNote(db: Database.Database, noteId: string): void {
  const r = stmt(db, 'SELECT id, client_id, template, kind, session_date, sections FROM notes WHERE id = ?').get(noteId) as
    | (Pick<NoteRow, 'id' | 'client_id' | 'template' | 'kind' | 'session_date' | 'sections'>)
    | undefined;
  stmt(db, 'DELETE FROM search_stale WHERE record_id = ?').run(noteId);
  if (r) indexNote(db, r, JSON.parse(r.sections) as Sections);
}

/** Re-index every draft autosave left stale; run before a search reads the index. */
export function reindexStale(db: Database.Database): number {
  const stale = stmt(db, 'SELECT record_id FROM search_stale').all() as { record_id: string }[];
  for (const { record_id } of stale) reindexNote(db, record_id);
  return stale.length;
}

export function createDraft(db: Database.Database, input: NoteDraftInput, ctx: OpContext): { noteId: string; revision: number } {
  assertClient(db, input.clientId);
  const sections = checkSections(input.template, input.sections ?? {});
  const id = newId();
  const late = ctx.now - Date.parse(`${input.sessionDate}T23:59:59Z`) > LATE_ENTRY_MS ? 1 : 0;
  const row = {
    id,
    client_id: input.clientId,
    kind: input.kind ?? 'progress',
    template: input.template,
    session_date: input.sessionDate,
  } as const;
  stmt(
    db,
    `INSERT INTO notes (id, client_id, kind, template, sections, preview, session_date, duration_min, modality, service_code, status, revision, late_entry, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?, ?)`,
  ).run(
    id,
    row.client_id,
    row.kind,
    row.template,
    JSON.stringify(sections),
    preview(input.template, sections),
    input.sessionDate,
    input.durationMinutes ?? null,
    input.modality ?? null,
    input.serviceCode ?? null,
    late,
    ctx.now,
    ctx.now,
  );
  indexNote(db, row, sections);
  return { noteId: id, revision: 1 };
}

function noteRow(db: Database.Database, noteId: string): NoteRow {
  const r = stmt(db, 'SELECT * FROM notes WHERE id = ?').get(noteId) as NoteRow | undefined;
  if (!r) throw notFound('note');
  return r;
}

function refuseSigned(): AlcoveError {
  return new AlcoveError('RECORD_SIGNED', 'This note is signed and can no longer be edited. Add an amendment instead; the original stays as it was.');
}

/** Autosave: replace the draft's sections. */
export function saveDraft(
  db: Database.Database,
  input: { noteId: string; sections: Sections; sessionDate?: string; durationMinutes?: number; modality?: 'in-person' | 'telehealth' | 'phone'; serviceCode?: string },
  ctx: OpContext,
): { noteId: string; revision: number; savedAt: number } {
  const r = stmt(db, 'SELECT id, client_id, kind, template, status, revision, session_date FROM notes WHERE id = ?').get(input.noteId) as
    | Pick<NoteRow, 'id' | 'client_id' | 'kind' | 'template' | 'status' | 'revision' | 'session_date'>
    | undefined;
  if (!r) throw notFound('note');
  if (r.status === 'signed') throw refuseSigned();
  const sections = checkSections(r.template, input.sections);
  const revision = r.revision + 1;
  const sessionDate = input.sessionDate ?? r.session_date;
  stmt(
    db,
    `UPDATE notes SET sections = ?, preview = ?, session_date = ?, duration_min = coalesce(?, duration_min), modality = coalesce(?, modality),
       service_code = coalesce(?, service_code), revision = ?, updated_at = ? WHERE id = ?`,
  ).run(
    JSON.stringify(sections),
    preview(r.template, sections),
    sessionDate,
    input.durationMinutes ?? null,
    input.modality ?? null,
    input.serviceCode ?? null,
    revision,
    ctx.now,
    r.id,
  );
  // The hot path: the index entry is brought up to date by the next search, not here.
  stmt(db, 'INSERT OR IGNORE INTO search_stale (record_id) VALUES (?)').run(r.id);
  return { noteId: r.id, revision, savedAt: ctx.now };
}

/** Everything clinical about the note, in canonical form. */
function clinicalContent(r: NoteRow) {
  return {
    noteId: r.id,
    clientId: r.client_id,
    kind: r.kind,
    template: r.template,
    sections: JSON.parse(r.sections) as Sections,
    sessionDate: r.session_date,
    durationMinutes: r.duration_min,
    modality: r.modality,
    serviceCode: r.service_code,
  };
}

/**
 * What a signature covers: the clinical content and who signed it, as they were at signing.
 * A signature from before practitioner profiles covered the clinical content alone.
 */
export function signedContent(r: NoteRow, signer: Signer | null = storedSigner(r)) {
  return r.signed_by_legacy === 1 ? clinicalContent(r) : { ...clinicalContent(r), signedBy: signer };
}

/**
 * Sign a note: the final text (and session details) given with it are saved first, in the
 * same transaction, and the signed note comes back, so signing from the editor is one round
 * trip (issue 13) rather than a save, a sign and a read.
 */
export function signNote(
  db: Database.Database,
  input: { noteId: string; sections?: Sections } & Omit<Partial<Parameters<typeof saveDraft>[1]>, 'noteId' | 'sections'>,
  ctx: OpContext,
): { noteId: string; signedAt: number; contentSha256: string; note: Note } {
  const existing = noteRow(db, input.noteId);
  if (existing.status === 'signed') throw new AlcoveError('RECORD_SIGNED', 'This note is already signed.');
  // Before anything is written: a refused signature leaves the draft exactly as it was.
  const signer = currentSigner(db, 'note');
  if (input.sections) saveDraft(db, { ...input, noteId: input.noteId, sections: input.sections }, ctx);
  const r = input.sections ? noteRow(db, input.noteId) : existing;
  const sections = JSON.parse(r.sections) as Sections;
  if (!noteText(r.template, sections).trim()) throw new AlcoveError('VALIDATION_FAILED', 'An empty note cannot be signed. Write the note first.');
  // Like autosave, signing leaves the index entry to the next search (it re-indexes stale
  // notes first): the signature is the user's wait, the index is not.
  stmt(db, 'INSERT OR IGNORE INTO search_stale (record_id) VALUES (?)').run(r.id);
  const hash = sha256({ ...clinicalContent(r), signedBy: signer });
  const late = r.late_entry === 1 || ctx.now - Date.parse(`${r.session_date}T23:59:59Z`) > LATE_ENTRY_MS ? 1 : 0;
  stmt(
    db,
    `UPDATE notes SET status = 'signed', signed_by = ?, signed_by_json = ?, signed_by_legacy = 0, signed_at = ?, content_sha256 = ?, late_entry = ?, updated_at = ? WHERE id = ?`,
  ).run(
    signer.name,
    JSON.stringify(signer),
    ctx.now,
    hash,
    late,
    ctx.now,
    r.id,
  );
  return { noteId: r.id, signedAt: ctx.now, contentSha256: hash, note: getNote(db, { noteId: r.id }) };
}

/** Amend a signed note; the amended note comes back, so the screen needs no second call. */
export function amendNote(db: Database.Database, input: { noteId: string; text: string }, ctx: OpContext): { amendmentId: string; noteId: string; note: Note } {
  const r = noteRow(db, input.noteId);
  if (r.status !== 'signed') {
    throw new AlcoveError('VALIDATION_FAILED', 'Only a signed note takes amendments; a draft can simply be edited.');
  }
  if (!input.text.trim()) throw new AlcoveError('VALIDATION_FAILED', 'An amendment needs text.');
  if (input.text.length > LIMITS.amendmentText) throw new AlcoveError('TOO_LARGE', `An amendment is limited to ${LIMITS.amendmentText.toLocaleString('en-US')} characters; nothing was cut.`);
  // An amendment is signed as it is written: it names its signer the same way a note does.
  const signer = currentSigner(db, 'amendment');
  const id = newId();
  const hash = sha256({ amendmentId: id, noteId: r.id, noteSha256: r.content_sha256, text: input.text, signedBy: signer, signedAt: ctx.now });
  stmt(db, 'INSERT INTO note_amendments (id, note_id, text, signed_by, signed_by_json, signed_at, content_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    r.id,
    input.text,
    signer.name,
    JSON.stringify(signer),
    ctx.now,
    hash,
  );
  indexRecord(db, {
    recordType: 'amendment',
    recordId: id,
    clientId: r.client_id,
    date: new Date(ctx.now).toISOString().slice(0, 10),
    title: `${title(db, r.client_id, r.template, r.kind)} · amendment`,
    body: input.text,
  });
  return { amendmentId: id, noteId: r.id, note: getNote(db, { noteId: r.id }) };
}

export function getNote(db: Database.Database, input: { noteId: string }): Note {
  const r = noteRow(db, input.noteId);
  const amendments = (
    stmt(db, 'SELECT id, text, signed_by, signed_by_json, signed_by_legacy, signed_at, content_sha256 FROM note_amendments WHERE note_id = ? ORDER BY signed_at, id').all(r.id) as {
      id: string;
      text: string;
      signed_by: string;
      signed_by_json: string | null;
      signed_by_legacy: number;
      signed_at: number;
      content_sha256: string;
    }[]
  ).map((a) => ({
    amendmentId: a.id,
    text: a.text,
    signedBy: storedSigner(a) as Signer,
    signedBeforeProfiles: a.signed_by_legacy === 1,
    signedAt: a.signed_at,
    contentSha256: a.content_sha256,
  }));
  return {
    // The clinical content, then what is said about it.
    ...clinicalContent(r),
    status: r.status,
    revision: r.revision,
    lateEntry: r.late_entry === 1,
    signedBy: storedSigner(r),
    signedBeforeProfiles: r.signed_by_legacy === 1,
    signedAt: r.signed_at,
    contentSha256: r.content_sha256,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    amendments,
  };
}

export function listNotesForClient(db: Database.Database, clientId: string, limit = 500): NoteSummary[] {
  return (
    stmt(
      db,
      `SELECT n.id, n.kind, n.template, n.session_date, n.status, n.preview, n.late_entry, n.signed_at,
              (SELECT count(*) FROM note_amendments a WHERE a.note_id = n.id) AS amendments
         FROM notes n WHERE n.client_id = ? ORDER BY n.session_date DESC, n.created_at DESC LIMIT ?`,
    ).all(clientId, limit) as {
      id: string;
      kind: 'progress' | 'psychotherapy';
      template: Template;
      session_date: string;
      status: 'draft' | 'signed';
      preview: string;
      late_entry: number;
      signed_at: number | null;
      amendments: number;
    }[]
  ).map((n) => ({
    noteId: n.id,
    kind: n.kind,
    template: n.template,
    sessionDate: n.session_date,
    status: n.status,
    preview: n.preview,
    lateEntry: n.late_entry === 1,
    amendments: n.amendments,
    signedAt: n.signed_at,
  }));
}

export function verifyNoteSignature(db: Database.Database, noteId: string): boolean {
  const r = noteRow(db, noteId);
  return r.status === 'signed' && r.content_sha256 === sha256(signedContent(r));
}

export { SECTION_LABELS };
