// Treatment plans: write problems → goals → objectives (with target dates) → interventions,
// save the draft, sign it, then start a new version that begins as a copy and leaves the
// signed one as it was.

import { expect, test } from './fixtures.js';
import { ChartPage, ClientListPage } from './pages/clients.js';
import { PlanEditorPage } from './pages/plans.js';
import { openUnlockedVault, seed, SIGNER_LINE } from './support/records.js';
import { lookAtScreen } from './support/look.js';

test('plan: create, fill the nested form, save, sign, new version', async ({ page, alcove }) => {
  await openUnlockedVault(page, alcove);
  const { clientId } = await seed(alcove, 'clients.create', { legalName: 'Sam Whitfield', pronouns: 'he/him' });
  const list = new ClientListPage(page);
  const chart = new ChartPage(page);
  const plan = new PlanEditorPage(page);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: 'Clients' }).click();
  await list.open('Sam Whitfield');
  await chart.plan.click();
  await plan.expectVersion(1, 'Draft');

  await plan.reviewDate.fill('2027-02-01');
  await plan.field('Problem 1 description').fill('Insomnia maintaining low mood');
  await plan.field('Goal 1.1 description').fill('Sleep 7 hours on most nights');
  await plan.field('Objective 1.1.1 description').fill('Sleep diary shows 6+ hours on 5 of 7 nights');
  await page.getByRole('group', { name: 'Objective 1.1.1' }).getByLabel('Measured by').fill('Sleep diary');
  await page.getByRole('group', { name: 'Objective 1.1.1' }).getByLabel('Target date').fill('2027-01-15');
  await page.getByRole('button', { name: 'Add objective to goal 1.1' }).click();
  await plan.field('Objective 1.1.2 description').fill('ISI below 8');
  await page.getByRole('group', { name: 'Objective 1.1.2' }).getByLabel('Target date').fill('2027-02-01');
  await plan.field('Intervention 1.1.1').fill('CBT-I: stimulus control and sleep restriction');
  await page.getByRole('button', { name: 'Add intervention to goal 1.1' }).click();
  await plan.field('Intervention 1.1.2').fill('Weekly sleep diary review');
  await page.getByRole('button', { name: 'Add problem' }).click();
  await plan.field('Problem 2 description').fill('Work-related anxiety');
  await plan.field('Goal 2.1 description').fill('Return to full duties');
  await plan.field('Objective 2.1.1 description').fill('GAD-7 below 10 on two consecutive scores');
  await plan.field('Intervention 2.1.1').fill('Graded exposure to work tasks');
  await expect(plan.indicator).toHaveText('Unsaved changes');
  await page.keyboard.press('Control+s');
  await expect(plan.indicator).toHaveText(/^Saved \d/);
  await lookAtScreen(page, '40-plan-editor');

  await plan.signWithConfirmation();
  await plan.expectVersion(1, 'Signed');
  await expect(page.getByTestId('plan-signature')).toContainText(`Signed by ${SIGNER_LINE}, on `);
  await expect(page.getByText('Goal 1.1: Sleep 7 hours on most nights')).toBeVisible();
  await lookAtScreen(page, '41-plan-signed');

  await plan.newVersion.click();
  await plan.expectVersion(2, 'Draft');
  await expect(plan.field('Problem 1 description')).toHaveValue('Insomnia maintaining low mood');
  await plan.field('Objective 1.1.2 description').fill('ISI below 8 for a month');
  await plan.save.click();
  await expect(plan.indicator).toHaveText(/^Saved \d/);

  const stored = await seed(alcove, 'clients.chart', { clientId });
  expect(stored.plans.map((p) => [p.version, p.status])).toEqual([
    [2, 'draft'],
    [1, 'signed'],
  ]);
  expect(stored.plans[1]!.content.problems[0]!.goals[0]!.objectives.map((o) => [o.description, o.targetDate])).toEqual([
    ['Sleep diary shows 6+ hours on 5 of 7 nights', '2027-01-15'],
    ['ISI below 8', '2027-02-01'],
  ]);
  expect(stored.plans[0]!.content.problems[0]!.goals[0]!.objectives[1]!.description).toBe('ISI below 8 for a month');

  await page.getByRole('navigation', { name: 'Plan versions' }).getByRole('button', { name: 'v1 (signed)' }).click();
  await plan.expectVersion(1, 'Signed');
  await expect(plan.newVersion).toHaveCount(0);
});
