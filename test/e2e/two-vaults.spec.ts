// Two practitioners on one laptop: each vault opens only with its own password, shows only
// its own name, and keeps its own secret key.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, PASSWORDS, test } from './fixtures.js';
import { CreateVaultPage, RecoveryKitPage } from './pages/create.js';
import { VaultPickerPage } from './pages/picker.js';
import { LockScreenPage, UnlockPage } from './pages/unlock.js';
import { WorkspacePage } from './pages/workspace.js';
import { lookAtScreen } from './support/look.js';

test('two vaults on one computer stay apart', async ({ page, alcove }) => {
  const picker = new VaultPickerPage(page);
  const unlock = new UnlockPage(page);
  const workspace = new WorkspacePage(page);

  await alcove.open();
  for (const [name, password] of [
    ['Dr. Amara Diallo', PASSWORDS.first],
    ['Jonas Weber, LCSW', PASSWORDS.second],
  ] as const) {
    await page.getByRole('button', { name: 'Create a new vault' }).click();
    const create = new CreateVaultPage(page);
    await create.fill(name, password);
    await expect(create.submit).toBeEnabled();
    await create.submit.click();
    await new RecoveryKitPage(page).confirmSaved();
    await unlock.expectFor(name);
    await unlock.backToVaults.click();
  }
  await picker.expectVaults(['Dr. Amara Diallo', 'Jonas Weber, LCSW']);
  await lookAtScreen(page, '18-picker-two-vaults');

  // One's password does not open the other's vault.
  await picker.choose('Dr. Amara Diallo');
  await unlock.unlock(PASSWORDS.second);
  await unlock.expectError('WRONG_PASSWORD');
  await unlock.unlock(PASSWORDS.first);
  await workspace.expectOpen('Dr. Amara Diallo');
  await workspace.lock();
  await new LockScreenPage(page).expectShown();
  await page.getByRole('button', { name: 'Switch vault' }).click();

  await picker.choose('Jonas Weber, LCSW');
  await unlock.unlock(PASSWORDS.first);
  await unlock.expectError('WRONG_PASSWORD');
  await unlock.unlock(PASSWORDS.second);
  await workspace.expectOpen('Jonas Weber, LCSW');
  await expect(page.getByText('Dr. Amara Diallo')).toHaveCount(0);

  // Separate folders, and separate secret keys and audit signing keys on disk.
  const vaultIds = readdirSync(path.join(alcove.home, 'vaults')).sort();
  expect(vaultIds).toHaveLength(2);
  const keys = readdirSync(path.join(alcove.home, 'keystore')).filter((f) => !f.endsWith('.witness.jsonl')).sort();
  expect(keys).toEqual(vaultIds.flatMap((id) => [`${id}.key`, `${id}.signing-key`]));
});
