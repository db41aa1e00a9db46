// Page objects: the audit log viewer and a client's accounting of disclosures.
import { expect, type Locator, type Page } from '@playwright/test';

export class AuditLogPage {
  readonly rows: Locator;
  readonly status: Locator;
  readonly older: Locator;
  readonly newer: Locator;
  readonly verify: Locator;
  readonly verifyResult: Locator;
  readonly signCheckpoint: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('audit-entry');
    this.status = page.getByTestId('audit-status');
    this.older = page.getByRole('button', { name: 'Older →' });
    this.newer = page.getByRole('button', { name: '← Newer' });
    this.verify = page.getByRole('button', { name: 'Verify now' });
    this.verifyResult = page.getByTestId('verify-result');
    this.signCheckpoint = page.getByRole('button', { name: 'Sign a checkpoint' });
  }

  async loaded(): Promise<void> {
    await expect(this.status).toHaveText(/^The log holds/);
  }

  row(action: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name: action, exact: true }) });
  }

  async actions(): Promise<string[]> {
    return this.rows.getByRole('rowheader').allInnerTexts();
  }

  async seqs(): Promise<number[]> {
    return (await this.rows.locator('td.audit-seq').allInnerTexts()).map(Number);
  }

  async filterAction(label: string): Promise<void> {
    await this.page.getByLabel('Action').selectOption({ label });
    await this.loaded();
  }

  async filterClient(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Client', exact: true }).selectOption({ label });
    await this.loaded();
  }
}

export class AccountingPage {
  readonly rows: Locator;
  readonly recordButton: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('disclosure-row');
    this.recordButton = page.getByRole('button', { name: 'Record a disclosure made outside Alcove' });
    this.submit = page.getByRole('button', { name: 'Record disclosure' });
  }

  async expectShown(clientName: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Accounting of disclosures');
    await expect(this.page.locator('#accounting-client')).toHaveText(clientName);
  }
}
