// Page object: scoring a measure item by item.
import { expect, type Locator, type Page } from '@playwright/test';

export class MeasureEntryPage {
  readonly total: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.total = page.getByTestId('measure-total');
    this.save = page.getByRole('button', { name: /^(Save [A-Z]|Answer all)/ });
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Score a measure');
  }

  async choose(shortName: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${shortName} `) }).check();
  }

  item(number: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${number}\\. `) });
  }

  async answer(number: number, label: string): Promise<void> {
    await this.item(number).getByRole('radio', { name: new RegExp(`^${label}`) }).check();
  }
}
