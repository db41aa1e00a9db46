// Every editor survives the inactivity lock: type into it (or pick answers), let the fake
// clock run past the timeout, unlock through the lock screen, and the app comes back to the
// same place with the form open and every word where it was. While locked, none of it is on
// the page or in the renderer's own storage (it went to the vault as a draft). Data is seeded
// through the core so each test stays short; note sections are covered in lock.spec.

import type { Page } from '@playwright/test';
import { expect, PASSWORDS, test, type Alcove } from './fixtures.js';
import { ChartPage, ClientListPage } from './pages/clients.js';
import { MeasureEntryPage } from './pages/measures.js';
import { PlanEditorPage } from './pages/plans.js';
import { LockScreenPage } from './pages/unlock.js';
import { coreEvent, DEFAULT_TIMEOUT_MS, expectNoneOnPage } from './support/lock-session.js';
import { openUnlockedVault, PRACTITIONER, seed } from './support/records.js';

const CLIENT = 'Ottoline Brackenbury';

interface StorageDocument {
  localStorage: { length: number; key(i: number): string | null; getItem(k: string): string | null };
  sessionStorage: StorageDocument['localStorage'];
  indexedDB: { databases(): Promise<{ name?: string }[]> };
}

/** Nothing in localStorage, sessionStorage or IndexedDB holds any of these words. */
async function expectNoneStored(page: Page, words: readonly string[]): Promise<void> {
  const stored = await page.evaluate(async () => {
    const g = globalThis as unknown as StorageDocument;
    const dump = (s: StorageDocument['localStorage']) =>
      Array.from({ length: s.length }, (_, i) => {
        const k = s.key(i) ?? '';
        return `${k}=${s.getItem(k) ?? ''}`;
      }).join('\n');
    const dbs = await g.indexedDB.databases();
    return { local: dump(g.localStorage), session: dump(g.sessionStorage), idb: dbs.map((d) => d.name ?? '').join('\n') };
  });
  for (const word of words) {
    expect(stored.local, `localStorage holds "${word}"`).not.toContain(word);
    expect(stored.session, `sessionStorage holds "${word}"`).not.toContain(word);
    expect(stored.idb, `IndexedDB holds "${word}"`).not.toContain(word);
  }
}

/** A client seeded through the core, then its chart opened through the screens. */
async function openChart(page: Page, alcove: Alcove): Promise<{ clientId: string; chart: ChartPage }> {
  await openUnlockedVault(page, alcove);
  const { clientId } = await seed(alcove, 'clients.create', { legalName: CLIENT });
  const nav = page.getByRole('navigation', { name: 'Workspace' });
  // Away and back, so the list reads the client just added.
  await nav.getByRole('button', { name: 'Search' }).click();
  await nav.getByRole('button', { name: 'Clients' }).click();
  await new ClientListPage(page).open(CLIENT);
  const chart = new ChartPage(page);
  await chart.expectFor(CLIENT);
  return { clientId, chart };
}

/** Away past the timeout: locked, with none of the words on the page or in its storage; then unlocked. */
async function lockByTimeoutAndUnlock(page: Page, alcove: Alcove, phi: readonly string[]): Promise<void> {
  const lockScreen = new LockScreenPage(page);
  const before = alcove.events.length;
  alcove.clock.advance(DEFAULT_TIMEOUT_MS + 1_000);
  expect(await coreEvent(alcove, 'vault.locked', before)).toEqual({ reason: 'timeout' });
  await lockScreen.expectShown('without activity');
  const names = alcove.events.slice(before).map((e) => e.name);
  expect(names.indexOf('lock.flush')).toBeGreaterThanOrEqual(0);
  expect(names.indexOf('lock.flush')).toBeLessThan(names.indexOf('vault.locked'));
  await expectNoneOnPage(page, phi);
  await expectNoneStored(page, phi);
  await lockScreen.unlock(PASSWORDS.first);
}

