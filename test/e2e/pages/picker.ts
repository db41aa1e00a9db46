// Page object: the vault picker.
import { expect, type Locator, type Page } from '@playwright/test';

export class VaultPickerPage {
  readonly heading: Locator;
  readonly vaults: Locator;
  readonly createButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.vaults = page.getByRole('list', { name: 'Vaults on this computer' }).getByRole('button');
    this.createButton = page.getByRole('button', { name: 'Create a new vault' });
  }

  async expectWelcome(): Promise<void> {
    await expect(this.heading).toHaveText('Welcome to Alcove');
  }

  async expectVaults(names: string[]): Promise<void> {
    await expect(this.heading).toHaveText('Choose your vault');
    await expect(this.vaults.locator('.vault-name')).toHaveText(names);
  }

  async choose(name: string): Promise<void> {
    await this.vaults.filter({ hasText: name }).click();
  }
}
