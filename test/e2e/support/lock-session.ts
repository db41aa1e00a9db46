// The inactivity lock as a test sees it: the warning banner as a page object, the fake clock
// moved past the timeout, waits on the core's own events, and the check that a locked page
// holds no PHI (neither in its text nor in its markup or title).

import { expect, type Locator, type Page } from '@playwright/test';
import type { EventName } from '../../../src-main/api/methods.js';
import type { Alcove } from '../fixtures.js';
import { ChartPage, ClientListPage } from '../pages/clients.js';
import { NoteEditorPage } from '../pages/notes.js';
import { seed } from './records.js';

export const MINUTE = 60_000;

interface PageDocument {
  title: string;
  body: { innerText: string };
  documentElement: { outerHTML: string };
}
export const DEFAULT_TIMEOUT_MS = 15 * MINUTE;

export class LockWarningBanner {
  readonly root: Locator;
  readonly alert: Locator;
  readonly timer: Locator;
  readonly stay: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('lock-warning');
    this.alert = this.root.getByRole('alert');
    this.timer = this.root.getByRole('timer');
    this.stay = this.root.getByRole('button', { name: 'Stay unlocked' });
  }

  async expectShown(): Promise<void> {
    await expect(this.alert).toContainText('Alcove will lock soon');
    await expect(this.timer).toHaveText(/^\d{1,2} seconds?$/);
  }
}

/** Wait until the core has raised `name` (after `from` events), and return its payload. */
export async function coreEvent(alcove: Alcove, name: EventName, from = 0): Promise<unknown> {
  await expect.poll(() => alcove.events.slice(from).some((e) => e.name === name), { message: `core event ${name}` }).toBe(true);
  return alcove.events.slice(from).find((e) => e.name === name)?.payload;
}

/** A client with an empty SOAP draft, opened through the screens (list → chart → note). */
export async function openDraftFor(page: Page, alcove: Alcove, legalName: string): Promise<{ clientId: string; noteId: string }> {
  const { clientId } = await seed(alcove, 'clients.create', { legalName });
  const { noteId } = await seed(alcove, 'notes.createDraft', { clientId, template: 'soap', sessionDate: '2026-11-20' });
  const list = new ClientListPage(page);
  // Away and back, so the list reads the client just added.
  const nav = page.getByRole('navigation', { name: 'Workspace' });
  await nav.getByRole('button', { name: 'Search' }).click();
  await nav.getByRole('button', { name: 'Clients' }).click();
  await list.expectShown();
  await list.open(legalName);
  await new ChartPage(page).expectFor(legalName);
  await page.getByTestId('timeline-item').getByRole('button', { name: /Progress note · SOAP/ }).click();
  await expect(new NoteEditorPage(page).section('Subjective')).toBeVisible();
  return { clientId, noteId };
}

/** None of these words anywhere in the page: its text, its markup, its title. */
export async function expectNoneOnPage(page: Page, words: readonly string[]): Promise<void> {
  const { text, html, title } = await page.evaluate(() => {
    // This runs in the page; the Node-side program has no DOM types.
    const doc = (globalThis as unknown as { document: PageDocument }).document;
    return { text: doc.body.innerText, html: doc.documentElement.outerHTML, title: doc.title };
  });
  for (const word of words) {
    expect(text, `page text shows "${word}"`).not.toContain(word);
    expect(html, `page markup holds "${word}"`).not.toContain(word);
    expect(title, `window title shows "${word}"`).not.toContain(word);
  }
}

/** The caret in a textarea: where it is, and whether it has focus. */
export async function caretIn(field: Locator): Promise<{ focused: boolean; start: number; end: number }> {
  return field.evaluate((el) => {
    const t = el as unknown as { selectionStart: number; selectionEnd: number };
    const doc = (globalThis as unknown as { document: { activeElement: unknown } }).document;
    return { focused: doc.activeElement === el, start: t.selectionStart, end: t.selectionEnd };
  });
}
