// Page objects: the client list, the new-client form and a client's chart.
import { expect, type Locator, type Page } from '@playwright/test';

export class ClientListPage {
  readonly filter: Locator;
  readonly rows: Locator;
  readonly newClient: Locator;

  constructor(readonly page: Page) {
    this.filter = page.getByLabel('Find a client');
    this.rows = page.getByTestId('client-row');
    this.newClient = page.getByRole('button', { name: /^(New client|Add your first client)$/ });
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Clients');
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  async status(label: 'Active' | 'Discharged' | 'All'): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async open(name: string): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(name);
  }
}

export interface NewClient {
  legalName: string;
  preferredName?: string;
  pronouns?: string;
  dob?: string;
  phone?: string;
  email?: string;
  address?: string;
  emergencyName?: string;
  emergencyPhone?: string;
  relationship?: string;
  mrn?: string;
  memberId?: string;
  part2?: boolean;
  background?: string;
}

export class NewClientPage {
  constructor(readonly page: Page) {}

  async fill(c: NewClient): Promise<void> {
    const p = this.page;
    await p.getByLabel('Legal name').fill(c.legalName);
    if (c.preferredName) await p.getByLabel('Preferred name').fill(c.preferredName);
    if (c.pronouns) await p.getByLabel('Pronouns').fill(c.pronouns);
    if (c.dob) await p.getByLabel('Date of birth').fill(c.dob);
    if (c.phone) await p.getByLabel('Phone', { exact: true }).fill(c.phone);
    if (c.email) await p.getByLabel('Email').fill(c.email);
    if (c.address) await p.getByLabel('Address').fill(c.address);
    if (c.emergencyName) await p.getByLabel('Emergency contact name').fill(c.emergencyName);
    if (c.emergencyPhone) await p.getByLabel('Emergency contact phone').fill(c.emergencyPhone);
    if (c.relationship) await p.getByLabel('Relationship').fill(c.relationship);
    if (c.mrn) await p.getByLabel('MRN').fill(c.mrn);
    if (c.memberId) await p.getByLabel('Insurance member ID').fill(c.memberId);
    if (c.part2) await p.getByLabel('Substance-use-disorder treatment (42 CFR Part 2)').check();
    if (c.background) await p.getByLabel('Background').fill(c.background);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add client' }).click();
  }
}

export class ChartPage {
  readonly newNote: Locator;
  readonly scoreMeasure: Locator;
  readonly plan: Locator;
  readonly riskFlags: Locator;
  readonly timeline: Locator;
  readonly measures: Locator;

  constructor(readonly page: Page) {
    this.newNote = page.getByRole('button', { name: /^New note/ });
    this.scoreMeasure = page.getByRole('button', { name: 'Score a measure' });
    this.plan = page.getByRole('button', { name: /treatment plan$/i });
    this.riskFlags = page.getByRole('region', { name: /risk flag/ });
    this.timeline = page.getByTestId('timeline-item');
    this.measures = page.getByRole('region', { name: 'Measures over time' });
  }

  async expectFor(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(name);
    await expect(this.page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  }

  async startNote(template: 'SOAP' | 'DAP' | 'BIRP' | 'Free text', sessionDate?: string): Promise<void> {
    await this.newNote.click();
    await this.page.getByRole('radio', { name: new RegExp(`^${template}`) }).check();
    if (sessionDate) await this.page.getByLabel('Session date').fill(sessionDate);
    await this.page.getByRole('button', { name: 'Start note' }).click();
  }
}