test('treatment plan: typed and not saved, back after the timeout lock', async ({ page, alcove }) => {
  const { clientId, chart } = await openChart(page, alcove);
  const plan = new PlanEditorPage(page);
  await chart.plan.click();
  await plan.expectVersion(1, 'Draft');
  const PROBLEM = 'Nightmares about the Harrowgate flood';
  const NOTES = 'Revisit after the Pemberton hearing';
  await plan.field('Problem 1 description').fill(PROBLEM);
  await plan.field('Goal 1.1 description').fill('Sleep through most nights');
  await plan.field('Plan notes').fill(NOTES);
  await expect(plan.indicator).toHaveText('Unsaved changes');

  await lockByTimeoutAndUnlock(page, alcove, [CLIENT, 'Ottoline', 'Harrowgate', 'Pemberton']);
  await plan.expectVersion(1, 'Draft');
  await expect(plan.field('Problem 1 description')).toHaveValue(PROBLEM);
  await expect(plan.field('Goal 1.1 description')).toHaveValue('Sleep through most nights');
  await expect(plan.field('Plan notes')).toHaveValue(NOTES);
  await expect(plan.indicator).toHaveText('Unsaved changes');

  // Saving the plan makes the draft redundant: it is discarded.
  await plan.save.click();
  await expect(plan.indicator).toHaveText(/^Saved \d/);
  const planId = (await seed(alcove, 'clients.chart', { clientId })).plans[0]!.planId;
  await expect.poll(() => seed(alcove, 'drafts.get', { key: `plan:${planId}` })).toBeNull();
});

test('contact note: typed and not saved, back after the timeout lock', async ({ page, alcove }) => {
  const { clientId } = await openChart(page, alcove);
  await page.getByRole('button', { name: 'Contact note…' }).click();
  const TEXT = 'Left a message about the Quillfeather referral.';
  await page.getByLabel('Kind of contact').selectOption('collateral');
  await page.getByLabel('With whom').fill('Dr. Marchbanks');
  await page.getByLabel('What was said or done').fill(TEXT);

  await lockByTimeoutAndUnlock(page, alcove, [CLIENT, 'Quillfeather', 'Marchbanks']);
  await new ChartPage(page).expectFor(CLIENT);
  await expect(page.getByLabel('What was said or done')).toHaveValue(TEXT);
  await expect(page.getByLabel('With whom')).toHaveValue('Dr. Marchbanks');
  await expect(page.getByLabel('Kind of contact')).toHaveValue('collateral');

  // Saved as a contact note: the draft is gone, the form closes, the timeline shows it.
  await page.getByRole('button', { name: 'Save contact note' }).click();
  await expect(page.getByTestId('timeline-item').filter({ hasText: 'Collateral contact with Dr. Marchbanks' })).toBeVisible();
  expect(await seed(alcove, 'drafts.get', { key: `contact:${clientId}` })).toBeNull();
});

