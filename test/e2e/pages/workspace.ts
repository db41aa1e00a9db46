// Page objects: the workspace shell and its settings section.
import { expect, type Locator, type Page } from '@playwright/test';

export class WorkspacePage {
  readonly vaultName: Locator;
  readonly lockButton: Locator;
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.vaultName = page.getByTestId('open-vault-name');
    this.lockButton = page.getByRole('button', { name: /^Lock/ });
    this.nav = page.getByRole('navigation', { name: 'Workspace' });
  }

  async expectOpen(displayName: string): Promise<void> {
    await expect(this.vaultName).toHaveText(displayName);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  async goTo(section: 'Clients' | 'Search' | 'Audit log' | 'Settings'): Promise<void> {
    await this.nav.getByRole('button', { name: section }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(section);
  }

  async lock(): Promise<void> {
    await this.lockButton.click();
  }
}

export class SettingsPage {
  readonly current: Locator;
  readonly next: Locator;
  readonly confirm: Locator;
  readonly submit: Locator;
  readonly done: Locator;
  readonly rotate: Locator;
  readonly codePassword: Locator;
  readonly makeCode: Locator;
  readonly newCode: Locator;

  constructor(readonly page: Page) {
    this.current = page.getByLabel('Current password');
    this.next = page.getByLabel('New password', { exact: true });
    this.confirm = page.getByLabel('Type it again');
    this.submit = page.getByRole('button', { name: 'Change password' });
    this.done = page.getByRole('status').filter({ hasText: 'Password changed' });
    this.rotate = page.getByLabel('Also replace the data key');
    this.codePassword = page.getByLabel('Your password', { exact: true });
    this.makeCode = page.getByRole('button', { name: 'Make a new recovery code' });
    this.newCode = page.getByRole('region', { name: 'Your new recovery code' }).getByTestId('recovery-code');
  }

  /** Settings → Recovery code: resolves to the new code once it is shown. */
  async newRecoveryCode(password: string): Promise<string> {
    await this.codePassword.fill(password);
    await this.makeCode.click();
    await expect(this.newCode).toBeVisible();
    return (await this.newCode.textContent()) ?? '';
  }

  async changePassword(current: string, next: string): Promise<void> {
    await this.current.fill(current);
    await this.next.fill(next);
    await this.confirm.fill(next);
    await expect(this.submit).toBeEnabled();
    await this.submit.click();
  }
}
