// The "about to lock" warning main sends 60 seconds ahead: when the lock is due, in this
// window's own time (the banner counts down by itself), or null when there is no warning.

import { create } from 'zustand';
import { registerReset } from '../stores/reset.js';

interface LockWarningState {
  /** Date.now() at which main will lock, or null when no warning is showing. */
  locksAt: number | null;
  show: (secondsLeft: number) => void;
  dismiss: () => void;
}

export const useLockWarning = create<LockWarningState>()((set) => ({
  locksAt: null,
  show: (secondsLeft) => set({ locksAt: Date.now() + secondsLeft * 1000 }),
  dismiss: () => set({ locksAt: null }),
}));

/** The payload of lock.warning: {secondsLeft: number} shows it, {secondsLeft: null} hides it. */
export function applyLockWarning(payload: unknown): void {
  const secondsLeft = (payload as { secondsLeft?: unknown } | null)?.secondsLeft;
  if (typeof secondsLeft === 'number' && Number.isFinite(secondsLeft) && secondsLeft > 0) useLockWarning.getState().show(secondsLeft);
  else useLockWarning.getState().dismiss();
}

registerReset(() => useLockWarning.setState({ locksAt: null }));
