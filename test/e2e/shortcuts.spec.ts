// The daily path by keyboard: Ctrl+N starts a note from the chart, Ctrl+S saves, Ctrl+Enter
// opens the sign dialog (Escape backs out), Ctrl+K leaves for search and the words typed a
// moment before are already in the vault, ? lists the shortcuts.

import { expect, test } from './fixtures.js';
import { ChartPage, ClientListPage } from './pages/clients.js';
import { NoteEditorPage } from './pages/notes.js';
import { SearchPage } from './pages/search.js';
import { openUnlockedVault, seed } from './support/records.js';
import { lookAtScreen } from './support/look.js';

test('keyboard: Ctrl+N, Ctrl+S, Ctrl+Enter, Ctrl+K flushes the draft, ? shows the shortcuts', async ({ page, alcove }) => {
  await openUnlockedVault(page, alcove);
  const { clientId } = await seed(alcove, 'clients.create', { legalName: 'Noor Haddad' });
  const list = new ClientListPage(page);
  const chart = new ChartPage(page);
  const editor = new NoteEditorPage(page);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: 'Clients' }).click();
  await list.filter.fill('noor');
  await expect(list.rows).toHaveCount(1);
  await list.filter.press('Enter');
  await chart.expectFor('Noor Haddad');

  await page.keyboard.press('Control+n');
  await expect(page.getByRole('radio', { name: /^SOAP/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^DAP/ })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Progress note');
  await editor.section('Data').click();
  await page.keyboard.type('Client arrived on time; reports panic episodes down to one a week.');
  await page.keyboard.press('Control+s');
  await editor.expectSaved();

  await page.keyboard.press('Control+Enter');
  await expect(editor.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor.dialog).toBeHidden();

  // Type and leave at once: the draft is written on the way out.
  await editor.section('Plan').click();
  await page.keyboard.type('Continue interoceptive exposure');
  await page.keyboard.press('Control+k');
  await expect(new SearchPage(page).box).toBeFocused();
  const notes = (await seed(alcove, 'clients.chart', { clientId })).notes;
  await expect.poll(async () => (await seed(alcove, 'notes.get', { noteId: notes[0]!.noteId })).sections.plan).toBe('Continue interoceptive exposure');

  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Ctrl+Enter');
  await lookAtScreen(page, '60-shortcuts-help');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
