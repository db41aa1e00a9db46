// The audit section end to end: a day's work shows in the log in plain words; filters by
// action, client and record; paging by cursor with a small page size; "Verify now"; a signed
// checkpoint saved as a file; a client's accounting of disclosures reached from the chart,
// a disclosure recorded by hand, the CSV, and the print view (as a PDF too).

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.js';
import { AccountingPage, AuditLogPage } from './pages/audit.js';
import { ClientListPage } from './pages/clients.js';
import { WorkspacePage } from './pages/workspace.js';
import { lookAtScreen, SCREENSHOT_DIR } from './support/look.js';
import { openUnlockedVault, seed } from './support/records.js';

test('[HIPAA 164.312(b)] audit log: the day in plain words, filters, paging, verify, checkpoint', async ({ page, alcove }) => {
  await openUnlockedVault(page, alcove);
  const amara = await seed(alcove, 'clients.create', { legalName: 'Amara Okafor', dob: '1984-03-09' });
  const bjorn = await seed(alcove, 'clients.create', { legalName: 'Björn Ångström' });
  const note = await seed(alcove, 'notes.createDraft', { clientId: amara.clientId, template: 'free', sessionDate: '2026-11-02', sections: { body: 'Sleep diary reviewed.' } });
  await seed(alcove, 'notes.sign', { noteId: note.noteId });
  // A second signature is refused, and the refusal is logged too.
  expect((await alcove.core.dispatch('notes.sign', { noteId: note.noteId })).ok).toBe(false);
  await seed(alcove, 'search.query', { query: 'sleep' });
  for (let i = 0; i < 12; i++) await seed(alcove, 'clients.get', { clientId: i % 2 ? amara.clientId : bjorn.clientId });

  const workspace = new WorkspacePage(page);
  await workspace.goTo('Audit log');
  const log = new AuditLogPage(page);
  await log.loaded();
  // Newest first; the actions in words.
  const seqs = await log.seqs();
  expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  const words = await log.actions();
  for (const phrase of ['Created the vault', 'Unlocked', 'Added a client', 'Started a note', 'Signed a note', 'Tried to sign a note', 'Searched (1 result)', 'Opened a client’s chart']) {
    expect(words, phrase).toContain(phrase);
  }
  await expect(log.row('Tried to sign a note').locator('.audit-outcome')).toHaveText('Refused: already signed');
  await expect(log.row('Signed a note').locator('.audit-outcome')).toHaveText('OK');
  // Client ids are shown as the client's name; other records by a short id, full id on hover.
  await expect(log.row('Added a client').first().getByRole('button', { name: /Show only entries for client/ })).toBeVisible();
  const time = log.rows.first().locator('time');
  await expect(time).toHaveAttribute('title', /UTC$/);
  await lookAtScreen(page, '70-audit-log');

  // Filter by action.
  await log.filterAction('Signed a note');
  await expect(log.rows).toHaveCount(2);
  for (const a of await log.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')))) expect(a).toBe('note.sign');
  await log.filterAction('All actions');

  // Filter by client: every entry shown names Amara.
  await log.filterClient('Amara Okafor');
  const amaraRows = await log.rows.count();
  expect(amaraRows).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < amaraRows; i++) {
    await expect(log.rows.nth(i).getByRole('button', { name: 'Show only entries for client Amara Okafor' })).toBeVisible();
  }
  // Björn appears only where a list showed both clients.
  for (const a of await log.rows.filter({ hasText: 'Björn Ångström' }).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')))) {
    expect(a).toBe('client.list');
  }
  await log.filterClient('All clients and records');

  // Filter by a record from its short id: the note.
  await log.row('Signed a note').getByRole('button', { name: `Show only entries for record ${note.noteId}` }).click();
  await expect(page.getByText('Only entries for record')).toBeVisible();
  await expect(log.rows).toHaveCount(4); // started, signed, tried to sign again, found by search
  await page.getByRole('button', { name: 'Show all records' }).click();
  await log.loaded();

  // Paging with a small page size: Older and Newer by cursor, never overlapping.
  await page.getByLabel('Per page').selectOption('10');
  await log.loaded();
  const sizeText = (await log.status.innerText()).match(/holds ([\d,]+)/)?.[1] ?? '0';
  const size = Number(sizeText.replace(/,/g, ''));
  expect(size).toBeGreaterThan(20);
  await expect(log.rows).toHaveCount(10);
  await expect(log.newer).toBeDisabled();
  const first = await log.seqs();
  expect(first[0]).toBe(size - 1);
  await log.older.click();
  await expect(log.status).toContainText('Page 2');
  const second = await log.seqs();
  expect(second[0]).toBe(first[9]! - 1);
  while (await log.older.isEnabled()) {
    const before = await log.status.innerText();
    await log.older.click();
    await expect(log.status).not.toHaveText(before);
  }
  expect((await log.seqs()).at(-1)).toBe(0);
  await log.newer.click();
  await log.newer.click();
  await expect(log.status).toContainText(/Page \d+/);
  while (await log.newer.isEnabled()) {
    const before = await log.status.innerText();
    await log.newer.click();
    await expect(log.status).not.toHaveText(before);
  }
  expect(await log.seqs()).toEqual(first);

  // Verify now: every check, in words.
  await log.verify.click();
  // Nothing was witnessed outside the vault yet: the result says it rests on its own signatures.
  await expect(log.verifyResult.locator('.verify-headline')).toHaveText('Consistent with its own signatures');
  await expect(log.verifyResult.getByRole('listitem')).not.toHaveCount(0);
  await expect(log.verifyResult.getByRole('listitem').first()).toContainText('passed');
  await expect(log.row('Verified the audit log')).toHaveCount(1);
  await lookAtScreen(page, '71-audit-verified');

  // Sign a checkpoint and save it: a Blob download under the app's CSP.
  await log.signCheckpoint.click();
  await expect(page.getByTestId('checkpoint')).toContainText('Checkpoint signed');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save checkpoint file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^alcove-audit-checkpoint-\d{4}-\d{2}-\d{2}-\d+\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as { format: string; checkpoint: { logSize: number; signature: string; time: number } };
  expect(saved.format).toBe('alcove-audit-checkpoint');
  expect(saved.checkpoint.signature).toMatch(/^[0-9a-f]{128}$/);
  await expect(page.getByLabel('Checkpoint file')).toHaveValue(/"alcove-audit-checkpoint"/);

  // The kept checkpoint, given back: the log is proven to extend it.
  await page.getByText('What these do, and checking against a checkpoint you kept').click();
  await page.getByLabel('A checkpoint you kept (optional)').setInputFiles(await download.path());
  await expect(page.getByText(/will also prove this log extends/)).toBeVisible();
  await log.verify.click();
  // The checkpoint just signed went to the witness file, and the kept one counts as one more.
  const signedOn = await page.evaluate((t) => new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(t)), saved.checkpoint.time);
  await expect(log.verifyResult.locator('.verify-headline')).toHaveText(`Consistent with 2 outside checkpoints, the newest from ${signedOn}`);
  await expect(log.verifyResult).toContainText(/extends the auditor's checkpoint/);
  await expect(log.verifyResult).toContainText(/extends all 1 outside checkpoints/);
  await lookAtScreen(page, '72-audit-checkpoint');
});

