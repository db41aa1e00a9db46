// Page object: global search.
import { expect, type Locator, type Page } from '@playwright/test';

export class SearchPage {
  readonly box: Locator;
  readonly hits: Locator;
  readonly status: Locator;
  readonly older: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search all records' });
    this.hits = page.getByTestId('search-hit');
    this.status = page.getByTestId('search-status');
    this.older = page.getByRole('button', { name: 'Search older records' });
  }

  async search(query: string): Promise<void> {
    await this.box.fill(query);
    await expect(this.status).not.toHaveText('Searching…');
    await expect(this.status).not.toHaveText('');
  }

  hit(title: RegExp | string): Locator {
    return this.hits.filter({ has: this.page.getByRole('button', { name: title }) });
  }

  async filterTypes(...types: string[]): Promise<void> {
    for (const t of types) await this.page.getByRole('group', { name: 'Record types' }).getByLabel(t).check();
  }
}
