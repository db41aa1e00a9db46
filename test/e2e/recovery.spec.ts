// Forgotten password: the recovery code opens the vault and sets a new password; a new
// computer without the secret key asks for it, saying why.

import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, PASSWORDS, test } from './fixtures.js';
import { VaultPickerPage } from './pages/picker.js';
import { LockScreenPage, RecoveryPage, UnlockPage } from './pages/unlock.js';
import { WorkspacePage } from './pages/workspace.js';
import { lookAtScreen } from './support/look.js';

test('[HIPAA 164.308(a)(5)(ii)(D)] the recovery code opens the vault and replaces a forgotten password', async ({ page, alcove }) => {
  const created = await alcove.core.dispatch('vault.create', { displayName: 'Dr. Haddad', password: PASSWORDS.first });
  if (!created.ok) throw new Error('could not create the vault');
  const kit = created.value as { recoveryCode: string };

  await alcove.open();
  await new VaultPickerPage(page).choose('Dr. Haddad');
  const unlock = new UnlockPage(page);
  await unlock.useRecoveryCode.click();
  const recovery = new RecoveryPage(page);
  await recovery.expectFor('Dr. Haddad');
  await lookAtScreen(page, '14-recovery');

  await recovery.recover('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG', PASSWORDS.third);
  await expect(page.getByRole('alert')).toHaveAttribute('data-error-code', /RECOVERY_CODE_INVALID|WRONG_RECOVERY_CODE/);
  await lookAtScreen(page, '15-recovery-error');

  await recovery.code.fill(kit.recoveryCode);
  await recovery.submit.click();
  const workspace = new WorkspacePage(page);
  await workspace.expectOpen('Dr. Haddad');

  await workspace.lock();
  await new LockScreenPage(page).unlock(PASSWORDS.first);
  await unlock.expectError('WRONG_PASSWORD');
  await new LockScreenPage(page).unlock(PASSWORDS.third);
  await workspace.expectOpen('Dr. Haddad');
});

test('[HIPAA 164.312(d)] without the secret key on this computer, unlock asks for it and says why', async ({ page, alcove }) => {
  const created = await alcove.core.dispatch('vault.create', { displayName: 'Dr. Novak', password: PASSWORDS.first });
  if (!created.ok) throw new Error('could not create the vault');
  const kit = created.value as { vaultId: string; secretKey: string };
  // As on a second computer: the vault folder is there, this device's key store is not.
  rmSync(path.join(alcove.home, 'keystore'), { recursive: true, force: true });

  await alcove.open();
  await new VaultPickerPage(page).choose('Dr. Novak');
  const unlock = new UnlockPage(page);
  await unlock.unlock(PASSWORDS.first);
  await unlock.expectError('SECRET_KEY_MISSING');
  await expect(unlock.alert).toContainText('does not have the secret key');
  await expect(unlock.secretKey).toBeVisible();
  await lookAtScreen(page, '16-unlock-secret-key');

  await unlock.unlock(PASSWORDS.first, kit.secretKey);
  await new WorkspacePage(page).expectOpen('Dr. Novak');
});

test('[HIPAA 164.312(a)(2)(iii)] when main locks the vault, every screen forgets the session', async ({ page, alcove }) => {
  await alcove.core.dispatch('vault.create', { displayName: 'Dr. Osei', password: PASSWORDS.first });
  await alcove.open();
  await new VaultPickerPage(page).choose('Dr. Osei');
  await new UnlockPage(page).unlock(PASSWORDS.first);
  const workspace = new WorkspacePage(page);
  await workspace.expectOpen('Dr. Osei');
  await workspace.goTo('Settings');
  await page.getByLabel('Current password').fill('half-typed');

  // Inactivity, screen lock or sleep: main locks, then tells the renderer.
  await alcove.core.lock.lock('timeout');
  const lockScreen = new LockScreenPage(page);
  await lockScreen.expectShown('after a period without activity');
  await expect(page.getByLabel('Current password')).toHaveCount(0);
  await lookAtScreen(page, '17-lock-screen-idle');

  await lockScreen.unlock(PASSWORDS.first);
  await workspace.expectOpen('Dr. Osei');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clients');
});
