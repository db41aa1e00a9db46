// Every API method, driven with a vault full of canary PHI (and called wrongly on purpose
// too), then every log and crash file scanned: no canary of any kind may be there — names,
// date of birth, phone, email, address, identifiers, note text, search words, or a file path
// with the user's login name in it.

import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src-main/api/methods.js';
import { createLogger } from '../../src-main/log/logger.js';
import { logsDir } from '../../src-main/vault/paths.js';
import { PASSWORD, encodings, filesContaining, listFiles, tempHome, testCore } from '../helpers/vault.js';

const C = {
  name: 'Ottoline Featherstonehaugh',
  preferred: 'Tilly',
  dob: '1958-07-14',
  phone: '+1 (415) 555-0199',
  email: 'ottoline.f@example.org',
  address: '42 Wisteria Lane, Bramblewood',
  mrn: 'MRN88217733',
  member: 'QXW447120935',
  note: 'Reports nightmares about the quarry at Pennington Ridge.',
  amendment: 'Addendum: the quarry dream recurred twice on Tuesday.',
  plan: 'Reduce nightmare frequency using imagery rehearsal.',
  contact: 'Sister Wilhelmina called about the custody hearing.',
  recipient: 'Dr Hieronymus Blackwood',
  words: 'quarry pennington',
  path: path.join(os.homedir(), 'Documents', 'Featherstonehaugh intake.pdf'),
};

// Made at run time, so no source file (or a tool's cache of one) can contain it.
const RUNTIME = `Quill${randomBytes(6).toString('hex')}`;

