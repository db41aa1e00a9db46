// The inactivity lock end to end, on the core's fake clock: a note typed and left, the clock
// moved past the timeout, and the page that comes back is the lock screen with no trace of
// the client or the note; unlocking returns to the same section with the cursor where it was
// and every word typed. The 60-second warning, "Stay unlocked", sleep and screen lock, and
// Ctrl+L. Screens checked with axe and photographed light and dark.

import { expect, PASSWORDS, test } from './fixtures.js';
import { NoteEditorPage } from './pages/notes.js';
import { LockScreenPage } from './pages/unlock.js';
import { WorkspacePage } from './pages/workspace.js';
import { caretIn, coreEvent, DEFAULT_TIMEOUT_MS, expectNoneOnPage, LockWarningBanner, MINUTE, openDraftFor } from './support/lock-session.js';
import { lookAtScreen } from './support/look.js';
import { openUnlockedVault, seed, THERAPIST } from './support/records.js';

const CLIENT = 'Wilhelmina Castellanos';
const SUBJECTIVE = 'Talked about the quarry where her brother worked.';
const ASSESSMENT = 'Grief resurfacing near the lighthouse anniversary';
const PHI = ['Wilhelmina', 'Castellanos', 'quarry', 'brother', 'lighthouse', 'anniversary'];

test('[HIPAA 164.312(a)(2)(iii)] typing, then away past the timeout: locked with no PHI left; unlock returns to the same section, cursor and words', async ({ page, alcove }) => {
  const editor = new NoteEditorPage(page);
  const lockScreen = new LockScreenPage(page);
  await openUnlockedVault(page, alcove);
  const { noteId } = await openDraftFor(page, alcove, CLIENT);
  await expect(page).toHaveTitle('Alcove');

  await editor.section('Subjective').click();
  await page.keyboard.type(SUBJECTIVE);
  await editor.section('Assessment').click();
  await page.keyboard.type(ASSESSMENT);
  // The cursor sits before the last word, and nothing has autosaved the Assessment yet.
  for (let i = 0; i < 'anniversary'.length; i++) await page.keyboard.press('ArrowLeft');
  const cursor = ASSESSMENT.length - 'anniversary'.length;

  const before = alcove.events.length;
  alcove.clock.advance(DEFAULT_TIMEOUT_MS + 1_000);
  expect(await coreEvent(alcove, 'vault.locked', before)).toEqual({ reason: 'timeout' });
  await lockScreen.expectShown('without activity');
  await expect(page).toHaveTitle('Alcove — Locked');
  await expect(page.getByText(`Enter the password for ${THERAPIST} to continue.`)).toBeVisible();
  await expectNoneOnPage(page, PHI);
  // The lock asked the page for its drafts before the vault closed.
  const names = alcove.events.slice(before).map((e) => e.name);
  expect(names.indexOf('lock.flush')).toBeGreaterThanOrEqual(0);
  expect(names.indexOf('lock.flush')).toBeLessThan(names.indexOf('vault.locked'));
  await lookAtScreen(page, 'lock-01-locked-after-timeout');

  await lockScreen.unlock(PASSWORDS.first);
  await expect(editor.section('Assessment')).toHaveValue(ASSESSMENT);
  await expect(editor.section('Subjective')).toHaveValue(SUBJECTIVE);
  await expect.poll(() => caretIn(editor.section('Assessment'))).toEqual({ focused: true, start: cursor, end: cursor });
  await expect(page).toHaveTitle('Alcove');
  // It came back from the vault, not from the page.
  const stored = await seed(alcove, 'notes.get', { noteId });
  expect(stored.sections).toMatchObject({ subjective: SUBJECTIVE, assessment: ASSESSMENT });
});

