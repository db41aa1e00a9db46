// Wrong passwords: each one says how many attempts remain; the fifth starts a pause whose
// countdown runs live and keeps the Unlock button off.

import { expect, PASSWORDS, test } from './fixtures.js';
import { VaultPickerPage } from './pages/picker.js';
import { UnlockPage } from './pages/unlock.js';
import { lookAtScreen } from './support/look.js';

test('[HIPAA 164.312(d)] five wrong passwords lock the door, with a live countdown', async ({ page, alcove }) => {
  await alcove.core.dispatch('vault.create', { displayName: 'Dr. Chen', password: PASSWORDS.first });
  await alcove.open();
  await new VaultPickerPage(page).choose('Dr. Chen');
  const unlock = new UnlockPage(page);
  await unlock.expectFor('Dr. Chen');

  for (let attempt = 1; attempt <= 4; attempt++) {
    await unlock.unlock(`not the password ${attempt}`);
    await expect(unlock.alert).toContainText(`(${5 - attempt} ${5 - attempt === 1 ? 'attempt' : 'attempts'} left`);
    await unlock.expectError('WRONG_PASSWORD');
    if (attempt === 1) await lookAtScreen(page, '12-unlock-wrong-password');
  }
  await unlock.unlock('not the password 5');
  await unlock.expectError('LOCKED_OUT');
  await expect(unlock.alert).toContainText('Too many wrong attempts');
  await expect(unlock.countdown).toHaveText(/^[01]:\d\d$/);
  await expect(unlock.submit).toBeDisabled();

  // The countdown moves by itself (waiting on the page, not on a timer in the test).
  const first = Number(await unlock.countdown.getAttribute('data-seconds-left'));
  expect(first).toBeGreaterThan(50);
  await expect.poll(async () => Number(await unlock.countdown.getAttribute('data-seconds-left')), { timeout: 5_000 }).toBeLessThan(first);
  await lookAtScreen(page, '13-unlock-locked-out');

  // The core enforces the pause too: the right password is refused while it runs.
  const refused = await alcove.core.dispatch('vault.unlock', { vaultId: (await listIds(alcove))[0], password: PASSWORDS.first });
  expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
});

async function listIds(alcove: { core: { dispatch(m: string, i: unknown): Promise<unknown> } }): Promise<string[]> {
  const list = (await alcove.core.dispatch('vault.list', {})) as { ok: true; value: { vaultId: string }[] };
  return list.value.map((v) => v.vaultId);
}
