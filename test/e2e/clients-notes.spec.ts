// A session, end to end, on a new vault: add a client, open the chart, write a SOAP note that
// saves itself while typing, leave mid-sentence and come back to every word, find that signing
// first needs a practitioner profile and set one, sign (seeing who signs and that it becomes
// read-only), then amend it. Every screen: axe, and screenshots light and dark.

import { expect, test } from './fixtures.js';
import { ChartPage, ClientListPage, NewClientPage } from './pages/clients.js';
import { NoteEditorPage } from './pages/notes.js';
import { openUnlockedVault, PRACTITIONER, seed, SIGNER_LINE } from './support/records.js';
import { lookAtScreen } from './support/look.js';

test('add client → chart → SOAP note autosaves → away and back intact', async ({ page, alcove }) => {
  const list = new ClientListPage(page);
  const form = new NewClientPage(page);
  const chart = new ChartPage(page);
  const editor = new NoteEditorPage(page);
  await openUnlockedVault(page, alcove, { profile: false });

  await list.expectShown();
  // A new vault has no one to sign with yet, and says so before the first signature.
  await expect(page.getByTestId('profile-prompt')).toContainText('Before your first signature, add your name and credentials');
  await list.newClient.click();
  await form.fill({
    legalName: 'Amara Okafor',
    preferredName: 'Amy',
    pronouns: 'she/her',
    dob: '1990-04-02',
    phone: '555-0142',
    email: 'amy@example.org',
    address: '12 Harbour Lane, Portland',
    emergencyName: 'Chidi Okafor',
    emergencyPhone: '555-0199',
    relationship: 'Brother',
    mrn: 'MRN-88412',
    memberId: 'BCX-2231-77',
    part2: true,
    background: 'Referred by primary care for low mood after a job loss.',
  });
  await lookAtScreen(page, '20-client-new');
  await form.submit();

  await chart.expectFor('Amara Okafor (Amy)');
  await expect(page.getByText('Part 2', { exact: true })).toBeVisible();
  await expect(page.getByText('she/her')).toBeVisible();

  await chart.startNote('SOAP', '2026-11-20');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Progress note');
  await expect(editor.indicator).toHaveAttribute('aria-live', 'polite');
  await editor.section('Subjective').click();
  await page.keyboard.type('Reports sleeping better since starting the wind-down routine.');
  await expect(editor.indicator).toHaveText(/Unsaved changes|Saving…|Saved/);
  await editor.expectSaved();
  await editor.section('Objective').fill('Calm, good eye contact, affect brighter than last week.');
  await page.getByLabel('Duration (minutes)').fill('50');
  await page.getByLabel('Modality').selectOption('telehealth');
  await page.getByLabel('Service code').fill('90834');
  await editor.expectSaved();
  await lookAtScreen(page, '21-note-editor');

  // Leave in mid-sentence, before the debounce fires: the move itself writes the draft.
  await editor.section('Assessment').fill('Mood improving; PHQ-9 trend down');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('button', { name: 'Amara Okafor (Amy)' }).click();
  await chart.expectFor('Amara Okafor');
  await expect(chart.timeline.filter({ hasText: 'Draft' })).toHaveCount(1);
  await chart.timeline.getByRole('button', { name: /Progress note · SOAP/ }).click();
  await expect(editor.section('Assessment')).toHaveValue('Mood improving; PHQ-9 trend down');
  await expect(editor.section('Subjective')).toHaveValue('Reports sleeping better since starting the wind-down routine.');
  await expect(page.getByLabel('Service code')).toHaveValue('90834');
  // It is in the vault, not only on screen.
  const chartData = await seed(alcove, 'clients.chart', { clientId: (await seed(alcove, 'clients.list', {}))[0]!.clientId });
  const stored = await seed(alcove, 'notes.get', { noteId: chartData.notes[0]!.noteId });
  expect(stored.sections.assessment).toBe('Mood improving; PHQ-9 trend down');
  expect(stored.durationMinutes).toBe(50);
});