test('the warning 60 s ahead: an accessible banner; "Stay unlocked" and any input keep the vault open', async ({ page, alcove }) => {
  const banner = new LockWarningBanner(page);
  const workspace = new WorkspacePage(page);
  await openUnlockedVault(page, alcove);
  await openDraftFor(page, alcove, CLIENT);

  let from = alcove.events.length;
  alcove.clock.advance(DEFAULT_TIMEOUT_MS - MINUTE);
  expect(await coreEvent(alcove, 'lock.warning', from)).toEqual({ secondsLeft: 60 });
  await banner.expectShown();
  await expect(page).toHaveTitle('Alcove');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await lookAtScreen(page, 'lock-02-warning-banner');

  from = alcove.events.length;
  await banner.stay.click();
  await expect(banner.root).toBeHidden();
  expect(await coreEvent(alcove, 'lock.warning', from)).toEqual({ secondsLeft: null });
  // The old deadline passes: still open, and the next warning comes 14 minutes after the click.
  alcove.clock.advance(MINUTE + 1_000);
  await expect(workspace.vaultName).toHaveText(THERAPIST);
  expect(alcove.core.lock.current).toBe('unlocked');

  // Any input dismisses it too (here a click in the note, which the throttle would otherwise
  // have held back, so soon after the last report).
  from = alcove.events.length;
  alcove.clock.advance(DEFAULT_TIMEOUT_MS - MINUTE - (MINUTE + 1_000));
  expect(await coreEvent(alcove, 'lock.warning', from)).toEqual({ secondsLeft: 60 });
  await banner.expectShown();
  from = alcove.events.length;
  await new NoteEditorPage(page).section('Plan').click();
  await expect(banner.root).toBeHidden();
  expect(await coreEvent(alcove, 'lock.warning', from)).toEqual({ secondsLeft: null });

  // Ignored, it locks at the deadline.
  from = alcove.events.length;
  alcove.clock.advance(DEFAULT_TIMEOUT_MS - MINUTE);
  await banner.expectShown();
  alcove.clock.advance(MINUTE);
  expect(await coreEvent(alcove, 'vault.locked', from)).toEqual({ reason: 'timeout' });
  await new LockScreenPage(page).expectShown();
  await expect(banner.root).toHaveCount(0);
});

test('[HIPAA 164.312(a)(2)(iii)] sleep and the screen lock lock at once, with the draft saved; Ctrl+L too', async ({ page, alcove }) => {
  const editor = new NoteEditorPage(page);
  const lockScreen = new LockScreenPage(page);
  await openUnlockedVault(page, alcove);
  const { noteId } = await openDraftFor(page, alcove, CLIENT);

  await editor.section('Objective').click();
  await page.keyboard.type('Tearful when the quarry came up.');
  await alcove.core.power('suspend');
  await lockScreen.expectShown('went to sleep');
  await expectNoneOnPage(page, PHI);

  await lockScreen.unlock(PASSWORDS.first);
  await expect(editor.section('Objective')).toHaveValue('Tearful when the quarry came up.');
  await expect.poll(async () => (await caretIn(editor.section('Objective'))).focused).toBe(true);
  await page.keyboard.type(' Calmer by the end.');
  await alcove.core.power('lock-screen');
  await lockScreen.expectShown('this computer was locked');
  expect(alcove.core.lock.current).toBe('locked');

  await lockScreen.unlock(PASSWORDS.first);
  await expect(editor.section('Objective')).toHaveValue('Tearful when the quarry came up. Calmer by the end.');
  // Type only once the caret is back in its section, as after the first unlock: a key pressed
  // before focus returns goes to whatever had focus, not into the note.
  await expect.poll(async () => (await caretIn(editor.section('Objective'))).focused).toBe(true);
  await page.keyboard.type(' Plans to visit.');
  await page.keyboard.press('Control+l');
  await lockScreen.expectShown('You locked Alcove.');
  await expectNoneOnPage(page, PHI);
  const status = await alcove.core.dispatch('vault.status', {});
  expect(status).toEqual({ ok: true, value: { state: 'locked' } });

  await lockScreen.unlock(PASSWORDS.first);
  await expect(editor.section('Objective')).toHaveValue('Tearful when the quarry came up. Calmer by the end. Plans to visit.');
  const stored = await seed(alcove, 'notes.get', { noteId });
  expect(stored.sections.objective).toBe('Tearful when the quarry came up. Calmer by the end. Plans to visit.');
});

test('[HIPAA 164.312(a)(2)(iii)] settings: the lock timeout from 1 minute to 4 hours, and the new timeout is the one that locks', async ({ page, alcove }) => {
  const workspace = new WorkspacePage(page);
  await openUnlockedVault(page, alcove);
  await workspace.goTo('Settings');
  const select = page.getByLabel('Lock after');
  await expect(select).toHaveValue('15');
  await expect(page.getByTestId('lock-effective')).toHaveText('Alcove locks after 15 minutes without activity.');
  await expect(select.locator('option').first()).toHaveText('1 minute without activity');
  await expect(select.locator('option').last()).toHaveText('4 hours without activity');
  await select.selectOption('5');
  await expect(page.getByTestId('lock-effective')).toHaveText('Alcove locks after 5 minutes without activity.');
  expect(await seed(alcove, 'lock.getSettings', {})).toMatchObject({ timeoutMinutes: 5, useSystemIdle: false });
  await page.getByLabel('Stay unlocked while I am using other apps on this computer').check();
  await expect.poll(async () => (await seed(alcove, 'lock.getSettings', {})).useSystemIdle).toBe(true);
  await lookAtScreen(page, 'lock-03-settings');

  const from = alcove.events.length;
  alcove.clock.advance(5 * MINUTE + 1_000);
  expect(await coreEvent(alcove, 'vault.locked', from)).toEqual({ reason: 'timeout' });
  await new LockScreenPage(page).expectShown('without activity');
});
