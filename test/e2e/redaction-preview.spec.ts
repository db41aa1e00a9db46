// The export preview, end to end: a client with a nickname, a brother and an MRN, and a signed
// note about her; the preview of its de-identified copy highlights her names, date of birth
// and MRN by category with a count each; one passage the rules caught is kept with a reason
// (by keyboard), one they missed is redacted by hand; the text "as it will leave" is exactly
// what redaction.apply returns for those spans and holds none of the removed values.

import { expect, test } from './fixtures.js';
import { RedactionPreviewPage } from './pages/redaction.js';
import { lookAtScreen } from './support/look.js';
import { openUnlockedVault, seed } from './support/records.js';

const SECTIONS = {
  subjective:
    "Dazzy arrived early and said she hopes to sleep better. OKAFOR's week was calmer; she walks her dog Biscuit at Lakeshore Commons every morning. Born March 9, 1984. Her brother Chidi called on Tuesday.",
  objective: 'PHQ-9 = 14. MRN A7731920 confirmed. Affect brighter.',
  assessment: 'Mood improving; F33.1. Assigned chapter 2 of the Self-Compassion workbook by Kristin Neff.',
  plan: 'Continue CBT weekly.',
};
// The note as the preview carries it: each section under its heading.
const NOTE_TEXT = `Subjective\n${SECTIONS.subjective}\n\nObjective\n${SECTIONS.objective}\n\nAssessment\n${SECTIONS.assessment}\n\nPlan\n${SECTIONS.plan}`;

