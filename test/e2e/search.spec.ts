// Global search: Ctrl+K from anywhere, ranked hits with the matched words marked (as text,
// never as HTML), filters by client, record type and date, hostile query text that never
// errors, "search older records" beyond the ranked window, and a hit that opens its record.

import { expect, test } from './fixtures.js';
import { NoteEditorPage } from './pages/notes.js';
import { SearchPage } from './pages/search.js';
import { openUnlockedVault, seed } from './support/records.js';
import { lookAtScreen } from './support/look.js';

test('search: Ctrl+K, highlighted snippets, filters, hostile input, open a hit', async ({ page, alcove }) => {
  await openUnlockedVault(page, alcove);
  const amara = await seed(alcove, 'clients.create', { legalName: 'Amara Okafor' });
  const bjorn = await seed(alcove, 'clients.create', { legalName: 'Björn Ångström' });
  const n1 = await seed(alcove, 'notes.createDraft', {
    clientId: amara.clientId,
    template: 'soap',
    sessionDate: '2026-10-01',
    sections: { subjective: 'Discussed naïve expectations about sleep hygiene and evening screens.', plan: 'Keep a sleep diary.' },
  });
  await seed(alcove, 'notes.sign', { noteId: n1.noteId });
  await seed(alcove, 'notes.amend', { noteId: n1.noteId, text: 'Addendum: sleep diary template emailed to client.' });
  await seed(alcove, 'notes.createDraft', {
    clientId: bjorn.clientId,
    template: 'dap',
    sessionDate: '2026-11-01',
    sections: { data: 'Sleep improved. Sleep diary reviewed. <b>Sleep</b> restriction continued <img src=x onerror="document.title=1">.' },
  });
  await seed(alcove, 'notes.createDraft', { clientId: amara.clientId, template: 'free', sessionDate: '2026-11-15', sections: { body: 'Family conflict around the holidays.' } });
  const plan = await seed(alcove, 'plans.draft', {
    clientId: bjorn.clientId,
    content: { problems: [{ description: 'Chronic insomnia', goals: [{ description: 'Sleep through the night', objectives: [], interventions: ['CBT-I'] }] }] },
  });
  await seed(alcove, 'plans.sign', { planId: plan.planId });

  // Ctrl+K from the client list focuses the search box.
  await page.keyboard.press('Control+k');
  const search = new SearchPage(page);
  await expect(search.box).toBeFocused();
  await page.keyboard.type('sleep');
  await expect(search.status).toHaveText(/^\d+ results?$/);
  // Both notes, the amendment and the plan.
  await expect(search.hits).toHaveCount(4);
  const bjornHit = search.hit(/Björn Ångström · DAP note/);
  await expect(bjornHit.locator('mark').first()).toHaveText(/sleep/i);
  // Markup typed into a note is shown as text, never run or rendered.
  await expect(bjornHit.locator('img, b')).toHaveCount(0);
  await expect(bjornHit).toContainText('<b>');
  expect(await page.title()).toBe('Alcove');
  await lookAtScreen(page, '50-search-results');

  // Prefix matching while typing; diacritics and case do not matter.
  await search.search('angst');
  await expect(search.hit(/^Björn Ångström$/)).toBeVisible();
  await search.search('NAIVE');
  await expect(search.hits).toHaveCount(1);

  // Filters: client, record type, dates.
  await search.search('sleep');
  await page.getByRole('combobox', { name: 'Client' }).selectOption({ label: 'Amara Okafor' });
  await expect(search.hits).toHaveCount(2);
  await search.filterTypes('Amendment');
  await expect(search.hits).toHaveCount(1);
  await expect(search.hits.first()).toContainText('Amendment');
  await page.getByRole('group', { name: 'Record types' }).getByLabel('Amendment').uncheck();
  await page.getByRole('combobox', { name: 'Client' }).selectOption({ label: 'All clients' });
  await page.getByLabel('From').fill('2026-10-15');
  await expect(search.hit(/^Amara Okafor · SOAP note$/)).toHaveCount(0);
  await expect(search.hit(/^Björn Ångström · DAP note$/)).toHaveCount(1);
  await page.getByLabel('From').fill('');
  await expect(search.hits).toHaveCount(4);

  // Hostile text is just words: no error, ever.
  for (const q of ['"sleep', 'sleep" (', 'NEAR(sleep diary', '((( ))) *', "'; DROP TABLE notes; --", 'sleep AND OR NOT', '{title}:x ^sleep']) {
    await search.search(q);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(search.status).toHaveText(/results?$|^Nothing matches/);
  }
  await search.search('NEAR( "sleep');
  await lookAtScreen(page, '51-search-hostile');

  // A hit opens its record; an amendment opens its note.
  await search.search('addendum');
  await search.hits.first().getByRole('button').click();
  await expect(page.getByTestId('amendment')).toContainText('sleep diary template emailed');
  await expect(new NoteEditorPage(page).section('Subjective')).toHaveCount(0);
  await page.keyboard.press('Control+k');
  await expect(search.box).toBeFocused();
  await expect(search.box).toHaveValue('addendum');
});

test('search older records widens the window when the newest matches are not all', async ({ page, alcove }) => {
  test.setTimeout(120_000);
  await openUnlockedVault(page, alcove);
  const { clientId } = await seed(alcove, 'clients.create', { legalName: 'Long Term Client' });
  const oldest = await seed(alcove, 'notes.createDraft', { clientId, template: 'free', sessionDate: '2020-01-06', sections: { body: 'Grief work: anniversary of loss; rumination high.' } });
  for (let i = 0; i < 1000; i++) {
    await seed(alcove, 'notes.createDraft', { clientId, template: 'free', sessionDate: '2024-01-01', sections: { body: `Session ${i}: rumination discussed briefly.` } });
  }
  await page.keyboard.press('Control+k');
  const search = new SearchPage(page);
  // 1,001 notes match; the core ranks the newest 1,000 and says more exist.
  await search.search('rumination');
  await expect(search.older).toBeVisible();
  await expect(page.getByText(/Ranked among the newest 1,000 matching records/)).toBeVisible();
  await expect(search.hits).toHaveCount(50);
  await lookAtScreen(page, '52-search-older');
  await search.older.click();
  await expect(search.older).toHaveCount(0);
  await expect(search.hits).toHaveCount(50);
  // The oldest note is reachable once the window is wide enough to hold it.
  await search.search('rumination grief');
  await expect(search.hits).toHaveCount(1);
  await search.hits.first().getByRole('button').click();
  await expect(new NoteEditorPage(page).section('Note')).toHaveValue(/anniversary of loss/);
  expect(oldest.noteId).toBeTruthy();
});
