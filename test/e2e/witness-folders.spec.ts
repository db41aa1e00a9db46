// Settings → Copies of the audit checkpoints (issue 12): the therapist adds a second place for
// the witness file (a backup drive) through the folder dialog main opens; the next lock's signed
// checkpoint lands there too, and verifying the log counts it as an outside checkpoint.

import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, PASSWORDS, test } from './fixtures.js';
import { AuditLogPage } from './pages/audit.js';
import { LockScreenPage, UnlockPage } from './pages/unlock.js';
import { WorkspacePage } from './pages/workspace.js';
import { seed, THERAPIST } from './support/records.js';
import { lookAtScreen } from './support/look.js';

test('[HIPAA 164.312(c)(1)] a second witness folder chosen in Settings gets every checkpoint, and verification counts it', async ({ page, alcove }) => {
  const { vaultId } = await seed(alcove, 'vault.create', { displayName: THERAPIST, password: PASSWORDS.first });
  await seed(alcove, 'vault.unlock', { vaultId, password: PASSWORDS.first });
  await alcove.open();
  const workspace = new WorkspacePage(page);
  await workspace.goTo('Settings');
  const panel = page.getByRole('region', { name: 'Copies of the audit checkpoints' });
  const folders = panel.getByRole('list', { name: 'Folders that keep copies' });
  await expect(folders.getByRole('listitem')).toHaveCount(1);

  // Cancelling the dialog changes nothing.
  await panel.getByRole('button', { name: 'Add a folder…' }).click();
  await expect(folders.getByRole('listitem')).toHaveCount(1);

  const backup = path.join(alcove.home, 'backup-drive');
  mkdirSync(backup);
  alcove.folderDialog.next = backup;
  await panel.getByRole('button', { name: 'Add a folder…' }).click();
  await expect(folders.getByRole('listitem')).toHaveCount(2);
  await expect(folders).toContainText(backup);
  await lookAtScreen(page, '62-settings-witness-folders');

  // A folder inside the vaults folder is refused with the reason.
  alcove.folderDialog.next = path.join(alcove.home, 'vaults');
  await panel.getByRole('button', { name: 'Add a folder…' }).click();
  await expect(panel.getByRole('alert')).toHaveAttribute('data-error-code', 'VALIDATION_FAILED');
  await expect(folders.getByRole('listitem')).toHaveCount(2);

  // The lock signs a checkpoint; the chosen folder keeps a copy of it.
  await workspace.lock();
  await new LockScreenPage(page).expectShown();
  const witness = readFileSync(path.join(backup, `${vaultId}.witness.jsonl`), 'utf8').trim().split('\n');
  expect(witness).toHaveLength(1);
  expect(JSON.parse(witness[0] ?? '{}')).toMatchObject({ format: 'alcove.audit-witness', vaultId });

  await new UnlockPage(page).unlock(PASSWORDS.first);
  await workspace.expectOpen(THERAPIST);
  await workspace.goTo('Audit log');
  const log = new AuditLogPage(page);
  await log.loaded();
  await log.verify.click();
  // The same checkpoint in two witness files: two outside checkpoints.
  await expect(log.verifyResult.locator('.verify-headline')).toHaveText(/^Consistent with 2 outside checkpoints, the newest from /);
  // Each choice is on the record: the cancelled one and the added one, and the refused one.
  await expect(log.row('Changed settings')).toHaveCount(2);
  await expect(log.row('Tried to change settings')).toHaveCount(1);

  // Removing it stops the copies; the file already there stays.
  await workspace.goTo('Settings');
  await page.getByRole('button', { name: `Stop keeping copies in ${backup}` }).click();
  await expect(folders.getByRole('listitem')).toHaveCount(1);
  await workspace.lock();
  await new LockScreenPage(page).expectShown();
  expect(readFileSync(path.join(backup, `${vaultId}.witness.jsonl`), 'utf8').trim().split('\n')).toHaveLength(1);
});
