// The renderer's half of the inactivity lock. It reports input to main (throttled), shows
// main's warning, saves every draft when main asks before a lock, and when the vault locks
// wipes the page: stores reset, the window reloaded to the lock screen, so neither the DOM
// nor the JS heap that showed PHI survives. After an unlock it goes back to where the
// clinician was. The window title never names anyone.

import { call, onAlcoveEvent } from '../api.js';
import { useNavigation, type Screen } from '../stores/navigation.js';
import { resetAllStores } from '../stores/reset.js';
import { ACTIVITY_EVENTS, createActivityReporter } from './activity.js';
import { flushAllDrafts } from './flushers.js';
import { forgetPlace, rememberPlaceNow, restoreLastPlace, trackPlace } from './place.js';
import { applyLockWarning, useLockWarning } from './warning.js';

export const TITLE = 'Alcove';
export const LOCKED_TITLE = 'Alcove — Locked';

/** Carried across the reload in the URL's fragment: which vault's door to show, and why. */
const LOCKED_HASH = /^#locked\?(.*)$/;

function lockReason(payload: unknown): string {
  const reason = (payload as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' && /^[a-z-]{1,20}$/.test(reason) ? reason : 'manual';
}

function openVaultOf(screen: Screen): { vaultId: string; displayName: string } | null {
  if (screen.name === 'workspace') return screen.vault;
  if (screen.name === 'locked' || screen.name === 'unlock') return screen.vault;
  return null;
}

/** The vault locked: hide the page at once, forget everything, and reload to the lock screen. */
export function wipeAndReload(payload: unknown): void {
  const vault = openVaultOf(useNavigation.getState().screen);
  const reason = lockReason(payload);
  // Nothing that showed PHI stays painted while the new page loads.
  document.documentElement.hidden = true;
  document.title = LOCKED_TITLE;
  resetAllStores();
  forgetPlace();
  const params = new URLSearchParams({ reason, ...(vault ? { vault: vault.vaultId } : {}) });
  history.replaceState(null, '', `${location.pathname}${location.search}#locked?${params.toString()}`);
  location.reload();
}

/** A page loaded after a lock: show that vault's lock screen (its name comes from main). */
function resumeLockScreen(): void {
  const match = LOCKED_HASH.exec(location.hash);
  if (!match) return;
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  const params = new URLSearchParams(match[1]);
  const reason = lockReason({ reason: params.get('reason') });
  const vaultId = params.get('vault');
  useNavigation.getState().go({ name: 'locked', vault: null, reason });
  if (!vaultId) return;
  void call('vault.list', {}).then((r) => {
    const vault = r.ok ? r.value.find((v) => v.vaultId === vaultId) : undefined;
    const screen = useNavigation.getState().screen;
    if (vault && screen.name === 'locked' && screen.vault === null) {
      useNavigation.getState().go({ name: 'locked', vault: { vaultId: vault.vaultId, displayName: vault.displayName }, reason });
    }
  });
}

function titleFor(screen: Screen): string {
  return screen.name === 'locked' ? LOCKED_TITLE : TITLE;
}

/** Listen for input on the whole window (capture, passive); returns the way to stop. */
function listenForInput(target: Window, onInput: (e: Event) => void): () => void {
  const options: AddEventListenerOptions = { capture: true, passive: true };
  for (const name of ACTIVITY_EVENTS) target.addEventListener(name, onInput, options);
  return () => {
    for (const name of ACTIVITY_EVENTS) target.removeEventListener(name, onInput, options);
  };
}

/** Wire the lock into this window; returns the way to unwire it (React's effect cleanup). */
export function installLockSession(): () => void {
  resumeLockScreen();
  document.title = titleFor(useNavigation.getState().screen);

  const activity = createActivityReporter(() => void call('lock.activity', {}));
  const onInput = (e: Event) => {
    // Input on the warning itself is its button's to answer (removing the banner under a
    // pointer on its way down would swallow the click).
    if (e.target instanceof Element && e.target.closest('.lock-warning')) return;
    const warned = useLockWarning.getState().locksAt !== null;
    if (warned) useLockWarning.getState().dismiss();
    activity.input(warned);
  };
  const stops = [
    listenForInput(window, onInput),
    trackPlace(),
    onAlcoveEvent('lock.warning', applyLockWarning),
    onAlcoveEvent('lock.flush', (payload) => {
      const requestId = (payload as { requestId?: unknown } | null)?.requestId;
      if (typeof requestId !== 'string') return;
      // Save what is typed and say where the cursor is, then let main lock.
      void flushAllDrafts()
        .then(() => rememberPlaceNow())
        .finally(() => void call('lock.flushed', { requestId }));
    }),
    onAlcoveEvent('vault.locked', wipeAndReload),
    useNavigation.subscribe((s, prev) => {
      if (s.screen === prev.screen) return;
      document.title = titleFor(s.screen);
      // Just unlocked (or reloaded into an open vault): go back to where the clinician was.
      if (s.screen.name === 'workspace' && prev.screen.name !== 'workspace') void restoreLastPlace();
    }),
  ];
  // Text copied from the records is cleared from the clipboard after 30 s (main checks it is
  // still ours). The copy lands on the clipboard after this event, so ask a moment later.
  const onCopy = () => {
    if (useNavigation.getState().screen.name !== 'workspace') return;
    window.setTimeout(() => void call('clipboard.copied', {}), 50);
  };
  document.addEventListener('copy', onCopy, true);
  document.addEventListener('cut', onCopy, true);
  return () => {
    for (const stop of stops) stop();
    document.removeEventListener('copy', onCopy, true);
    document.removeEventListener('cut', onCopy, true);
  };
}
