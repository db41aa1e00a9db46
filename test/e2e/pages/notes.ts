// Page objects: the note editor (a draft), its sign dialog, and a signed note.
import { expect, type Locator, type Page } from '@playwright/test';

export class NoteEditorPage {
  readonly indicator: Locator;
  readonly sign: Locator;
  readonly saveNow: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.indicator = page.getByTestId('save-indicator');
    this.sign = page.getByRole('button', { name: /^Sign note/ });
    this.saveNow = page.getByRole('button', { name: /^Save now/ });
    this.dialog = page.getByRole('dialog', { name: /^Sign this/ });
  }

  section(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async expectSaved(): Promise<void> {
    await expect(this.indicator).toHaveText(/^Saved \d/);
  }

  async signWithConfirmation(): Promise<void> {
    await this.sign.click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('button', { name: 'Sign note' }).click();
    await expect(this.page.getByTestId('signature')).toBeVisible();
  }

  async amend(text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add amendment' }).click();
    await this.page.getByRole('textbox', { name: 'Amendment' }).fill(text);
    await this.page.getByRole('button', { name: 'Sign amendment' }).click();
    await expect(this.page.getByTestId('amendment').filter({ hasText: text })).toBeVisible();
  }
}
