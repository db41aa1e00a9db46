import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionsFromText } from '../../src-main/cli/record-commands.js';
import { alcoveOnTestVault as alcove } from '../helpers/cli.js';
import { PASSWORD, SIGNER, createTestVault, tempHome, testCore } from '../helpers/vault.js';

describe('records from the command line', () => {
  it('adds a client, a signed note, an amendment, a measure, and finds them by search', async () => {
    const home = await tempHome();
    const { vaultId } = await createTestVault(testCore(home));
    const env = { ALCOVE_HOME: home };
    const run = (args: string[]) => alcove(['--json', '--password-stdin', ...args, '--vault', vaultId], `${PASSWORD}\n`, env);

    const profile = (await run(['profile', 'set', '--name', 'Ana Reyes', '--credentials', 'LCSW', '--license-number', 'LCS 29871', '--license-state', 'ca', '--npi', '1234567893'])).json();
    expect(profile).toEqual({ ...SIGNER, licenseState: 'CA', practice: null, address: null, phone: null, complete: true, updatedAt: expect.any(Number) });

    const client = (await run(['client', 'add', '--name', 'Amara Okafor', '--dob', '1990-04-02', '--part2'])).json();
    expect(client).toEqual({ clientId: expect.stringMatching(/^[0-9a-f-]{36}$/), legalName: 'Amara Okafor', part2: true });

    const file = path.join(home, 'note.txt');
    await fs.writeFile(file, 'Subjective: Reports cravings eased.\nObjective: Calm, engaged.\nAssessment: Improving.\nPlan: Continue weekly.\n');
    const note = (await run(['note', 'add', '--client', client.clientId, '--template', 'soap', '--text-file', file, '--session-date', '2026-11-20', '--sign'])).json();
    expect(note).toEqual({ noteId: expect.any(String), status: 'signed', contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/), signedAt: expect.any(Number) });

    await fs.writeFile(file, 'Correction: cravings eased after the second week.');
    const amended = (await run(['note', 'amend', '--note', note.noteId, '--text-file', file])).json();
    expect(amended).toEqual({ amendmentId: expect.any(String), noteId: note.noteId });

    const shown = (await run(['note', 'show', '--note', note.noteId])).json();
    expect(shown.sections).toEqual({ subjective: 'Reports cravings eased.', objective: 'Calm, engaged.', assessment: 'Improving.', plan: 'Continue weekly.' });
    expect(shown.amendments.map((a: any) => a.text)).toEqual(['Correction: cravings eased after the second week.']);
    expect(shown.signedBy).toEqual(SIGNER);
    expect(shown.signedBeforeProfiles).toBe(false);
    expect(shown.amendments[0].signedBy).toEqual(SIGNER);
    const human = await alcove(['--password-stdin', 'note', 'show', '--note', note.noteId, '--vault', vaultId], `${PASSWORD}\n`, env);
    expect(human.stdout).toContain('signed by Ana Reyes, LCSW');

    const resigned = await run(['note', 'sign', '--note', note.noteId]);
    expect(resigned.code).toBe(1);
    expect(resigned.json().error.code).toBe('RECORD_SIGNED');

    const m = (await run(['measure', 'add', '--client', client.clientId, '--instrument', 'phq9', '--answers', '1,1,1,1,1,1,1,1,1'])).json();
    expect(m).toMatchObject({ measureId: expect.any(String), score: 9, severity: 'mild', flags: [{ kind: 'suicidal-ideation', message: expect.any(String) }] });

    const found = (await run(['search', '--query', 'cravings'])).json();
    expect(found.hits.map((h: any) => [h.recordType, h.recordId])).toEqual(
      expect.arrayContaining([
        ['note', note.noteId],
        ['amendment', amended.amendmentId],
      ]),
    );
    const listed = (await run(['client', 'list'])).json();
    expect(listed.clients[0]).toMatchObject({ clientId: client.clientId, openFlags: 1, part2: true });

    const bad = await run(['measure', 'add', '--client', client.clientId, '--instrument', 'phq9', '--answers', '1,x']);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  }, 120_000);

  it('sets and shows the practitioner profile, and refuses to sign without one (PROFILE_INCOMPLETE)', async () => {
    const home = await tempHome();
    const { vaultId } = await createTestVault(testCore(home));
    const env = { ALCOVE_HOME: home };
    const run = (args: string[], json = true) => alcove([...(json ? ['--json'] : []), '--password-stdin', ...args, '--vault', vaultId], `${PASSWORD}\n`, env);

    const empty = (await run(['profile', 'show'])).json();
    expect(empty).toMatchObject({ name: null, credentials: null, complete: false });
    const client = (await run(['client', 'add', '--name', 'Amara Okafor'])).json();
    const file = path.join(home, 'note.txt');
    await fs.writeFile(file, 'Reports better sleep.');
    const unsigned = await run(['note', 'add', '--client', client.clientId, '--template', 'free', '--text-file', file, '--sign']);
    expect(unsigned.code).toBe(1);
    expect(unsigned.json().error.code).toBe('PROFILE_INCOMPLETE');

    const badNpi = await run(['profile', 'set', '--npi', '1234567890']);
    expect(badNpi.code).toBe(1);
    expect(badNpi.json().error).toEqual({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/check digit/) });
    expect((await run(['profile', 'set'])).json().error.code).toBe('VALIDATION_FAILED');

    await run(['profile', 'set', '--name', 'Ana Reyes', '--credentials', 'LCSW', '--practice', 'Riverside Practice', '--phone', '555-0199']);
    const cleared = (await run(['profile', 'set', '--phone', ''])).json();
    expect(cleared).toMatchObject({ name: 'Ana Reyes', credentials: 'LCSW', practice: 'Riverside Practice', phone: null, complete: true });
    const shown = await run(['profile', 'show'], false);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Name: +Ana Reyes$/m);
    expect(shown.stdout).toMatch(/^Credentials: +LCSW$/m);
    expect(shown.stdout).toMatch(/^NPI: +—$/m);
    expect(shown.stdout).toContain('Ready to sign');
  }, 120_000);

  it('splits a text file into the template’s sections by heading', () => {
    expect(sectionsFromText('dap', 'D: data here\nmore data\nA: assessment\nP: plan')).toEqual({ data: 'data here\nmore data', assessment: 'assessment', plan: 'plan' });
    expect(sectionsFromText('soap', 'No headings at all.')).toEqual({ subjective: 'No headings at all.' });
    expect(sectionsFromText('free', '  whole text  ')).toEqual({ body: 'whole text' });
    expect(sectionsFromText('birp', 'Behaviour: calm\nIntervention: MI\nResponse: engaged\nPlan: next week')).toEqual({ behavior: 'calm', intervention: 'MI', response: 'engaged', plan: 'next week' });
  });
});
