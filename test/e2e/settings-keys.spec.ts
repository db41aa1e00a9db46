// Settings → the vault's keys (issue 12): a new recovery code revokes the old one, and changing
// the password with "Also replace the data key" re-encrypts the vault under a new key. Each is
// done through the screens, then proved the way it matters: by what opens the vault after a lock.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, PASSWORDS, test, type Alcove } from './fixtures.js';
import { AuditLogPage } from './pages/audit.js';
import { LockScreenPage, RecoveryPage, UnlockPage } from './pages/unlock.js';
import { SettingsPage, WorkspacePage } from './pages/workspace.js';
import { seed, THERAPIST } from './support/records.js';
import { lookAtScreen } from './support/look.js';
import { vaultPaths } from '../../src-main/vault/paths.js';

/** A vault made and unlocked in the core; the app opens on its workspace. */
async function openVault(alcove: Alcove): Promise<{ vaultId: string; recoveryCode: string }> {
  const { vaultId, recoveryCode } = await seed(alcove, 'vault.create', { displayName: THERAPIST, password: PASSWORDS.first });
  await seed(alcove, 'vault.unlock', { vaultId, password: PASSWORDS.first });
  await alcove.open();
  return { vaultId, recoveryCode };
}

/** The audit entries for one action, oldest first. */
async function auditOf(alcove: Alcove, action: string): Promise<{ action: string; outcome: string }[]> {
  const page = await seed(alcove, 'audit.page', { action });
  return [...page.entries].sort((a, b) => a.seq - b.seq).map((e) => ({ action: e.action, outcome: e.outcome }));
}

test('[HIPAA 164.312(b)] a new recovery code opens the vault after a lock, the old one is refused, and the log says so', async ({ page, alcove }) => {
  const { recoveryCode: oldCode } = await openVault(alcove);
  const workspace = new WorkspacePage(page);
  await workspace.goTo('Settings');
  const settings = new SettingsPage(page);

  // A wrong password changes nothing and says why.
  await settings.codePassword.fill(PASSWORDS.second);
  await settings.makeCode.click();
  await expect(page.getByRole('alert')).toHaveAttribute('data-error-code', 'WRONG_PASSWORD');

  const newCode = await settings.newRecoveryCode(PASSWORDS.first);
  expect(newCode).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
  expect(newCode).not.toBe(oldCode);
  await expect(page.getByRole('status').filter({ hasText: 'Your old recovery code no longer works' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your new recovery code' })).toBeFocused();
  await lookAtScreen(page, '60-settings-new-recovery-code');
  expect(await auditOf(alcove, 'vault.newRecoveryCode')).toEqual([
    { action: 'vault.newRecoveryCode', outcome: 'WRONG_PASSWORD' },
    { action: 'vault.newRecoveryCode', outcome: 'ok' },
  ]);
  await page.getByRole('button', { name: 'I have kept the new code' }).click();
  await expect(settings.newCode).toHaveCount(0);

  await workspace.goTo('Audit log');
  const log = new AuditLogPage(page);
  await log.loaded();
  await expect(log.row('Replaced the recovery code')).toHaveCount(1);
  await expect(log.row('Tried to replace the recovery code')).toHaveCount(1);

  await workspace.lock();
  await new LockScreenPage(page).expectShown();
  await page.getByRole('button', { name: 'Forgot your password? Use your recovery code' }).click();
  const recovery = new RecoveryPage(page);
  await recovery.expectFor(THERAPIST);
  await recovery.recover(oldCode, PASSWORDS.third);
  await new UnlockPage(page).expectError('WRONG_RECOVERY_CODE');

  await recovery.code.fill(newCode);
  await recovery.submit.click();
  await workspace.expectOpen(THERAPIST);
  expect((await auditOf(alcove, 'vault.recover')).map((e) => e.outcome)).toEqual(['WRONG_RECOVERY_CODE', 'ok']);
});