test('amendment: typed and not signed, back after the timeout lock', async ({ page, alcove }) => {
  const { clientId } = await openChart(page, alcove);
  const { noteId } = await seed(alcove, 'notes.createDraft', { clientId, template: 'free', sessionDate: '2026-11-20', sections: { body: 'Session went well.' } });
  await seed(alcove, 'notes.sign', { noteId });
  // Away and back, so the chart reads the note just signed.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('button', { name: 'Clients' }).click();
  await new ClientListPage(page).open(CLIENT);
  await page.getByTestId('timeline-item').getByRole('button', { name: /note/i }).first().click();
  await expect(page.getByTestId('signature')).toBeVisible();
  await page.getByRole('button', { name: 'Add amendment' }).click();
  const TEXT = 'Correction: the session was at the Wexcombe clinic, not by phone.';
  await page.getByRole('textbox', { name: 'Amendment' }).fill(TEXT);

  await lockByTimeoutAndUnlock(page, alcove, [CLIENT, 'Wexcombe']);
  await expect(page.getByTestId('signature')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Amendment' })).toHaveValue(TEXT);

  // Cancelling discards it: opening the form again starts empty.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => seed(alcove, 'drafts.get', { key: `amendment:${noteId}` })).toBeNull();
  await page.getByRole('button', { name: 'Add amendment' }).click();
  await expect(page.getByRole('textbox', { name: 'Amendment' })).toHaveValue('');
});

test('new client form: typed and not added, back after the timeout lock', async ({ page, alcove }) => {
  await openUnlockedVault(page, alcove);
  const list = new ClientListPage(page);
  await list.expectShown();
  await list.newClient.click();
  await page.getByLabel('Legal name').fill('Peregrine Ashdown-Vale');
  await page.getByLabel('Pronouns').fill('they/them');
  await page.getByLabel('Substance-use-disorder treatment (42 CFR Part 2)').check();
  const BACKGROUND = 'Referred by the Tollbridge shelter after a fall.';
  await page.getByLabel('Background').fill(BACKGROUND);

  await lockByTimeoutAndUnlock(page, alcove, ['Peregrine', 'Ashdown', 'Tollbridge']);
  await list.expectShown();
  await expect(page.getByLabel('Legal name')).toHaveValue('Peregrine Ashdown-Vale');
  await expect(page.getByLabel('Pronouns')).toHaveValue('they/them');
  await expect(page.getByLabel('Substance-use-disorder treatment (42 CFR Part 2)')).toBeChecked();
  await expect(page.getByLabel('Background')).toHaveValue(BACKGROUND);

  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Peregrine Ashdown-Vale');
  expect(await seed(alcove, 'drafts.get', { key: 'client:new' })).toBeNull();
});

test('measure: answers in progress, back after the timeout lock', async ({ page, alcove }) => {
  const { clientId, chart } = await openChart(page, alcove);
  await chart.scoreMeasure.click();
  const entry = new MeasureEntryPage(page);
  await entry.expectShown();
  await entry.choose('GAD-7');
  await entry.answer(1, 'Several days');
  await entry.answer(2, 'Nearly every day');
  await entry.answer(3, 'More than half the days');
  await expect(entry.total).toContainText('Total 6 of 21 · 3 of 7 answered');

  await lockByTimeoutAndUnlock(page, alcove, [CLIENT, 'Ottoline']);
  await entry.expectShown();
  await expect(page.getByRole('radio', { name: /^GAD-7 / })).toBeChecked();
  await expect(entry.item(1).getByRole('radio', { name: /^Several days/ })).toBeChecked();
  await expect(entry.item(2).getByRole('radio', { name: /^Nearly every day/ })).toBeChecked();
  await expect(entry.item(3).getByRole('radio', { name: /^More than half the days/ })).toBeChecked();
  await expect(entry.item(4).getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(entry.total).toContainText('Total 6 of 21 · 3 of 7 answered');

  // Finished and saved: the answers in progress are discarded.
  for (const n of [4, 5, 6, 7]) await entry.answer(n, 'Not at all');
  await entry.save.click();
  await expect(page.getByRole('heading', { name: /GAD-7 saved: 6 of 21/ })).toBeVisible();
  expect(await seed(alcove, 'drafts.get', { key: `measure:${clientId}` })).toBeNull();
});

test('discharge reason: typed and not submitted, back after the timeout lock', async ({ page, alcove }) => {
  const { clientId } = await openChart(page, alcove);
  await page.getByRole('button', { name: 'Discharge…' }).click();
  const REASON = 'Moving to the Fenwick practice in March';
  await page.getByLabel('Reason for discharge').fill(REASON);

  await lockByTimeoutAndUnlock(page, alcove, [CLIENT, 'Fenwick']);
  await new ChartPage(page).expectFor(CLIENT);
  await expect(page.getByLabel('Reason for discharge')).toHaveValue(REASON);

  await page.getByRole('button', { name: 'Discharge client' }).click();
  await expect(page.getByRole('button', { name: 'Re-admit…' })).toBeVisible();
  expect(await seed(alcove, 'drafts.get', { key: `discharge:${clientId}` })).toBeNull();
  expect((await seed(alcove, 'clients.get', { clientId })).episodes.at(-1)?.reason).toBe(REASON);
});

test('risk flag resolution: typed and not submitted, back after the timeout lock', async ({ page, alcove }) => {
  await openUnlockedVault(page, alcove);
  const { clientId } = await seed(alcove, 'clients.create', { legalName: CLIENT });
  await seed(alcove, 'measures.add', { clientId, instrument: 'phq9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 2] });
  const flagId = (await seed(alcove, 'clients.get', { clientId })).flags[0]!.flagId;
  const nav = page.getByRole('navigation', { name: 'Workspace' });
  await nav.getByRole('button', { name: 'Search' }).click();
  await nav.getByRole('button', { name: 'Clients' }).click();
  await new ClientListPage(page).open(CLIENT);
  const chart = new ChartPage(page);
  await chart.riskFlags.getByRole('button', { name: 'Resolve…' }).click();
  const NOTE = 'Safety plan reviewed with her sister Marigold by phone.';
  await page.getByLabel('What was done').fill(NOTE);

  await lockByTimeoutAndUnlock(page, alcove, [CLIENT, 'Marigold']);
  await chart.expectFor(CLIENT);
  await expect(page.getByLabel('What was done')).toHaveValue(NOTE);

  await page.getByRole('button', { name: 'Resolve flag' }).click();
  await expect(chart.riskFlags).toHaveCount(0);
  expect(await seed(alcove, 'drafts.get', { key: `flag:${flagId}` })).toBeNull();
});

test('disclosure: typed and not recorded, back after the timeout lock', async ({ page, alcove }) => {
  const { clientId } = await openChart(page, alcove);
  await page.getByRole('button', { name: 'Accounting of disclosures' }).click();
  await page.getByRole('button', { name: 'Record a disclosure made outside Alcove' }).click();
  await page.getByLabel('Recipient', { exact: true }).fill('Ravensworth County Court');
  await page.getByLabel('What was disclosed').fill('Attendance dates, January to March');

  await lockByTimeoutAndUnlock(page, alcove, [CLIENT, 'Ravensworth']);
  // The place comes back as the chart; the accounting is one click away, the form still open.
  await new ChartPage(page).expectFor(CLIENT);
  await page.getByRole('button', { name: 'Accounting of disclosures' }).click();
  await expect(page.getByLabel('Recipient', { exact: true })).toHaveValue('Ravensworth County Court');
  await expect(page.getByLabel('What was disclosed')).toHaveValue('Attendance dates, January to March');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => seed(alcove, 'drafts.get', { key: `disclosure:${clientId}` })).toBeNull();
});

test('practitioner profile: typed and not saved, back after the timeout lock', async ({ page, alcove }) => {
  await openUnlockedVault(page, alcove);
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Settings' }).click();
  const profile = page.getByRole('form', { name: 'Practitioner profile' });
  await expect(profile.getByLabel('Full name')).toHaveValue(PRACTITIONER.name);
  const PRACTICE = 'Fennimore Counselling Rooms';
  const ADDRESS = '14 Larkspur Row, Eastham';
  await profile.getByLabel('Practice name').fill(PRACTICE);
  await profile.getByLabel('Practice address').fill(ADDRESS);
  await profile.getByLabel('Credentials').fill('LCSW, LMFT');

  await lockByTimeoutAndUnlock(page, alcove, ['Fennimore', 'Larkspur']);
  // The remembered place covers records, not the workspace's sections: unlock opens Clients.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clients');
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Settings' }).click();
  await expect(profile.getByLabel('Practice name')).toHaveValue(PRACTICE);
  await expect(profile.getByLabel('Practice address')).toHaveValue(ADDRESS);
  await expect(profile.getByLabel('Credentials')).toHaveValue('LCSW, LMFT');
  await expect(profile.getByLabel('Full name')).toHaveValue(PRACTITIONER.name);
  await expect(profile.getByText('What you typed before Alcove locked is back')).toBeVisible();
  // A draft, not the profile: nothing signs with it until it is saved.
  expect((await seed(alcove, 'profile.get', {})).practice).toBeNull();

  // Saving makes the draft redundant: it is discarded, and the profile holds the text.
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByRole('status')).toContainText('Profile saved');
  expect((await seed(alcove, 'profile.get', {})).practice).toBe(PRACTICE);
  await expect.poll(() => seed(alcove, 'drafts.get', { key: 'profile:self' })).toBeNull();
});
