// Page object: the export preview (a document with its redactions highlighted, the legend,
// the selected passage, redacting by hand, the changes, and the text as it will leave).
import { expect, type Locator, type Page } from '@playwright/test';

export class RedactionPreviewPage {
  readonly doc: Locator;
  readonly highlights: Locator;
  readonly legendRows: Locator;
  readonly picked: Locator;
  readonly changes: Locator;
  readonly leaving: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.doc = page.getByRole('group', { name: 'Document, redactions highlighted' });
    this.highlights = this.doc.locator('[data-span-id]');
    this.legendRows = page.getByTestId('legend-row');
    this.picked = page.getByTestId('redaction-picked');
    this.changes = page.getByTestId('redaction-change');
    this.leaving = page.getByTestId('redaction-leaving');
    this.status = page.getByTestId('redaction-status');
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('De-identified copy: preview');
    await expect(this.doc).toBeVisible();
  }

  highlight(words: string): Locator {
    return this.highlights.filter({ has: this.page.locator('.redaction-words', { hasText: words }) });
  }

  async count(category: string): Promise<number> {
    const row = this.legendRows.and(this.page.locator(`[data-category="${category}"]`));
    if ((await row.count()) === 0) return 0;
    return Number(await row.getByTestId('legend-count').textContent());
  }

  /** By keyboard: into the document, arrow keys to the passage, Enter, then keep it with a reason. */
  async keepByKeyboard(words: string, reason: string): Promise<void> {
    await this.page.getByLabel('Replace with').focus();
    await this.page.keyboard.press('Tab');
    for (let i = 0; i < 40; i++) {
      const focused = await this.page.locator(':focus .redaction-words').textContent();
      if (focused === words) break;
      await this.page.keyboard.press('ArrowRight');
    }
    await expect(this.highlight(words)).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.picked).toContainText(`“${words}”`);
    await this.picked.getByRole('button', { name: 'Keep this text' }).click();
    await this.page.getByLabel('Why keep it?').fill(reason);
    await this.page.keyboard.press('Enter');
  }

  /** Select with the mouse from `fromOffset` in the text run starting `fromWords` to `toOffset`
   * in the run starting `toWords` (a DOM range, then the mouse-up the document listens for). */
  async selectWithMouse(fromWords: string, fromOffset: number, toWords: string, toOffset: number): Promise<void> {
    // Written against a minimal shape of the DOM: this file is also type-checked without DOM types.
    type Run = { textContent: string | null; firstChild: unknown };
    type Range = { setStart(node: unknown, offset: number): void; setEnd(node: unknown, offset: number): void };
    type Browser = {
      document: { createRange(): Range };
      getSelection(): { removeAllRanges(): void; addRange(range: Range): void } | null;
      MouseEvent: new (type: string, init: { bubbles: boolean }) => unknown;
    };
    await this.doc.evaluate(
      (root, [a, ao, b, bo]) => {
        const g = globalThis as unknown as Browser;
        const el = root as unknown as { querySelectorAll(sel: string): Iterable<Run>; dispatchEvent(e: unknown): boolean };
        const runs = [...el.querySelectorAll('[data-from]')];
        const first = runs.find((r) => r.textContent?.startsWith(a))?.firstChild;
        const last = runs.find((r) => r.textContent?.startsWith(b))?.firstChild;
        if (!first || !last) throw new Error('text not found in the document');
        const range = g.document.createRange();
        range.setStart(first, ao);
        range.setEnd(last, bo);
        const sel = g.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
        el.dispatchEvent(new g.MouseEvent('mouseup', { bubbles: true }));
      },
      [fromWords, fromOffset, toWords, toOffset] as const,
    );
  }

  /** Redact by hand: typed text (every place it occurs), or null to use the mouse selection. */
  async addByHand(text: string | null, category: string, reason: string): Promise<void> {
    if (text !== null) await this.page.getByLabel('Text to redact').fill(text);
    await this.page.getByLabel('Category').selectOption({ label: category });
    await this.page.getByLabel('Why redact it?').fill(reason);
    await this.page.getByRole('button', { name: 'Redact', exact: true }).click();
  }

  async show(view: 'Highlighted original' | 'As it will leave'): Promise<void> {
    await this.page.getByRole('radio', { name: view }).check();
  }
}
