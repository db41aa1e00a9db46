// The practitioner profile and the signatures that name it: the NPI's check digit, signing
// refused without a person to sign, and the signer kept inside the signed content as they
// were at signing.

import Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiOutput } from '../../src-main/api/contract.js';
import type { MethodName } from '../../src-main/api/methods.js';
import type { AlcoveCore } from '../../src-main/core.js';
import { createClient } from '../../src-main/records/clients.js';
import { sha256, type OpContext } from '../../src-main/records/db.js';
import { createDraft, signNote, signedContent, verifyNoteSignature } from '../../src-main/records/notes.js';
import { isValidNpi, updateProfile } from '../../src-main/records/profile.js';
import { draftPlan, signPlan, verifyPlanSignature } from '../../src-main/records/plans.js';
import { migrate } from '../../src-main/vault/migrations/index.js';
import { PASSWORD, PROFILE, SIGNER, createTestVault, tempHome, testCore } from '../helpers/vault.js';

let core: AlcoveCore;
let now = Date.UTC(2026, 11, 4, 22, 32);

async function call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  // The dispatcher checked the output against the contract's schema for this method.
  return r.value as ApiOutput<M>;
}

async function refusal(method: string, input: unknown): Promise<{ code: string; message: string }> {
  const r = await core.dispatch(method, input);
  if (r.ok) throw new Error(`${method} should have failed`);
  return r.error;
}

describe('the NPI check digit', () => {
  it('is the Luhn formula over 80840 and the first nine digits, as CMS specifies', () => {
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1245319599')).toBe(true);
    expect(isValidNpi('1234567890')).toBe(false);
    expect(isValidNpi('1234567894')).toBe(false);
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('12345678931')).toBe(false);
    expect(isValidNpi('12345678a3')).toBe(false);
  });
});

describe('the practitioner profile', () => {
  beforeEach(async () => {
    now = Date.UTC(2026, 11, 4, 22, 32);
    core = testCore(await tempHome(), { now: () => now });
    const kit = await createTestVault(core);
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
  });

  it('starts empty, takes a patch, clears a field with an empty string, and checks the NPI and state', async () => {
    expect(await call('profile.get', {})).toMatchObject({ name: null, credentials: null, npi: null, complete: false, updatedAt: null });
    const set = await call('profile.update', { ...PROFILE, licenseState: 'ca', practice: 'Riverside Practice', phone: '(555) 010-0199' });
    expect(set).toEqual({ ...PROFILE, licenseState: 'CA', practice: 'Riverside Practice', address: null, phone: '(555) 010-0199', complete: true, updatedAt: now });
    now += 1000;
    expect(await call('profile.update', { phone: '', address: '12 Elm St\nSpringfield' })).toMatchObject({ ...PROFILE, phone: null, address: '12 Elm St\nSpringfield', updatedAt: now });

    const badNpi = await refusal('profile.update', { npi: '1234567890' });
    expect(badNpi.code).toBe('VALIDATION_FAILED');
    expect(badNpi.message).toMatch(/check digit/);
    expect((await refusal('profile.update', { npi: '12345' })).code).toBe('VALIDATION_FAILED');
    expect((await refusal('profile.update', { licenseState: 'ZZ' })).message).toMatch(/state or territory/);
    expect((await refusal('profile.update', { name: 'x'.repeat(201) })).code).toBe('VALIDATION_FAILED');
    expect((await refusal('profile.update', { name: 'Ana\u0000Reyes' })).code).toBe('VALIDATION_FAILED');
    // Refusals changed nothing.
    expect(await call('profile.get', {})).toMatchObject({ npi: PROFILE.npi, licenseState: 'CA', name: PROFILE.name });
  });

  it('[HIPAA 164.312(d)] refuses to sign without a name and credentials: PROFILE_INCOMPLETE, and the note stays a draft', async () => {
    const { clientId } = await call('clients.create', { legalName: 'Amara Okafor' });
    const { noteId } = await call('notes.createDraft', { clientId, template: 'free', sessionDate: '2026-12-04', sections: { body: 'Reports better sleep.' } });
    const before = await call('notes.get', { noteId });

    const refused = await refusal('notes.sign', { noteId, sections: { body: 'Rewritten while signing.' } });
    expect(refused.code).toBe('PROFILE_INCOMPLETE');
    expect(refused.message).toMatch(/name and credentials/);
    // A name alone is not enough: a signature names credentials too.
    await call('profile.update', { name: 'Ana Reyes' });
    expect((await refusal('notes.sign', { noteId })).code).toBe('PROFILE_INCOMPLETE');
    expect(await call('notes.get', { noteId })).toEqual(before);
    expect(before).toMatchObject({ status: 'draft', signedBy: null, signedAt: null, contentSha256: null });

    const { planId } = await call('plans.draft', { clientId, content: { problems: [{ description: 'Insomnia', goals: [] }] } });
    expect((await refusal('plans.sign', { planId })).code).toBe('PROFILE_INCOMPLETE');
    expect(await call('plans.get', { planId })).toMatchObject({ status: 'draft', signedBy: null });

    // Amendments are signed as they are written: the same rule.
    await call('profile.update', { credentials: 'LCSW' });
    await call('notes.sign', { noteId });
    await call('profile.update', { credentials: '' });
    expect((await refusal('notes.amend', { noteId, text: 'Correction.' })).code).toBe('PROFILE_INCOMPLETE');
    expect((await call('notes.get', { noteId })).amendments).toEqual([]);

    const log = await call('audit.page', { action: 'note.sign', limit: 10 });
    expect(log.entries.map((e) => e.outcome)).toEqual(['ok', 'PROFILE_INCOMPLETE', 'PROFILE_INCOMPLETE']);
  });

  it('[HIPAA 164.312(c)(1)] a signature carries the person as they were at signing, whatever the profile says later', async () => {
    await call('profile.update', PROFILE);
    const { clientId } = await call('clients.create', { legalName: 'Amara Okafor' });
    const { noteId } = await call('notes.createDraft', { clientId, template: 'free', sessionDate: '2026-12-04', sections: { body: 'Reports better sleep.' } });
    const signed = await call('notes.sign', { noteId });
    const { planId } = await call('plans.draft', { clientId, content: { problems: [{ description: 'Insomnia', goals: [] }] } });
    await call('plans.sign', { planId });
    await call('notes.amend', { noteId, text: 'Correction: 45 minutes.' });

    now += 86_400_000;
    await call('profile.update', { name: 'Ana Reyes-Moreno', credentials: 'LCSW, PsyD', licenseNumber: 'PSY 1001', npi: '1245319599' });
    await call('notes.amend', { noteId, text: 'Addendum after the name change.' });

    const note = await call('notes.get', { noteId });
    expect(note.signedBy).toEqual(SIGNER);
    expect(note.signedBeforeProfiles).toBe(false);
    expect(note.contentSha256).toBe(signed.contentSha256);
    expect(note.amendments.map((a) => a.signedBy)).toEqual([SIGNER, { name: 'Ana Reyes-Moreno', credentials: 'LCSW, PsyD', licenseNumber: 'PSY 1001', npi: '1245319599' }]);
    expect((await call('plans.get', { planId })).signedBy).toEqual(SIGNER);
  });
});

