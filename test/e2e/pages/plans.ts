// Page object: the treatment plan editor.
import { expect, type Locator, type Page } from '@playwright/test';

export class PlanEditorPage {
  readonly reviewDate: Locator;
  readonly save: Locator;
  readonly sign: Locator;
  readonly indicator: Locator;
  readonly newVersion: Locator;

  constructor(readonly page: Page) {
    this.reviewDate = page.getByLabel('Review date');
    this.save = page.getByRole('button', { name: /^Save draft/ });
    this.sign = page.getByRole('button', { name: 'Sign plan…' });
    this.indicator = page.getByTestId('plan-save-indicator');
    this.newVersion = page.getByRole('button', { name: 'Start a new version' });
  }

  async expectVersion(version: number, status: 'Draft' | 'Signed'): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(`Treatment plan · version ${version}`);
    await expect(this.page.locator('.screen-title').getByText(status, { exact: true })).toBeVisible();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async signWithConfirmation(): Promise<void> {
    await this.sign.click();
    const dialog = this.page.getByRole('dialog', { name: 'Sign this treatment plan?' });
    await expect(dialog).toContainText('read-only');
    await dialog.getByRole('button', { name: 'Sign treatment plan' }).click();
    await expect(this.page.getByTestId('plan-signature')).toBeVisible();
  }
}
