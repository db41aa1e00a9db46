// Issue 13: typing into a note re-renders the editor and nothing around it. Each screen writes
// how many times it has rendered to a read-only attribute on <body> (render-count.ts); this
// types 20 characters into a note section and counts.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { ChartPage, ClientListPage } from './pages/clients.js';
import { NoteEditorPage } from './pages/notes.js';
import { openUnlockedVault, seed } from './support/records.js';

const CLIENT = 'Isolde Farthingale';
const SCREENS = ['workspace', 'client-list', 'client-chart', 'note-screen', 'note-editor'] as const;
type Counts = Record<(typeof SCREENS)[number], number | null>;

/** Renders so far of every counted screen on the page (null: not on screen). */
async function renderCounts(page: Page): Promise<Counts> {
  return page.evaluate((screens) => {
    const body = (globalThis as unknown as { document: { body: { getAttribute(n: string): string | null } } }).document.body;
    return Object.fromEntries(screens.map((s) => [s, body.getAttribute(`data-renders-${s}`) === null ? null : Number(body.getAttribute(`data-renders-${s}`))]));
  }, SCREENS) as Promise<Counts>;
}

test('typing 20 characters into a note re-renders the editor at most once a keystroke and the screens around it not at all', async ({ page, alcove }) => {
  await openUnlockedVault(page, alcove);
  const { clientId } = await seed(alcove, 'clients.create', { legalName: CLIENT });
  await seed(alcove, 'notes.createDraft', { clientId, template: 'free', sessionDate: '2026-11-20', sections: { body: 'Opening line.' } });
  const nav = page.getByRole('navigation', { name: 'Workspace' });
  await nav.getByRole('button', { name: 'Search' }).click();
  await nav.getByRole('button', { name: 'Clients' }).click();
  await new ClientListPage(page).open(CLIENT);
  await new ChartPage(page).expectFor(CLIENT);
  expect((await renderCounts(page))['client-chart']).toBeGreaterThan(0);
  await page.getByTestId('timeline-item').getByRole('button', { name: /Progress note/ }).click();
  const editor = new NoteEditorPage(page);
  const section = editor.section('Note');
  await expect(section).toHaveValue('Opening line.');
  await section.press('End');

  const before = await renderCounts(page);
  expect(before['note-editor']).toBeGreaterThan(0);
  expect(before['workspace']).toBeGreaterThan(0);
  const TYPED = ' Slept well all week';
  expect(TYPED).toHaveLength(20);
  await section.pressSequentially(TYPED);
  await expect(section).toHaveValue(`Opening line.${TYPED}`);
  // The editor's last render is committed once the 20th character is on screen.
  await expect.poll(async () => (await renderCounts(page))['note-editor']).toBeGreaterThanOrEqual((before['note-editor'] ?? 0) + 1);
  const after = await renderCounts(page);

  const editorRenders = (after['note-editor'] ?? 0) - (before['note-editor'] ?? 0);
  test.info().annotations.push({ type: 'renders per 20 keystrokes', description: JSON.stringify({ editor: editorRenders, workspace: (after.workspace ?? 0) - (before.workspace ?? 0), noteScreen: (after['note-screen'] ?? 0) - (before['note-screen'] ?? 0) }) });
  expect(editorRenders).toBeGreaterThan(0);
  expect(editorRenders, 'renders of the note editor for 20 keystrokes').toBeLessThanOrEqual(20);
  expect(after.workspace, 'the workspace around the note re-rendered').toBe(before.workspace);
  expect(after['note-screen'], 'the note screen around the editor re-rendered').toBe(before['note-screen']);
  // The list and the chart are not on screen while a note is open.
  expect(after['client-list']).toBeNull();
  expect(after['client-chart']).toBeNull();
  await editor.expectSaved();
});
