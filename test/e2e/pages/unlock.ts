// Page objects: the unlock screen (password and recovery paths) and the lock screen.
import { expect, type Locator, type Page } from '@playwright/test';

export class UnlockPage {
  readonly password: Locator;
  readonly secretKey: Locator;
  readonly submit: Locator;
  readonly alert: Locator;
  readonly countdown: Locator;
  readonly useRecoveryCode: Locator;
  readonly backToVaults: Locator;

  constructor(readonly page: Page) {
    this.password = page.getByLabel('Password', { exact: true });
    this.secretKey = page.getByLabel('Secret key');
    this.submit = page.getByRole('button', { name: 'Unlock', exact: true });
    this.alert = page.getByRole('alert');
    this.countdown = page.getByRole('timer');
    this.useRecoveryCode = page.getByRole('button', { name: 'Forgot your password? Use your recovery code' });
    this.backToVaults = page.getByRole('button', { name: 'Back to all vaults' });
  }

  async expectFor(displayName: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(`Unlock ${displayName}`);
  }

  async unlock(password: string, secretKey?: string): Promise<void> {
    await this.password.fill(password);
    if (secretKey !== undefined) await this.secretKey.fill(secretKey);
    await this.submit.click();
  }

  async expectError(code: string): Promise<void> {
    await expect(this.alert).toHaveAttribute('data-error-code', code);
  }
}

export class RecoveryPage {
  readonly code: Locator;
  readonly password: Locator;
  readonly confirm: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.code = page.getByLabel('Recovery code', { exact: true });
    this.password = page.getByLabel('New password', { exact: true });
    this.confirm = page.getByLabel('Type it again');
    this.submit = page.getByRole('button', { name: 'Set new password and unlock' });
  }

  async expectFor(displayName: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(`Recover ${displayName}`);
  }

  async recover(code: string, newPassword: string): Promise<void> {
    await this.code.fill(code);
    await this.password.fill(newPassword);
    await this.confirm.fill(newPassword);
    await expect(this.submit).toBeEnabled();
    await this.submit.click();
  }
}

export class LockScreenPage {
  readonly reason: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.reason = page.getByTestId('lock-reason');
    this.password = page.getByLabel('Password', { exact: true });
    this.submit = page.getByRole('button', { name: 'Unlock', exact: true });
  }

  async expectShown(reasonText?: string | RegExp): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Alcove is locked');
    if (reasonText) await expect(this.reason).toContainText(reasonText);
  }

  async unlock(password: string): Promise<void> {
    await this.password.fill(password);
    await this.submit.click();
  }
}