describe('no PHI in any log', () => {
  it('[GDPR 32] after every API method, successes and failures alike', async () => {
    const home = await tempHome();
    const log = createLogger({ home, level: 'debug' });
    const core = testCore(home, { log });
    const called = new Set<string>();
    const d = async (method: string, input: unknown) => {
      called.add(method);
      return core.dispatch(method, input);
    };
    const ok = async (method: string, input: unknown): Promise<any> => {
      const r = await d(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
      return r.value;
    };

    await ok('vault.assessPassword', { password: C.name, displayName: C.name });
    const kit = await ok('vault.create', { displayName: 'Dr Practitioner', password: PASSWORD });
    await ok('vault.list', {});
    await d('vault.unlock', { vaultId: kit.vaultId, password: C.name });
    await ok('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    await ok('vault.status', {});
    await ok('profile.update', { name: 'Ana Reyes', credentials: 'LCSW', npi: '1234567893' });
    await d('profile.update', { npi: '1234567890' });
    await ok('profile.get', {});
    const { clientId } = await ok('clients.create', {
      legalName: C.name,
      preferredName: C.preferred,
      dob: C.dob,
      phone: C.phone,
      email: C.email,
      address: C.address,
      identifiers: { mrn: C.mrn, insuranceMemberId: C.member },
      background: C.note,
      part2: true,
    });
    await ok('clients.update', { clientId, fields: { pronouns: 'she/her', emergencyContact: { name: C.recipient, phone: C.phone } } });
    await ok('clients.get', { clientId });
    await ok('clients.list', { nameStartsWith: 'otto' });
    await ok('clients.chart', { clientId });
    await ok('clients.discharge', { clientId, reason: `Moved to ${C.address}` });
    await ok('clients.readmit', { clientId, reason: C.contact });
    const { noteId } = await ok('notes.createDraft', { clientId, template: 'free', sessionDate: '2026-11-20', sections: { body: C.note } });
    await ok('notes.saveDraft', { noteId, sections: { body: `${C.note} ${C.email} ${RUNTIME}` } });
    await ok('notes.sign', { noteId });
    await d('notes.saveDraft', { noteId, sections: { body: C.note } });
    await ok('notes.amend', { noteId, text: C.amendment });
    await ok('notes.get', { noteId });
    await d('notes.get', { noteId: C.name });
    await ok('contacts.add', { clientId, kind: 'collateral', occurredAt: '2026-11-19', withWhom: C.recipient, text: C.contact });
    const { planId } = await ok('plans.draft', { clientId, content: { problems: [{ description: C.plan, goals: [] }] } });
    await ok('plans.save', { planId, content: { problems: [{ description: C.plan, goals: [] }], notes: C.address } });
    await ok('plans.sign', { planId });
    await ok('plans.get', { planId });
    const m = await ok('measures.add', { clientId, instrument: 'phq9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 2] });
    await ok('clients.resolveFlag', { flagId: (await ok('clients.get', { clientId })).flags[0].flagId, note: C.contact });
    expect(m.flags.length).toBe(1);
    await ok('measures.instruments', {});
    await ok('drafts.save', { key: `contact:${clientId}`, kind: 'contact', clientId, body: { text: C.contact, withWhom: C.recipient } });
    await ok('drafts.get', { key: `contact:${clientId}` });
    await d('drafts.save', { key: `contact:${C.name}`, kind: 'contact', body: { text: C.note } });
    await ok('drafts.discard', { key: `contact:${clientId}` });
    await ok('search.query', { query: C.words });
    await d('search.query', { query: `${C.words} "NEAR(` });
    await ok('lock.activity', {});
    await ok('lock.flushed', { requestId: clientId });
    await ok('lock.getSettings', {});
    await ok('lock.setSettings', { timeoutMinutes: 10, useSystemIdle: true });
    await ok('session.rememberPlace', { place: { view: 'note', clientId, noteId, section: 'body', cursor: 7 } });
    await ok('session.lastPlace', {});
    await ok('clipboard.copied', {});
    await ok('disclosures.record', { clientId, disclosedOn: '2026-11-19', recipientName: C.recipient, recipientAddress: C.address, description: C.note, purpose: C.contact, basis: C.plan, method: 'Fax' });
    await ok('disclosures.accounting', { clientId });
    const preview = await ok('redaction.preview', { text: `${C.preferred} said ${C.note}`, clientId });
    await ok('redaction.apply', { text: `${C.preferred} said ${C.note}`, spans: preview.spans.map((x: any) => ({ start: x.start, end: x.end, category: x.category })) });
    await d('redaction.apply', { text: C.note, spans: [{ start: 0, end: 999, category: 'NAME' }] });
    await ok('audit.page', { recordId: clientId });
    await ok('audit.verify', {});
    await ok('audit.checkpoint', {});
    await ok('audit.witnessFolders', {});
    await ok('audit.addWitnessFolder', {});
    await d('audit.removeWitnessFolder', { folder: `${C.path}/${C.name}` });
    // The renderer reports errors as code and component only: a message or a stack (which
    // could carry PHI) is refused at the door, and so is PHI dressed as a code.
    await ok('diagnostics.reportError', { kind: 'render', code: 'TypeError', component: 'NoteEditor' });
    await d('diagnostics.reportError', { kind: 'error', code: 'TypeError', component: 'NoteEditor', message: `Cannot render ${C.name} ${RUNTIME} (${C.phone}, born ${C.dob})`, stack: `at open (${C.path}:1:1)` });
    await d('diagnostics.reportError', { kind: 'error', code: C.name, component: 'window' });
    await d('diagnostics.reportError', { kind: C.name, message: C.note });
    await d('clients.get', { clientId: '00000000-0000-4000-8000-000000000000' });
    await d('vault.changePassword', { vaultId: kit.vaultId, oldPassword: C.name, newPassword: C.note });
    await ok('vault.changePassword', { vaultId: kit.vaultId, oldPassword: PASSWORD, newPassword: 'quiet orchard compass 7319' });
    await d('vault.newRecoveryCode', { vaultId: kit.vaultId, password: C.name });
    await ok('vault.newRecoveryCode', { vaultId: kit.vaultId, password: 'quiet orchard compass 7319' });
    const rotated = await ok('vault.changePassword', { vaultId: kit.vaultId, oldPassword: 'quiet orchard compass 7319', newPassword: 'amber lighthouse meadow 88', rotateDataKey: true });
    await ok('vault.lock', {});
    await d('clients.get', { clientId });
    expect((await d('vault.recover', { vaultId: kit.vaultId, recoveryCode: kit.recoveryCode, newPassword: C.preferred })).ok).toBe(false);
    await ok('vault.recover', { vaultId: kit.vaultId, recoveryCode: rotated.recoveryCode, newPassword: PASSWORD });
    await ok('vault.lock', {});
    await d('vault.delete', { vaultId: kit.vaultId, password: C.name });
    await ok('vault.delete', { vaultId: kit.vaultId, password: PASSWORD });

    // Every method of the contract was driven (a new method must join this tour).
    expect([...METHOD_NAMES].filter((m) => !called.has(m))).toEqual([]);

    const logFiles = await listFiles(logsDir(home));
    expect(logFiles.length).toBeGreaterThan(0);
    const { readFile } = await import('node:fs/promises');
    const text = (await Promise.all(logFiles.map((f) => readFile(f, 'utf8')))).join('\n');
    expect(text).toContain('"msg":"renderer.error"');
    expect(text).toContain('"msg":"vault.unlock_failed"');

    const needles = [
      C.name,
      'Ottoline',
      'Featherstonehaugh',
      C.preferred,
      C.dob,
      '555-0199',
      '5550199',
      C.email,
      'Wisteria',
      'Bramblewood',
      C.mrn,
      C.member,
      'nightmares',
      'Pennington',
      'quarry',
      'Wilhelmina',
      'Hieronymus',
      'Blackwood',
      'imagery rehearsal',
      os.homedir() + path.sep,
      RUNTIME,
    ].flatMap(encodings);
    // Logs and crash files live in the data directory; temp files would be in the OS temp folder.
    expect(await filesContaining([home], needles)).toEqual([]);
    expect(await filesContaining([os.tmpdir()], encodings(RUNTIME))).toEqual([]);
  }, 120_000);
});
