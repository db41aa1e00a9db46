// Clinical records through the real dispatcher and vault worker, as the app and CLI use them.

import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AlcoveCore } from '../../src-main/core.js';
import { PASSWORD, PROFILE, SIGNER, createTestVault, tempHome, testCore } from '../helpers/vault.js';

let core: AlcoveCore;
let now = Date.UTC(2026, 10, 20, 15, 0);

async function call<T = any>(method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}

async function fails(method: string, input: unknown): Promise<string> {
  const r = await core.dispatch(method, input);
  if (r.ok) throw new Error(`${method} should have failed`);
  return r.error.code;
}

beforeEach(async () => {
  now = Date.UTC(2026, 10, 20, 15, 0);
  core = testCore(await tempHome(), { now: () => now });
  const kit = await createTestVault(core);
  await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
  await call('profile.update', PROFILE);
});

describe('clients', () => {
  it('are created, listed by name, charted, discharged and re-admitted with history kept', async () => {
    const { clientId } = await call('clients.create', { legalName: 'Amara Okafor', preferredName: 'Amy', dob: '1990-04-02', part2: true });
    await call('clients.create', { legalName: 'Émile Zola-Bérard' });
    const list = await call('clients.list', {});
    expect(list.map((c: any) => c.legalName)).toEqual(['Amara Okafor', 'Émile Zola-Bérard']);
    expect((await call('clients.list', { nameStartsWith: 'emi' })).map((c: any) => c.legalName)).toEqual(['Émile Zola-Bérard']);
    expect((await call('clients.list', { nameStartsWith: 'amy' })).map((c: any) => c.legalName)).toEqual(['Amara Okafor']);

    now += 1000;
    await call('clients.discharge', { clientId, reason: 'treatment completed' });
    expect((await call('clients.list', {})).map((c: any) => c.legalName)).toEqual(['Émile Zola-Bérard']);
    expect(await fails('clients.discharge', { clientId })).toBe('CONFLICT');
    now += 1000;
    await call('clients.readmit', { clientId, reason: 'returned after relapse' });
    const client = await call('clients.get', { clientId });
    expect(client.part2).toBe(true);
    expect(client.episodes.map((e: any) => [e.status, e.reason])).toEqual([
      ['active', 'admitted'],
      ['discharged', 'treatment completed'],
      ['active', 'returned after relapse'],
    ]);
  });

  it('refuses oversized and malformed fields with a typed error, changing nothing', async () => {
    expect(await fails('clients.create', { legalName: 'x'.repeat(201) })).toBe('VALIDATION_FAILED');
    expect(await fails('clients.create', { legalName: 'A', dob: '1990-13-45' })).toBe('VALIDATION_FAILED');
    expect(await call('clients.list', { status: 'all' })).toEqual([]);
  });
});

