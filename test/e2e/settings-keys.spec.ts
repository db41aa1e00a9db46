// Settings → the vault's keys (issue 12): a new recovery code revokes the old one, and changing
// the password with "Also replace the data key" re-encrypts the vault under a new key. Each is
// done through the screens, then proved the way it matters: by what opens the vault after a lock.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { expect, PASSWORDS, test, type Alcove } from './fixtures.js';
import { AuditLogPage } from './pages/audit.js';
import { ChartPage, ClientListPage } from './pages/clients.js';
import { NoteEditorPage } from './pages/notes.js';
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

/** What a rotation must change on disk: the database file itself and the recovery slot. */
function keyFacts(home: string, vaultId: string): { databaseInode: number; recoverySlot: string; passwordSlot: string } {
  const paths = vaultPaths(home, vaultId);
  const header = JSON.parse(readFileSync(paths.header, 'utf8')) as { slots: { recovery: unknown; password: unknown } };
  return {
    databaseInode: statSync(paths.database).ino,
    recoverySlot: JSON.stringify(header.slots.recovery),
    passwordSlot: JSON.stringify(header.slots.password),
  };
}

test('[HIPAA 164.312(a)(2)(iv)] changing the password with a new data key: the new password opens it, the note is still there, the old recovery code does not', async ({ page, alcove }) => {
  const { vaultId, recoveryCode: oldCode } = await openVault(alcove);
  const { clientId } = await seed(alcove, 'clients.create', { legalName: 'Perpetua Hollinrake' });
  const NOTE = 'Talked through the move to Saltmarsh Lane; sleeping five hours.';
  await seed(alcove, 'notes.createDraft', { clientId, template: 'free', sessionDate: '2026-11-20', sections: { body: NOTE } });
  const before = keyFacts(alcove.home, vaultId);

  const workspace = new WorkspacePage(page);
  await workspace.goTo('Settings');
  const settings = new SettingsPage(page);
  await settings.current.fill(PASSWORDS.first);
  await settings.next.fill(PASSWORDS.second);
  await settings.confirm.fill(PASSWORDS.second);
  await settings.rotate.check();
  await settings.submit.click();
  await expect(settings.done).toContainText('the data key replaced');
  const newCode = (await page.getByTestId('new-recovery-code').textContent()) ?? '';
  expect(newCode).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
  expect(newCode).not.toBe(oldCode);
  await lookAtScreen(page, '61-settings-data-key-replaced');

  // The rotation really happened: the database is a new file (re-encrypted under the new key,
  // the old one shredded) and both slots were rewritten; a plain password change rewrites
  // only the password slot and leaves the database file where it was.
  const after = keyFacts(alcove.home, vaultId);
  expect(after.databaseInode).not.toBe(before.databaseInode);
  expect(after.recoverySlot).not.toBe(before.recoverySlot);
  expect(after.passwordSlot).not.toBe(before.passwordSlot);
  expect(existsSync(`${vaultPaths(alcove.home, vaultId).database}.old`)).toBe(false);

  await workspace.lock();
  const lockScreen = new LockScreenPage(page);
  await lockScreen.expectShown();
  // The old recovery code was wrapped around the old data key: it no longer opens anything.
  const refused = await alcove.core.dispatch('vault.recover', { vaultId, recoveryCode: oldCode, newPassword: PASSWORDS.third });
  expect(refused.ok ? null : refused.error.code).toBe('WRONG_RECOVERY_CODE');
  await lockScreen.unlock(PASSWORDS.first);
  await new UnlockPage(page).expectError('WRONG_PASSWORD');
  await lockScreen.unlock(PASSWORDS.second);
  await workspace.expectOpen(THERAPIST);

  await workspace.goTo('Clients');
  await new ClientListPage(page).open('Perpetua Hollinrake');
  await new ChartPage(page).expectFor('Perpetua Hollinrake');
  await page.getByTestId('timeline-item').getByRole('button', { name: /Progress note/ }).click();
  await expect(new NoteEditorPage(page).section('Note')).toHaveValue(NOTE);
});