describe('the signed content', () => {
  it('[HIPAA 164.312(c)(1)] covers the signer: a changed signer breaks the signature', () => {
    const db = new Database(':memory:');
    migrate(db);
    const ctx: OpContext = { now: Date.UTC(2026, 11, 4, 22, 32), actor: 'Riverside Practice' };
    updateProfile(db, PROFILE, ctx);
    const { clientId } = createClient(db, { legalName: 'Amara Okafor' }, ctx);
    const { noteId } = createDraft(db, { clientId, template: 'free', sessionDate: '2026-12-04', sections: { body: 'Reports better sleep.' } }, ctx);
    const { contentSha256 } = signNote(db, { noteId }, ctx);
    expect(verifyNoteSignature(db, noteId)).toBe(true);

    const row = db.prepare('SELECT * FROM notes WHERE id = ?').get(noteId) as Parameters<typeof signedContent>[0];
    expect(JSON.parse(row.signed_by_json as string)).toEqual(SIGNER);
    expect(contentSha256).toBe(sha256(signedContent(row)));
    expect(sha256(signedContent(row, { ...SIGNER, credentials: 'PsyD' }))).not.toBe(contentSha256);

    // A signed note cannot be edited in place; someone who lifts the trigger is caught anyway.
    expect(() => db.prepare('UPDATE notes SET signed_by_json = ? WHERE id = ?').run(JSON.stringify({ ...SIGNER, name: 'Someone Else' }), noteId)).toThrow(/immutable/);
    db.exec('DROP TRIGGER notes_signed_are_immutable');
    db.prepare('UPDATE notes SET signed_by_json = ? WHERE id = ?').run(JSON.stringify({ ...SIGNER, name: 'Someone Else' }), noteId);
    expect(verifyNoteSignature(db, noteId)).toBe(false);

    // A plan's signature the same way.
    const { planId } = draftPlan(db, { clientId, content: { problems: [{ description: 'Insomnia', goals: [] }] } }, ctx);
    signPlan(db, { planId }, ctx);
    expect(verifyPlanSignature(db, planId)).toBe(true);
    db.exec('DROP TRIGGER plans_signed_are_immutable');
    db.prepare('UPDATE plans SET signed_by_json = ? WHERE id = ?').run(JSON.stringify({ ...SIGNER, credentials: 'PsyD' }), planId);
    expect(verifyPlanSignature(db, planId)).toBe(false);
    db.close();
  });
});
