// Measures: a chart of months of scores per instrument with the severity bands shaded (and a
// table for those who prefer numbers), then scoring a PHQ-9 item by item, keyboard included,
// where item 9 above 0 raises a risk flag that shows on the chart and in the client list.

import type { Page } from '@playwright/test';
import { expect, test, type Alcove } from './fixtures.js';
import { ChartPage, ClientListPage } from './pages/clients.js';
import { MeasureEntryPage } from './pages/measures.js';
import { openUnlockedVault, seed } from './support/records.js';
import { lookAtScreen } from './support/look.js';

const HISTORY: { on: string; phq9: number[]; gad7: number[]; pcl5?: number }[] = [
  { on: '2026-06-04', phq9: [3, 3, 2, 2, 2, 2, 2, 2, 0], gad7: [3, 2, 2, 2, 2, 1, 2] },
  { on: '2026-07-02', phq9: [2, 3, 2, 2, 2, 2, 1, 1, 0], gad7: [2, 2, 2, 2, 1, 1, 2], pcl5: 3 },
  { on: '2026-08-06', phq9: [2, 2, 2, 1, 1, 2, 1, 1, 0], gad7: [2, 2, 1, 1, 1, 1, 1] },
  { on: '2026-09-03', phq9: [1, 2, 1, 1, 1, 1, 1, 0, 0], gad7: [1, 1, 1, 1, 1, 1, 0], pcl5: 2 },
  { on: '2026-10-01', phq9: [1, 1, 1, 1, 0, 1, 0, 0, 0], gad7: [1, 1, 1, 0, 0, 1, 0] },
  { on: '2026-10-29', phq9: [0, 1, 1, 0, 0, 1, 0, 0, 0], gad7: [1, 0, 1, 0, 0, 0, 0], pcl5: 1 },
];

// Six months of history and a draft and a contact, then the chart open. Each test below
// starts here, so neither carries the other's screens (one test holding all six axe-checked
// screens ran out of time on two busy cores).
async function openChartWithHistory(page: Page, alcove: Alcove): Promise<{ clientId: string; list: ClientListPage; chart: ChartPage }> {
  await openUnlockedVault(page, alcove);
  const { clientId } = await seed(alcove, 'clients.create', { legalName: 'Jordan Reyes', pronouns: 'they/them', dob: '1986-02-14' });
  for (const h of HISTORY) {
    await seed(alcove, 'measures.add', { clientId, instrument: 'phq9', answers: h.phq9, administeredOn: h.on });
    await seed(alcove, 'measures.add', { clientId, instrument: 'gad7', answers: h.gad7, administeredOn: h.on });
    if (h.pcl5 !== undefined) await seed(alcove, 'measures.add', { clientId, instrument: 'pcl5', answers: Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? h.pcl5! : Math.max(0, h.pcl5! - 1))), administeredOn: h.on });
  }
  await seed(alcove, 'notes.createDraft', { clientId, template: 'dap', sessionDate: '2026-10-29', sections: { data: 'Reviewed mood log; fewer low days.' } });
  await seed(alcove, 'contacts.add', { clientId, kind: 'call', occurredAt: '2026-10-30', withWhom: 'Client', text: 'Moved next session to Thursday.' });

  const list = new ClientListPage(page);
  const chart = new ChartPage(page);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: 'Clients' }).click();
  await list.open('Jordan Reyes');
  await chart.expectFor('Jordan Reyes');
  return { clientId, list, chart };
}

test('measures chart with bands, timeline filter and a table alternative', async ({ page, alcove }) => {
  const { chart } = await openChartWithHistory(page, alcove);

  const phq = page.getByRole('img', { name: 'PHQ-9 scores over time' });
  await expect(phq).toBeVisible();
  await expect(page.getByRole('img', { name: 'GAD-7 scores over time' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'PCL-5 scores over time' })).toBeVisible();
  await expect(phq.locator('circle')).toHaveCount(HISTORY.length);
  await expect(phq.locator('rect.band')).toHaveCount(5);
  await expect(phq).toHaveAccessibleDescription(/6 scores from .* Latest 3 \(None–minimal\); first 18/);
  await lookAtScreen(page, '30-chart-measures');

  // The timeline narrows to one kind of record.
  await page.getByRole('group', { name: 'Show in the timeline' }).getByRole('radio', { name: 'Notes' }).check();
  await expect(chart.timeline).toHaveCount(1);
  await page.getByRole('group', { name: 'Show in the timeline' }).getByRole('radio', { name: 'Everything' }).check();

  await chart.measures.getByRole('button', { name: 'Show as a table' }).click();
  const table = chart.measures.getByRole('table', { name: /Measure scores/ });
  await expect(table.getByRole('row')).toHaveCount(1 + HISTORY.length * 2 + 3);
  await lookAtScreen(page, '31-chart-measures-table');
});

test('PHQ-9 entry by pointer and keyboard, item 9 raising a risk flag on the chart and in the list, resolved', async ({ page, alcove }) => {
  const { clientId, list, chart } = await openChartWithHistory(page, alcove);

  // Score a PHQ-9 with the client: pointer for most items, keyboard for the rest.
  await chart.scoreMeasure.click();
  const entry = new MeasureEntryPage(page);
  await entry.expectShown();
  await entry.choose('PHQ-9');
  await expect(entry.save).toBeDisabled();
  const answers = ['Several days', 'More than half the days', 'Several days', 'Nearly every day', 'Not at all', 'Several days'];
  for (const [i, label] of answers.entries()) await entry.answer(i + 1, label);
  await entry.item(7).getByRole('radio', { name: /^Not at all/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(entry.item(7).getByRole('radio', { name: /^Several days/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(entry.item(8).getByRole('radio', { name: /^Not at all/ })).toBeChecked();
  await entry.answer(9, 'Several days');
  await expect(entry.item(9).getByRole('alert')).toContainText('risk flag');
  await expect(entry.total).toContainText('Total 10 of 27');
  await expect(entry.total).toContainText('9 of 9 answered');
  await lookAtScreen(page, '32-measure-entry');
  await entry.save.click();

  await expect(page.getByRole('heading', { name: /PHQ-9 saved: 10 of 27/ })).toBeVisible();
  await expect(page.getByTestId('measure-severity')).toHaveText('Moderate');
  await expect(page.getByRole('alert').filter({ hasText: 'Risk flag raised' })).toBeVisible();
  await lookAtScreen(page, '33-measure-result');

  await page.getByRole('button', { name: 'Back to the chart' }).click();
  await expect(chart.riskFlags).toBeVisible();
  await expect(chart.riskFlags).toContainText(/item 9|suicid|self-harm|hurting/i);
  await expect(page.getByRole('img', { name: 'PHQ-9 scores over time' }).locator('circle')).toHaveCount(HISTORY.length + 1);
  await lookAtScreen(page, '34-chart-risk-flag');

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('button', { name: 'Clients' }).click();
  await expect(list.row('Jordan Reyes').getByText('Risk flag')).toBeVisible();
  await lookAtScreen(page, '35-client-list-risk');

  await list.open('Jordan Reyes');
  await chart.riskFlags.getByRole('button', { name: 'Resolve…' }).click();
  await page.getByLabel('What was done').fill('Safety plan reviewed with client; no intent or plan.');
  await page.getByRole('button', { name: 'Resolve flag' }).click();
  await expect(chart.riskFlags).toHaveCount(0);
  expect((await seed(alcove, 'clients.get', { clientId })).flags).toEqual([]);
});
