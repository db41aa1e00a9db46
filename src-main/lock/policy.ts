// The inactivity timeout: 15 minutes by default, 1 minute to 4 hours by the clinician's
// choice, and never longer than a practice policy allows (HIPAA automatic logoff,
// 45 CFR 164.312(a)(2)(iii)). Every timeout the lock uses passes through effectiveTimeoutMs.

export const DEFAULT_TIMEOUT_MINUTES = 15;
export const MIN_TIMEOUT_MINUTES = 1;
export const MAX_TIMEOUT_MINUTES = 240;
export const WARNING_MS = 60_000;

export interface LockSettings {
  timeoutMinutes: number;
  /** Count the computer's own idle time (no input anywhere) as inactivity too. */
  useSystemIdle: boolean;
}

export const DEFAULT_LOCK_SETTINGS: LockSettings = { timeoutMinutes: DEFAULT_TIMEOUT_MINUTES, useSystemIdle: false };

export function effectiveTimeoutMs(settings: Pick<LockSettings, 'timeoutMinutes'>, policyCapMinutes: number | null = null): number {
  let minutes = Math.min(MAX_TIMEOUT_MINUTES, Math.max(MIN_TIMEOUT_MINUTES, Math.round(settings.timeoutMinutes)));
  if (policyCapMinutes !== null) minutes = Math.min(minutes, Math.max(MIN_TIMEOUT_MINUTES, policyCapMinutes));
  return minutes * 60_000;
}
