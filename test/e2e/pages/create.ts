// Page objects: creating a vault, then its recovery kit.
import { expect, type Locator, type Page } from '@playwright/test';

export class CreateVaultPage {
  readonly name: Locator;
  readonly password: Locator;
  readonly confirm: Locator;
  readonly strength: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByLabel('Vault name');
    this.password = page.getByLabel('Password', { exact: true });
    this.confirm = page.getByLabel('Type it again');
    this.strength = page.getByTestId('strength-label');
    this.submit = page.getByRole('button', { name: 'Create vault' });
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Create your vault');
  }

  async fill(displayName: string, password: string): Promise<void> {
    await this.name.fill(displayName);
    await this.password.fill(password);
    await this.confirm.fill(password);
  }
}

export class RecoveryKitPage {
  readonly secretKey: Locator;
  readonly recoveryCode: Locator;
  readonly saved: Locator;
  readonly continue: Locator;
  readonly print: Locator;

  constructor(readonly page: Page) {
    this.secretKey = page.getByTestId('secret-key');
    this.recoveryCode = page.getByTestId('recovery-code');
    this.saved = page.getByLabel('I have saved my recovery kit somewhere safe');
    this.continue = page.getByRole('button', { name: 'Continue to unlock' });
    this.print = page.getByRole('button', { name: 'Print or save as PDF' });
  }

  async read(): Promise<{ secretKey: string; recoveryCode: string }> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Your recovery kit');
    return { secretKey: (await this.secretKey.innerText()).trim(), recoveryCode: (await this.recoveryCode.innerText()).trim() };
  }

  async confirmSaved(): Promise<void> {
    await expect(this.continue).toBeDisabled();
    await this.saved.check();
    await this.continue.click();
  }
}
