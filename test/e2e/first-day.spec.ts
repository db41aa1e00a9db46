// A therapist's first day: create a vault, keep the recovery kit, unlock, find the empty
// workspace, change the password, lock, and unlock with the new password. Every screen is
// checked with axe and photographed in both themes on the way.

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, PASSWORDS, test } from './fixtures.js';
import { CreateVaultPage, RecoveryKitPage } from './pages/create.js';
import { VaultPickerPage } from './pages/picker.js';
import { LockScreenPage, UnlockPage } from './pages/unlock.js';
import { SettingsPage, WorkspacePage } from './pages/workspace.js';
import { lookAtScreen } from './support/look.js';
import { openUnlockedVault, THERAPIST } from './support/records.js';

test('create → recovery kit → unlock → the empty workspace', async ({ page, alcove }) => {
  const picker = new VaultPickerPage(page);
  const create = new CreateVaultPage(page);
  const kitPage = new RecoveryKitPage(page);
  const unlock = new UnlockPage(page);
  const workspace = new WorkspacePage(page);

  await alcove.open();
  await picker.expectWelcome();
  await lookAtScreen(page, '01-picker-empty');

  await picker.createButton.click();
  await create.expectShown();
  await create.name.fill('Dr. Rivera');
  await create.password.fill('password1');
  await expect(create.strength).toHaveText(/Strength: (Very weak|Weak)/);
  await expect(page.getByText('Use at least 12 characters (this has 9).')).toBeVisible();
  await expect(create.submit).toBeDisabled();
  await lookAtScreen(page, '02-create-weak-password');

  await create.fill('Dr. Rivera', PASSWORDS.first);
  await expect(create.strength).toHaveText(/good to use/);
  await expect(page.getByTestId('password-match')).toHaveText('The passwords match.');
  await lookAtScreen(page, '03-create-ready');
  await create.submit.click();

  const kit = await kitPage.read();
  expect(kit.secretKey).toMatch(/^AK1-/);
  expect(kit.recoveryCode.replace(/[^0-9A-Z]/g, '')).toHaveLength(28);
  await lookAtScreen(page, '04-recovery-kit');
  await kitPage.confirmSaved();
  // The kit is gone from the page once confirmed.
  await expect(page.getByText(kit.recoveryCode)).toHaveCount(0);

  await unlock.expectFor('Dr. Rivera');
  await lookAtScreen(page, '05-unlock');
  await unlock.unlock(PASSWORDS.first);
  await workspace.expectOpen('Dr. Rivera');
  await expect(page.getByRole('heading', { name: 'Your vault is ready' })).toBeVisible();
  await lookAtScreen(page, '06-workspace-clients');

  // The vault really is on disk, and its secret key and audit signing key sit in this
  // computer's key store, outside the vault folder.
  const [vaultId] = readdirSync(path.join(alcove.home, 'vaults'));
  expect(readdirSync(path.join(alcove.home, 'keystore')).filter((f) => !f.endsWith('.witness.jsonl')).sort()).toEqual([`${vaultId}.key`, `${vaultId}.signing-key`]);
  expect(existsSync(path.join(alcove.home, 'vaults'))).toBe(true);
});

// The second half of the first day starts from a vault made and unlocked through the core
// (the UI path is the test above), so each test stays inside its timeout on two busy cores:
// 22 axe passes in one test did not.
test('[HIPAA 164.308(a)(5)(ii)(D)] workspace → change password → lock → unlock with the new password', async ({ page, alcove }) => {
  const unlock = new UnlockPage(page);
  const workspace = new WorkspacePage(page);
  const settings = new SettingsPage(page);
  const lockScreen = new LockScreenPage(page);

  await openUnlockedVault(page, alcove);
  await workspace.expectOpen(THERAPIST);

  await workspace.goTo('Search');
  await lookAtScreen(page, '07-workspace-search');
  await workspace.goTo('Audit log');
  await lookAtScreen(page, '08-workspace-audit');
  await workspace.goTo('Settings');
  await lookAtScreen(page, '09-settings');

  await settings.changePassword(PASSWORDS.first, PASSWORDS.second);
  await expect(settings.done).toBeVisible();
  await lookAtScreen(page, '10-settings-password-changed');

  await workspace.lock();
  await lockScreen.expectShown('You locked Alcove.');
  await expect(workspace.vaultName).toHaveCount(0);
  await lookAtScreen(page, '11-lock-screen');

  await lockScreen.unlock(PASSWORDS.first);
  await unlock.expectError('WRONG_PASSWORD');
  await lockScreen.unlock(PASSWORDS.second);
  await workspace.expectOpen(THERAPIST);
  // A fresh session starts at Clients: nothing was kept from before the lock.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clients');

  const status = await alcove.core.dispatch('vault.status', {});
  expect(status).toMatchObject({ ok: true, value: { state: 'unlocked', displayName: THERAPIST } });
});

test('keyboard only: Ctrl+L locks, Alt+number moves between sections', async ({ page, alcove }) => {
  const created = await alcove.core.dispatch('vault.create', { displayName: 'Sam Okafor', password: PASSWORDS.first });
  expect(created.ok).toBe(true);
  await alcove.open();
  await page.getByRole('button', { name: /Sam Okafor/ }).focus();
  await page.keyboard.press('Enter');
  const unlock = new UnlockPage(page);
  await unlock.expectFor('Sam Okafor');
  await expect(unlock.password).toBeFocused();
  await page.keyboard.type(PASSWORDS.first);
  await page.keyboard.press('Enter');
  const workspace = new WorkspacePage(page);
  await workspace.expectOpen('Sam Okafor');
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // Settings open on the practitioner profile, the first thing a new vault needs.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Full name')).toBeFocused();
  await page.keyboard.press('Control+l');
  await new LockScreenPage(page).expectShown('You locked Alcove.');
});