describe('session notes', () => {
  it('[HIPAA 164.312(c)(1)] [HIPAA 164.312(c)(2)] [HIPAA 164.526] autosave drafts, sign with a hash, refuse edits after signing, and keep amendments beside the original', async () => {
    const { clientId } = await call('clients.create', { legalName: 'Amara Okafor' });
    const { noteId } = await call('notes.createDraft', { clientId, template: 'soap', sessionDate: '2026-11-20', modality: 'telehealth', durationMinutes: 50 });
    const s1 = await call('notes.saveDraft', { noteId, sections: { subjective: 'Reports better sleep.' } });
    const s2 = await call('notes.saveDraft', { noteId, sections: { subjective: 'Reports better sleep this week.', plan: 'Continue CBT-I.' } });
    expect(s2.revision).toBe(s1.revision + 1);

    now += 60_000;
    const signed = await call('notes.sign', { noteId });
    expect(signed.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await fails('notes.saveDraft', { noteId, sections: { subjective: 'rewritten' } })).toBe('RECORD_SIGNED');
    expect(await fails('notes.sign', { noteId })).toBe('RECORD_SIGNED');

    now += 60_000;
    await call('notes.amend', { noteId, text: 'Correction: session was 45 minutes.' });
    const note = await call('notes.get', { noteId });
    expect(note.status).toBe('signed');
    expect(note.signedBy).toEqual(SIGNER);
    expect(note.signedBeforeProfiles).toBe(false);
    expect(note.sections).toEqual({ subjective: 'Reports better sleep this week.', plan: 'Continue CBT-I.' });
    expect(note.amendments).toEqual([
      { amendmentId: expect.any(String), text: 'Correction: session was 45 minutes.', signedBy: SIGNER, signedBeforeProfiles: false, signedAt: now, contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(note.lateEntry).toBe(false);
    // Drafts take edits, not amendments.
    const draft = await call('notes.createDraft', { clientId, template: 'dap', sessionDate: '2026-11-20' });
    expect(await fails('notes.amend', { noteId: draft.noteId, text: 'x' })).toBe('VALIDATION_FAILED');
  });

  it('marks notes entered more than two days after the session as late entries', async () => {
    const { clientId } = await call('clients.create', { legalName: 'Late Client' });
    const late = await call('notes.createDraft', { clientId, template: 'free', sessionDate: '2026-11-10', sections: { body: 'Catch-up note.' } });
    await call('notes.sign', { noteId: late.noteId });
    expect((await call('notes.get', { noteId: late.noteId })).lateEntry).toBe(true);
    const timely = await call('notes.createDraft', { clientId, template: 'free', sessionDate: '2026-11-19', sections: { body: 'Same week.' } });
    expect((await call('notes.get', { noteId: timely.noteId })).lateEntry).toBe(false);
  });

  it('refuses sections the template does not have, an empty note to sign, and an oversized note (nothing changes)', async () => {
    const { clientId } = await call('clients.create', { legalName: 'A Client' });
    const { noteId } = await call('notes.createDraft', { clientId, template: 'birp', sessionDate: '2026-11-20' });
    expect(await fails('notes.saveDraft', { noteId, sections: { subjective: 'wrong template' } })).toBe('VALIDATION_FAILED');
    expect(await fails('notes.sign', { noteId })).toBe('VALIDATION_FAILED');
    await call('notes.saveDraft', { noteId, sections: { behavior: 'kept' } });
    const big = 'word '.repeat(11_000);
    expect(
      await fails('notes.saveDraft', { noteId, sections: { behavior: big, intervention: big, response: big, plan: big } }),
    ).toBe('TOO_LARGE');
    const note = await call('notes.get', { noteId });
    expect(note.sections).toEqual({ behavior: 'kept' });
    expect(await fails('notes.saveDraft', { noteId, sections: { behavior: 'x'.repeat(60_001) } })).toBe('VALIDATION_FAILED');
  });

  it('keeps psychotherapy notes apart from progress notes', async () => {
    const { clientId } = await call('clients.create', { legalName: 'A Client' });
    await call('notes.createDraft', { clientId, template: 'free', kind: 'psychotherapy', sessionDate: '2026-11-20', sections: { body: 'Process notes.' } });
    await call('notes.createDraft', { clientId, template: 'soap', sessionDate: '2026-11-20' });
    const chart = await call('clients.chart', { clientId });
    expect(chart.notes.map((n: any) => n.kind).sort()).toEqual(['progress', 'psychotherapy']);
  });
});

describe('measures and risk flags', () => {
  it('scores a PHQ-9 and raises a risk flag on the client for item 9 above 0, until resolved', async () => {
    const { clientId } = await call('clients.create', { legalName: 'At Risk' });
    const m = await call('measures.add', { clientId, instrument: 'phq9', answers: [2, 2, 1, 1, 2, 1, 1, 2, 1], administeredOn: '2026-11-20' });
    expect(m.score).toBe(13);
    expect(m.severity).toBe('moderate');
    expect(m.flags.map((f: any) => f.kind)).toEqual(['suicidal-ideation']);
    const chart = await call('clients.chart', { clientId });
    expect(chart.client.flags).toHaveLength(1);
    expect(chart.measures.map((x: any) => x.score)).toEqual([13]);
    expect((await call('clients.list', {}))[0].openFlags).toBe(1);
    await call('clients.resolveFlag', { flagId: chart.client.flags[0].flagId, note: 'Safety plan reviewed; no intent.' });
    expect((await call('clients.get', { clientId })).flags).toEqual([]);
    expect(await fails('measures.add', { clientId, instrument: 'phq9', answers: [1, 2, 3] })).toBe('VALIDATION_FAILED');
  });
});

describe('treatment plans and contact notes', () => {
  it('[HIPAA 164.312(c)(1)] version plans: a signed version is immutable and revising starts a copy', async () => {
    const { clientId } = await call('clients.create', { legalName: 'Plan Client' });
    const v1 = await call('plans.draft', { clientId, reviewDate: '2027-02-01' });
    const content = { problems: [{ description: 'Insomnia', goals: [{ description: 'Sleep 7 hours', objectives: [{ description: 'ISI below 8', targetDate: '2027-01-15' }], interventions: ['CBT-I'] }] }] };
    await call('plans.save', { planId: v1.planId, content });
    expect(await fails('plans.draft', { clientId })).toBe('CONFLICT');
    await call('plans.sign', { planId: v1.planId });
    expect(await fails('plans.save', { planId: v1.planId, content })).toBe('RECORD_SIGNED');
    const v2 = await call('plans.draft', { clientId });
    expect(v2.version).toBe(2);
    expect((await call('plans.get', { planId: v2.planId })).content).toEqual(content);
    await call('contacts.add', { clientId, kind: 'call', occurredAt: '2026-11-19', withWhom: 'Client', text: 'Rescheduled session.' });
    const chart = await call('clients.chart', { clientId });
    expect(chart.plans.map((p: any) => [p.version, p.status])).toEqual([
      [2, 'draft'],
      [1, 'signed'],
    ]);
    expect(chart.contacts).toHaveLength(1);
  });
});

describe('search', () => {
  async function seed() {
    const a = await call('clients.create', { legalName: 'Amara Okafor' });
    const b = await call('clients.create', { legalName: 'Björn Ångström' });
    const n1 = await call('notes.createDraft', { clientId: a.clientId, template: 'soap', sessionDate: '2026-10-01', sections: { subjective: 'Discussed naïve expectations about sleep hygiene.' } });
    const n2 = await call('notes.createDraft', { clientId: b.clientId, template: 'dap', sessionDate: '2026-11-01', sections: { data: 'Sleep improved. Sleep diary reviewed. Sleep restriction continued.' } });
    const n3 = await call('notes.createDraft', { clientId: a.clientId, template: 'free', sessionDate: '2026-11-15', sections: { body: 'Family conflict; no mention of the other topic.' } });
    return { a, b, n1, n2, n3 };
  }

  it('ranks matches, highlights snippets and filters by client and record type', async () => {
    const { a, n1, n2 } = await seed();
    const r = await call('search.query', { query: 'sleep' });
    expect(r.complete).toBe(true);
    // The note that says "sleep" three times ranks above the one that says it once.
    expect(r.hits.map((h: any) => h.recordId)).toEqual([n2.noteId, n1.noteId]);
    expect(r.hits[0].snippet.filter((p: any) => p.hit).map((p: any) => p.text.toLowerCase())).toContain('sleep');
    expect(r.hits[0].title).toContain('Björn Ångström');
    const onlyA = await call('search.query', { query: 'sleep', clientId: a.clientId });
    expect(onlyA.hits.map((h: any) => h.recordId)).toEqual([n1.noteId]);
    const clients = await call('search.query', { query: 'okafor', recordTypes: ['client'] });
    expect(clients.hits.map((h: any) => [h.recordType, h.recordId])).toEqual([['client', a.clientId]]);
    const dated = await call('search.query', { query: 'sleep', from: '2026-10-15', to: '2026-12-31' });
    expect(dated.hits.map((h: any) => h.recordId)).toEqual([n2.noteId]);
  });

  it('is case- and diacritic-insensitive, and finds prefixes while typing', async () => {
    const { b, n1 } = await seed();
    expect((await call('search.query', { query: 'NAIVE' })).hits.map((h: any) => h.recordId)).toEqual([n1.noteId]);
    expect((await call('search.query', { query: 'angstrom', recordTypes: ['client'] })).hits.map((h: any) => h.recordId)).toEqual([b.clientId]);
    expect((await call('search.query', { query: 'hygi', prefix: true })).hits.map((h: any) => h.recordId)).toEqual([n1.noteId]);
    expect((await call('search.query', { query: 'hygi' })).hits).toEqual([]);
  });

  it('finds a signed note’s amendment and updates the index when a draft changes', async () => {
    const { n3 } = await seed();
    await call('notes.saveDraft', { noteId: n3.noteId, sections: { body: 'Now about grief and loss.' } });
    expect((await call('search.query', { query: 'conflict' })).hits).toEqual([]);
    expect((await call('search.query', { query: 'grief' })).hits.map((h: any) => h.recordId)).toEqual([n3.noteId]);
    await call('notes.sign', { noteId: n3.noteId });
    const { amendmentId } = await call('notes.amend', { noteId: n3.noteId, text: 'Addendum: bereavement anniversary next week.' });
    const hits = (await call('search.query', { query: 'bereavement' })).hits;
    expect(hits.map((h: any) => [h.recordType, h.recordId, h.parentId])).toEqual([['amendment', amendmentId, n3.noteId]]);
  });

  it('treats anything typed as words: FTS syntax and hostile strings never break the query', async () => {
    await seed();
    for (const q of ['"', 'sleep"', 'sleep AND', 'NEAR(', '*', 'sleep OR -', '{title}:x', "'; DROP TABLE notes; --", 'col:sleep', '^sleep', '(((', '\u0000', 'sleep NOT sleep']) {
      const r = await core.dispatch('search.query', { query: q });
      expect(r.ok, q).toBe(true);
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (q) => {
        const r = await core.dispatch('search.query', { query: q, prefix: true });
        return r.ok;
      }),
      { numRuns: 150 },
    );
    expect((await call('search.query', { query: 'sleep OR family' })).hits).toEqual([]);
  });
});