// Starts from a client and a draft made through the core: the first test above carried both
// halves and took half its timeout on two busy cores.
test('[HIPAA 164.526] sign: the dialog first asks for a profile, the NPI is checked, the signature names the person, then amend', async ({ page, alcove }) => {
  const chart = new ChartPage(page);
  const editor = new NoteEditorPage(page);
  await openUnlockedVault(page, alcove, { profile: false });
  const { clientId } = await seed(alcove, 'clients.create', { legalName: 'Amara Okafor', preferredName: 'Amy', part2: true });
  const { noteId } = await seed(alcove, 'notes.createDraft', {
    clientId,
    template: 'soap',
    sessionDate: '2026-11-20',
    sections: { subjective: 'Reports sleeping better since starting the wind-down routine.', assessment: 'Mood improving; PHQ-9 trend down' },
  });
  // The list loaded before the seeding: visit it again.
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: 'Clients' }).click();
  await new ClientListPage(page).open('Amara Okafor');
  await chart.expectFor('Amara Okafor (Amy)');
  await chart.timeline.getByRole('button', { name: /Progress note · SOAP/ }).click();
  await expect(editor.section('Assessment')).toHaveValue('Mood improving; PHQ-9 trend down');
  const chartData = { notes: [{ noteId }] };

  // Ctrl+S saves now; Ctrl+Enter opens the sign dialog, which first asks for a profile.
  await editor.section('Plan').fill('Continue CBT-I; review sleep diary next week.');
  await page.keyboard.press('Control+s');
  await editor.expectSaved();
  await page.keyboard.press('Control+Enter');
  await expect(editor.dialog.getByTestId('profile-needed')).toContainText('Add your name and credentials first');
  await expect(editor.dialog.getByRole('button', { name: 'Sign note' })).toHaveCount(0);
  await lookAtScreen(page, '22-note-sign-needs-profile');
  await editor.dialog.getByRole('button', { name: 'Open practitioner profile' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  const profile = page.getByRole('form', { name: 'Practitioner profile' });
  await profile.getByLabel('Full name').fill(PRACTITIONER.name);
  await profile.getByLabel('Credentials').fill(PRACTITIONER.credentials);
  await profile.getByLabel('License number').fill(PRACTITIONER.licenseNumber);
  await profile.getByLabel('License state').selectOption(PRACTITIONER.licenseState);
  // The NPI's check digit is checked: a mistyped one is refused, and nothing is saved.
  await profile.getByLabel('NPI').fill('1234567890');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByRole('alert')).toContainText('check digit');
  expect((await seed(alcove, 'profile.get', {})).name).toBeNull();
  await profile.getByLabel('NPI').fill(PRACTITIONER.npi);
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByRole('status')).toContainText(`Your next signature will read “${SIGNER_LINE}”`);
  await lookAtScreen(page, '22-practitioner-profile-saved');
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Clients' }).click();
  await expect(editor.section('Plan')).toHaveValue('Continue CBT-I; review sleep diary next week.');
  await expect(page.getByTestId('profile-prompt')).toHaveCount(0);

  // Now the dialog names the signer: the person, with credentials.
  await page.keyboard.press('Control+Enter');
  await expect(editor.dialog).toBeVisible();
  await expect(editor.dialog.getByTestId('signer')).toHaveText(SIGNER_LINE);
  await expect(editor.dialog).toContainText('read-only');
  await lookAtScreen(page, '22-note-sign-dialog');
  await editor.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.dialog).toBeHidden();
  await editor.signWithConfirmation();

  // [HIPAA 164.312(c)(1)] The signature carries the person, as they were at signing.
  await expect(page.getByTestId('signature')).toContainText(new RegExp(`^Signed by ${SIGNER_LINE}, on [A-Z][a-z]{2} \\d{1,2}, \\d{4} at \\d{1,2}:\\d{2}\\s?[AP]M`));
  const signedNote = await seed(alcove, 'notes.get', { noteId: chartData.notes[0]!.noteId });
  expect(signedNote.signedBy).toEqual({ name: PRACTITIONER.name, credentials: PRACTITIONER.credentials, licenseNumber: PRACTITIONER.licenseNumber, npi: PRACTITIONER.npi });
  await expect(page.getByRole('textbox', { name: 'Subjective' })).toHaveCount(0);
  await editor.amend('Correction: the session was 45 minutes, not 50.');
  await lookAtScreen(page, '23-note-signed-amended');

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('button', { name: 'Amara Okafor (Amy)' }).click();
  await expect(chart.timeline.filter({ hasText: 'Signed' }).filter({ hasText: '1 amendment' })).toHaveCount(1);
});

test('client list: search as you type, status filter, Part 2 badge, discharge and re-admit with a reason', async ({ page, alcove }) => {
  await openUnlockedVault(page, alcove);
  for (const [legalName, extra] of [
    ['Amara Okafor', { preferredName: 'Amy', dob: '1990-04-02', part2: true }],
    ['Björn Ångström', { dob: '1978-11-30' }],
    ['Émile Zola-Bérard', { pronouns: 'he/him' }],
    ['Grace Lin', { dob: '2001-06-15' }],
  ] as const) {
    await seed(alcove, 'clients.create', { legalName, ...extra });
  }
  const list = new ClientListPage(page);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: 'Clients' }).click();
  await list.expectShown();
  await expect(list.rows).toHaveCount(4);
  await expect(list.row('Amara Okafor').getByText('Part 2')).toBeVisible();
  await lookAtScreen(page, '24-client-list');

  await list.filter.pressSequentially('ang');
  await expect(list.rows).toHaveCount(1);
  await expect(list.row('Björn Ångström')).toBeVisible();
  await list.filter.fill('amy');
  await expect(list.rows).toHaveCount(1);
  await list.filter.fill('');
  await expect(list.rows).toHaveCount(4);

  await list.open('Grace Lin');
  await page.getByRole('button', { name: 'Discharge…' }).click();
  await page.getByLabel('Reason for discharge').fill('Treatment goals met');
  await page.getByRole('button', { name: 'Discharge client' }).click();
  await expect(page.getByText(/Discharged .* — Treatment goals met/)).toBeVisible();
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('button', { name: 'Clients' }).click();
  await expect(list.rows).toHaveCount(3);
  await list.status('Discharged');
  await expect(list.rows).toHaveCount(1);
  await list.open('Grace Lin');
  await page.getByRole('button', { name: 'Re-admit…' }).click();
  await page.getByLabel('Reason for re-admission').fill('Returned after a move');
  await page.getByRole('button', { name: 'Re-admit client' }).click();
  await expect(page.getByRole('button', { name: 'Discharge…' })).toBeVisible();

  await page.getByRole('button', { name: 'Contact note…' }).click();
  await page.getByLabel('Kind of contact').selectOption('collateral');
  await page.getByLabel('With whom').fill('School counsellor');
  await page.getByLabel('What was said or done').fill('Shared attendance concerns, with the client’s written consent on file.');
  await page.getByRole('button', { name: 'Save contact note' }).click();
  await expect(page.getByTestId('timeline-item').filter({ hasText: 'Collateral contact with School counsellor' })).toBeVisible();
  const client = await seed(alcove, 'clients.get', { clientId: (await seed(alcove, 'clients.list', { nameStartsWith: 'Grace' }))[0]!.clientId });
  expect(client.episodes.map((e) => e.reason)).toEqual(['admitted', 'Treatment goals met', 'Returned after a move']);
});
