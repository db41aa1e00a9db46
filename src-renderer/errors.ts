// What each error code means to a therapist at the unlock or settings screen. The core's
// message is already a plain sentence; this adds a heading and, where it helps, what to do.

import type { ErrorCode, WireError } from './api.js';

export interface ShownError {
  title: string;
  detail: string;
}

// Codes the core adds later fall back to a plain heading; the core's message still explains.
const TITLES: Partial<Record<ErrorCode, string>> = {
  VALIDATION_FAILED: 'Please check what you entered',
  UNKNOWN_METHOD: 'Alcove could not do that',
  VAULT_LOCKED: 'The vault is locked',
  VAULT_ALREADY_UNLOCKED: 'Another vault is open',
  NOT_FOUND: 'That vault is not on this computer',
  WRONG_PASSWORD: 'Wrong password',
  WRONG_RECOVERY_CODE: 'Wrong recovery code',
  LOCKED_OUT: 'Too many wrong attempts',
  WEAK_PASSWORD: 'Choose a stronger password',
  HEADER_TAMPERED: 'This vault has been changed outside Alcove',
  HEADER_CORRUPT: 'This vault’s header is damaged',
  DATABASE_CORRUPT: 'This vault’s data is damaged',
  KDF_BELOW_FLOOR: 'This vault’s password protection is too weak',
  VAULT_FROM_NEWER_VERSION: 'This vault needs a newer Alcove',
  SECRET_KEY_MISSING: 'Enter your secret key',
  SECRET_KEY_INVALID: 'That secret key is not right',
  RECOVERY_CODE_INVALID: 'That recovery code has a typo',
  FORBIDDEN_SENDER: 'Request refused',
  PROFILE_INCOMPLETE: 'Add your name and credentials first',
  IO_ERROR: 'Alcove could not read or write its files',
  INTERNAL: 'Something went wrong',
};

const ADVICE: Partial<Record<ErrorCode, string>> = {
  HEADER_TAMPERED: 'Nothing was unlocked. Restore the vault folder from a backup, or contact your practice administrator.',
  HEADER_CORRUPT: 'Nothing was unlocked. Restore the vault folder from a backup.',
  VAULT_FROM_NEWER_VERSION: 'Update Alcove on this computer, then open the vault again.',
  IO_ERROR: 'Check that the disk is not full and that Alcove’s folder is writable, then try again.',
  VAULT_ALREADY_UNLOCKED: 'Lock the open vault first, then try again.',
};

export function describeError(error: WireError): ShownError {
  const advice = ADVICE[error.code];
  return { title: TITLES[error.code] ?? 'Alcove could not do that', detail: advice ? `${error.message} ${advice}` : error.message };
}

/** Whole seconds as "m:ss", for the lockout countdown. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
