// Typed errors that cross every boundary (API, CLI, worker). A code is a stable string that
// scripts and the renderer switch on; the message is a plain sentence with no PHI, no secret
// and no stack. `details` carries only numbers the UI needs (attempts left, seconds left).

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNKNOWN_METHOD',
  'VAULT_LOCKED',
  'VAULT_ALREADY_UNLOCKED',
  'NOT_FOUND',
  'WRONG_PASSWORD',
  'WRONG_RECOVERY_CODE',
  'LOCKED_OUT',
  'WEAK_PASSWORD',
  'HEADER_TAMPERED',
  'HEADER_CORRUPT',
  'DATABASE_CORRUPT',
  'KDF_BELOW_FLOOR',
  'VAULT_FROM_NEWER_VERSION',
  'SECRET_KEY_MISSING',
  'SECRET_KEY_INVALID',
  'RECOVERY_CODE_INVALID',
  'FORBIDDEN_SENDER',
  'CONFLICT',
  'RECORD_SIGNED',
  'PROFILE_INCOMPLETE',
  'TOO_LARGE',
  'AUDIT_VERIFY_FAILED',
  'IO_ERROR',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetails {
  attemptsLeft?: number;
  secondsLeft?: number;
}

export class AlcoveError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'AlcoveError';
    this.code = code;
    this.details = details;
  }
}

/**
 * A failure whose result the command has already printed in full (a failed verification
 * prints its result object): the CLI exits non-zero without printing a second JSON object.
 */
export class ReportedFailure extends AlcoveError {}

export interface WireError {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

/** Reduce anything thrown to a wire error. Unknown errors never leak their message or stack. */
export function toWireError(err: unknown): WireError {
  if (err instanceof AlcoveError) {
    return err.details ? { code: err.code, message: err.message, details: err.details } : { code: err.code, message: err.message };
  }
  return { code: 'INTERNAL', message: 'Something went wrong inside Alcove. Nothing was changed; try again.' };
}

/** Rebuild an AlcoveError from its wire form (worker -> caller). */
export function fromWireError(w: WireError): AlcoveError {
  return new AlcoveError(w.code, w.message, w.details);
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
