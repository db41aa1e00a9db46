// 0005-profile on a vault as it was at version 4: a signed note with an amendment and a
// signed plan keep their signer text and their hashes, are marked as signed before
// profiles, and stay immutable; drafts are not marked; the profile table starts empty.

import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../src-main/records/db.js';
import { getNote, signNote, verifyNoteSignature } from '../../../src-main/records/notes.js';
import { getPlan, verifyPlanSignature } from '../../../src-main/records/plans.js';
import { getProfile, updateProfile } from '../../../src-main/records/profile.js';
import { MIGRATIONS, migrate, schemaVersion } from '../../../src-main/vault/migrations/index.js';

const OLD_SIGNER = 'Riverside Practice';
const CLIENT = '0b8e7c4a-4b1e-4f55-9a77-2a1f0c9d5e01';
const SIGNED = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const DRAFT = '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60';
const AMENDMENT = '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6071';
const PLAN = '4f5a6b7c-8d9e-4f0a-9b2c-3d4e5f607182';
const T = Date.UTC(2026, 9, 1, 15, 0);

/** A database at version 4 with what the Alcove of that version wrote on signing. */
function vaultAtVersion4(): { db: Database.Database; noteHash: string; amendmentHash: string; planHash: string } {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.slice(0, 4));
  expect(schemaVersion(db)).toBe(4);
  db.prepare(`INSERT INTO clients (id, legal_name, status, created_at, updated_at) VALUES (?, 'Amara Okafor', 'active', ?, ?)`).run(CLIENT, T, T);
  const sections = { body: 'Reports better sleep.' };
  // The note hash of version 4 covered the clinical content only, never a signer.
  const noteHash = sha256({ noteId: SIGNED, clientId: CLIENT, kind: 'progress', template: 'free', sections, sessionDate: '2026-10-01', durationMinutes: 50, modality: 'telehealth', serviceCode: '90834' });
  const insertNote = db.prepare(
    `INSERT INTO notes (id, client_id, kind, template, sections, preview, session_date, duration_min, modality, service_code, status, revision, late_entry, signed_by, signed_at, content_sha256, created_at, updated_at)
     VALUES (?, ?, 'progress', 'free', ?, 'preview', '2026-10-01', ?, ?, ?, ?, 2, 0, ?, ?, ?, ?, ?)`,
  );
  insertNote.run(SIGNED, CLIENT, JSON.stringify(sections), 50, 'telehealth', '90834', 'signed', OLD_SIGNER, T, noteHash, T, T);
  insertNote.run(DRAFT, CLIENT, JSON.stringify({ body: 'Still a draft.' }), null, null, null, 'draft', null, null, null, T, T);
  const amendmentHash = sha256({ amendmentId: AMENDMENT, noteId: SIGNED, noteSha256: noteHash, text: 'Correction: 45 minutes.', signedBy: OLD_SIGNER, signedAt: T + 1 });
  db.prepare('INSERT INTO note_amendments (id, note_id, text, signed_by, signed_at, content_sha256) VALUES (?, ?, ?, ?, ?, ?)').run(AMENDMENT, SIGNED, 'Correction: 45 minutes.', OLD_SIGNER, T + 1, amendmentHash);
  const content = { problems: [{ description: 'Insomnia', goals: [] }] };
  const planHash = sha256({ planId: PLAN, clientId: CLIENT, version: 1, content, reviewDate: null });
  db.prepare(`INSERT INTO plans (id, client_id, version, status, content, signed_by, signed_at, content_sha256, created_at, updated_at) VALUES (?, ?, 1, 'signed', ?, ?, ?, ?, ?, ?)`).run(
    PLAN,
    CLIENT,
    JSON.stringify(content),
    OLD_SIGNER,
    T,
    planHash,
    T,
    T,
  );
  return { db, noteHash, amendmentHash, planHash };
}

describe('0005-profile', () => {
  it('[HIPAA 164.312(c)(1)] keeps signatures made before profiles as they were, marked as such, and still immutable', () => {
    const { db, noteHash, amendmentHash, planHash } = vaultAtVersion4();
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);

    const raw = (table: string) => db.prepare(`SELECT id, signed_by, signed_by_json, signed_by_legacy, content_sha256 FROM ${table} ORDER BY id`).all();
    expect(raw('notes')).toEqual([
      { id: SIGNED, signed_by: OLD_SIGNER, signed_by_json: null, signed_by_legacy: 1, content_sha256: noteHash },
      { id: DRAFT, signed_by: null, signed_by_json: null, signed_by_legacy: 0, content_sha256: null },
    ]);
    expect(raw('note_amendments')).toEqual([{ id: AMENDMENT, signed_by: OLD_SIGNER, signed_by_json: null, signed_by_legacy: 1, content_sha256: amendmentHash }]);
    expect(raw('plans')).toEqual([{ id: PLAN, signed_by: OLD_SIGNER, signed_by_json: null, signed_by_legacy: 1, content_sha256: planHash }]);

    // What the API says about them: the old name, no credentials, and that it predates profiles.
    const legacy = { name: OLD_SIGNER, credentials: null, licenseNumber: null, npi: null };
    const note = getNote(db, { noteId: SIGNED });
    expect(note).toMatchObject({ status: 'signed', signedBy: legacy, signedBeforeProfiles: true, signedAt: T, contentSha256: noteHash, durationMinutes: 50 });
    expect(note.amendments).toEqual([{ amendmentId: AMENDMENT, text: 'Correction: 45 minutes.', signedBy: legacy, signedBeforeProfiles: true, signedAt: T + 1, contentSha256: amendmentHash }]);
    expect(getPlan(db, { planId: PLAN })).toMatchObject({ signedBy: legacy, signedBeforeProfiles: true, contentSha256: planHash });
    // Their hashes still verify, over what they covered then.
    expect(verifyNoteSignature(db, SIGNED)).toBe(true);
    expect(verifyPlanSignature(db, PLAN)).toBe(true);

    // The immutability triggers are back, exactly as strict.
    expect(() => db.prepare('UPDATE notes SET signed_by_legacy = 0 WHERE id = ?').run(SIGNED)).toThrow(/signed note is immutable/);
    expect(() => db.prepare('UPDATE note_amendments SET signed_by = ? WHERE id = ?').run('x', AMENDMENT)).toThrow(/amendment is immutable/);
    expect(() => db.prepare('UPDATE plans SET signed_by = ? WHERE id = ?').run('x', PLAN)).toThrow(/signed plan is immutable/);
    expect(() => db.prepare('DELETE FROM notes WHERE id = ?').run(SIGNED)).toThrow(/immutable/);

    // The profile starts empty and holds one row; a draft from before signs with it as new.
    expect(getProfile(db)).toMatchObject({ name: null, complete: false });
    const ctx = { now: T + 10_000, actor: OLD_SIGNER };
    updateProfile(db, { name: 'Ana Reyes', credentials: 'LCSW' }, ctx);
    expect(() => db.prepare('INSERT INTO practitioner_profile (id, updated_at) VALUES (2, 0)').run()).toThrow(/CHECK/);
    signNote(db, { noteId: DRAFT }, ctx);
    expect(getNote(db, { noteId: DRAFT })).toMatchObject({ signedBy: { name: 'Ana Reyes', credentials: 'LCSW', licenseNumber: null, npi: null }, signedBeforeProfiles: false });
    expect(verifyNoteSignature(db, DRAFT)).toBe(true);
    db.close();
  });
});