test('[HIPAA 164.528] accounting of disclosures: from the chart, recorded by hand, CSV, print and PDF', async ({ page, alcove }) => {
  await openUnlockedVault(page, alcove);
  await seed(alcove, 'clients.create', { legalName: 'Amara Okafor', dob: '1984-03-09' });
  // The list was drawn before the client existed: come back to it.
  const workspace = new WorkspacePage(page);
  await workspace.goTo('Search');
  await workspace.goTo('Clients');
  const clients = new ClientListPage(page);
  await clients.open('Amara Okafor');
  await page.getByRole('button', { name: 'Accounting of disclosures' }).click();
  const accounting = new AccountingPage(page);
  await accounting.expectShown('Amara Okafor');
  await expect(page.getByText('No disclosures of this client’s health information were recorded in this period.')).toBeVisible();
  // The default period: the last six years.
  const from = await page.getByLabel('From').inputValue();
  const to = await page.getByLabel('To').inputValue();
  expect(Number(to.slice(0, 4)) - Number(from.slice(0, 4))).toBe(6);
  await lookAtScreen(page, '73-accounting-empty');

  // Every field but the address is required; what is missing is said in words.
  await accounting.recordButton.click();
  await page.getByLabel('Date of disclosure').fill('');
  await accounting.submit.click();
  await expect(page.getByText('Enter who received the information.')).toBeVisible();
  await expect(page.getByText('Describe what was disclosed.')).toBeVisible();
  await expect(page.getByText('Enter how it was sent.')).toBeVisible();
  await expect(page.getByText('Enter the date the information was disclosed.')).toBeVisible();
  // The first field to fix takes the focus.
  await expect(page.getByLabel('Date of disclosure')).toBeFocused();
  await expect(page.getByLabel('Recipient’s address (if known)')).not.toHaveAttribute('aria-invalid', 'true');
  await lookAtScreen(page, '74-accounting-form-errors');

  const disclosedOn = `${to.slice(0, 4)}-01-15`;
  await page.getByLabel('Date of disclosure').fill(disclosedOn);
  await page.getByLabel('Recipient', { exact: true }).fill('Harbour County Court');
  await page.getByLabel('Recipient’s address (if known)').fill('12 Quay Street\nPortsmouth');
  await page.getByLabel('What was disclosed').fill('Attendance letter, January to March');
  await page.getByLabel('Purpose').fill('Court order in a custody matter');
  await page.getByLabel('Basis (consent or law)').fill('Subpoena 24-117');
  await page.getByLabel('How it was sent').fill('Fax');
  await accounting.submit.click();
  await expect(page.getByText('Disclosure recorded.')).toBeVisible();
  await expect(accounting.rows).toHaveCount(1);
  await expect(accounting.rows.first()).toContainText('Harbour County Court');
  await expect(accounting.rows.first()).toContainText('12 Quay Street');
  await expect(accounting.rows.first()).toContainText('Subpoena 24-117');
  // A period before it leaves it out; back to six years brings it back.
  await page.getByLabel('To').fill(`${Number(to.slice(0, 4)) - 1}-12-31`);
  await expect(accounting.rows).toHaveCount(0);
  await page.getByLabel('To').fill(to);
  await expect(accounting.rows).toHaveCount(1);
  await lookAtScreen(page, '75-accounting');

  // The CSV: downloaded as a file and shown for copying; the same text.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^accounting-of-disclosures-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('Date of disclosure,Recipient,Recipient address,What was disclosed,Purpose,Basis (consent or law),How it was sent');
  expect(lines).toHaveLength(3 - 1);
  expect(lines[1]).toContain(disclosedOn);
  expect(lines[1]).toContain('Harbour County Court');
  expect(lines[1]).toContain('"12 Quay Street\nPortsmouth"');
  expect(lines[1]).toContain('Subpoena 24-117');
  expect(lines[1]?.endsWith(',Fax')).toBe(true);
  // (A textarea's value has plain line feeds; the downloaded file keeps CSV's CRLF.)
  expect(await page.getByLabel('The accounting as CSV').inputValue()).toBe(csv.replace(/\r\n/g, '\n'));

  // The print view: only the document, black on white, with the 164.528 footer.
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await expect(page.getByRole('navigation', { name: 'Workspace' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accounting of disclosures');
  await expect(page.getByText(/45 CFR 164\.528/)).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ media: 'print', colorScheme: scheme });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `76-accounting-print-${scheme}.png`), fullPage: true });
  }
  const pdf = path.resolve('test-results/accounting-of-disclosures.pdf');
  await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
  const bytes = await readFile(pdf);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect((await stat(pdf)).size).toBeGreaterThan(5_000);
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

  // Back in the log: the disclosure and the accounting are there.
  await page.getByRole('button', { name: 'Audit log' }).first().click();
  const log = new AuditLogPage(page);
  await log.loaded();
  await expect(log.row('Recorded a disclosure')).toHaveCount(1);
  await expect(log.row('Produced an accounting of disclosures').first()).toBeVisible();
  // The picker on the log opens the same accounting.
  await page.getByLabel('Accounting for client').selectOption({ label: 'Amara Okafor' });
  await page.getByRole('button', { name: 'Open accounting' }).click();
  await accounting.expectShown('Amara Okafor');
  await expect(accounting.rows).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('button', { name: 'Audit log' }).click();
  await log.loaded();
});