test('preview a note’s de-identified copy: highlights by category, keep one with a reason, add one by hand, text as it will leave', async ({ page, alcove }) => {
  await openUnlockedVault(page, alcove);
  const { clientId } = await seed(alcove, 'clients.create', {
    legalName: 'Adaeze Okafor',
    preferredName: 'Dazzy',
    dob: '1984-03-09',
    identifiers: { mrn: 'A7731920' },
    emergencyContact: { name: 'Chidi Okafor', relationship: 'brother' },
  });
  const { noteId } = await seed(alcove, 'notes.createDraft', { clientId, template: 'soap', sessionDate: '2026-11-20', sections: SECTIONS });
  await seed(alcove, 'notes.sign', { noteId });
  const core = await seed(alcove, 'redaction.preview', { text: NOTE_TEXT, clientId });

  // From the signed note, by its button.
  // The list was drawn before the client existed: away and back reloads it.
  const nav = page.getByRole('navigation', { name: 'Workspace' });
  await nav.getByRole('button', { name: 'Search' }).click();
  await nav.getByRole('button', { name: 'Clients' }).click();
  await page.getByRole('button', { name: 'Adaeze Okafor', exact: true }).click();
  await page.getByTestId('timeline-item').getByRole('button', { name: /Progress note · SOAP/ }).click();
  await page.getByRole('button', { name: 'Preview de-identified copy' }).click();
  const preview = new RedactionPreviewPage(page);
  await preview.expectShown();

  // Every span the core found is highlighted, with its category named on it.
  await expect(preview.highlights).toHaveCount(core.spans.length);
  for (const [words, category, tag] of [
    ['Dazzy', 'NAME', 'Name'],
    ['OKAFOR', 'NAME', 'Name'],
    ['Chidi', 'NAME', 'Name'],
    ['March 9, 1984', 'DATE', 'Date'],
    ['A7731920', 'MRN', 'Record number'],
  ] as const) {
    await expect(preview.highlight(words)).toHaveAttribute('data-category', category);
    await expect(preview.highlight(words).locator('.redaction-tag')).toHaveText(tag);
  }
  for (const [category, n] of Object.entries(core.counts)) expect(await preview.count(category), category).toBe(n);
  expect(await preview.count('NAME')).toBeGreaterThanOrEqual(4);
  const names = await preview.count('NAME');
  await lookAtScreen(page, '80-redaction-preview');

  // Keep a name that is not about the client (by keyboard), with a reason.
  await preview.keepByKeyboard('Kristin Neff', 'Author of the workbook, not a person in the client’s life');
  await expect(preview.highlight('Kristin Neff')).toHaveClass(/is-kept/);
  await expect(preview.highlight('Kristin Neff').locator('.redaction-tag')).toHaveText('Name · kept');
  await expect(preview.status).toContainText('Kept “Kristin Neff”');
  expect(await preview.count('NAME')).toBe(names - 1);

  // With the mouse: a selection that runs from inside a highlight into plain text merges with
  // it; removing the merged span gives the found one back.
  await preview.selectWithMouse('Lakeshore Commons', 'Lakeshore '.length, ' every morning', ' every'.length);
  await expect(page.getByLabel('Text to redact')).toHaveValue('Commons every');
  await preview.addByHand(null, 'Place', 'Where she walks daily');
  await expect(preview.status).toContainText('Merged with a redaction it overlapped');
  await expect(preview.highlight('Lakeshore Commons every')).toHaveAttribute('data-category', 'LOCATION');
  expect(await preview.count('ORGANIZATION')).toBe(0);
  await preview.picked.getByRole('button', { name: 'Remove this redaction' }).click();
  await expect(preview.highlight('Lakeshore Commons')).toHaveAttribute('data-category', 'ORGANIZATION');
  expect(await preview.count('ORGANIZATION')).toBe(core.counts.ORGANIZATION ?? 0);

  // Redact by hand what the rules missed: her dog's name, found by typing it.
  await preview.addByHand('biscuit', 'Name', 'Her dog’s name; unusual enough to point to her');
  await expect(preview.highlight('Biscuit')).toHaveAttribute('data-category', 'NAME');
  await expect(preview.highlight('Biscuit').locator('.redaction-tag')).toHaveText('Name · added');
  expect(await preview.count('NAME')).toBe(names);
  // Text already redacted is refused in plain words.
  await preview.addByHand('Chidi', 'Name', 'Her brother');
  await expect(page.getByRole('alert')).toHaveText('This text is already redacted as Name.');

  await expect(preview.changes).toHaveCount(2);
  // In document order: the dog's name comes first, the author later.
  await expect(preview.changes.nth(0)).toHaveAttribute('data-kind', 'added');
  await expect(preview.changes.nth(0)).toContainText('Redacted “Biscuit” (Name, added by you). Reason: Her dog’s name');
  await expect(preview.changes.nth(1)).toHaveAttribute('data-kind', 'kept');
  await expect(preview.changes.nth(1)).toContainText('Kept “Kristin Neff” (Name, found by Alcove). Reason: Author of the workbook');
  await preview.highlight('Biscuit').focus();
  await lookAtScreen(page, '81-redaction-changes');

  // As it will leave: exactly what the core applies to the settled spans.
  const neff = NOTE_TEXT.indexOf('Kristin Neff');
  const dog = NOTE_TEXT.indexOf('Biscuit');
  const settled = core.spans
    .filter((s) => s.start !== neff)
    .map(({ start, end, category }) => ({ start, end, category }))
    .concat([{ start: dog, end: dog + 'Biscuit'.length, category: 'NAME' as const }])
    .sort((a, b) => a.start - b.start);
  const expected = await seed(alcove, 'redaction.apply', { text: NOTE_TEXT, spans: settled, style: 'tags' });
  await preview.show('As it will leave');
  await expect(preview.leaving).toHaveText(expected.text);
  const out = (await preview.leaving.textContent()) ?? '';
  for (const gone of ['Dazzy', 'Okafor', 'OKAFOR', 'Chidi', 'A7731920', '1984', 'March 9', 'Biscuit']) expect(out).not.toContain(gone);
  expect(out).toContain('Kristin Neff');
  expect(out).toContain('PHQ-9 = 14');
  await lookAtScreen(page, '82-redaction-leaving');

  // Reversible: back to the original, undo the keep from the list of changes.
  await preview.show('Highlighted original');
  await preview.changes.nth(1).getByRole('button', { name: 'Undo this change' }).click();
  await expect(preview.highlight('Kristin Neff')).not.toHaveClass(/is-kept/);
  await expect(preview.changes).toHaveCount(1);
  expect(await preview.count('NAME')).toBe(names + 1);
});
