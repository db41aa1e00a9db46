// The two secrets besides the password that a vault hands its owner once, in the recovery
// kit: the secret key (mixed into the password KEK, kept on each device) and the recovery
// code (opens the vault when the password is forgotten). Both are typed by people, so both
// carry a check digit pair that tells a typo from a wrong code.

import { createHash, randomBytes } from 'node:crypto';
import { AlcoveError } from '../errors.js';
import { decodeBase32, encodeBase32, groups, normaliseBase32 } from './base32.js';

const SECRET_KEY_PREFIX = 'AK1';
export const SECRET_KEY_BYTES = 16; // 128 bits
const RECOVERY_BYTES = 16; // 128 bits in 26 characters (2 spare bits), 28 with the check

function check(body: string): string {
  const digest = createHash('sha256').update(body).digest();
  return encodeBase32(digest, 2);
}

function withCheck(bytes: Buffer, chars: number): string {
  const body = encodeBase32(bytes, chars);
  return body + check(body);
}

function parseChecked(text: string, chars: number, bytes: number): Buffer | null {
  const clean = normaliseBase32(text);
  if (clean.length !== chars + 2) return null;
  const body = clean.slice(0, chars);
  if (check(body) !== clean.slice(chars)) return null;
  return decodeBase32(body, bytes);
}

export function newSecretKey(): Buffer {
  return randomBytes(SECRET_KEY_BYTES);
}

export function formatSecretKey(key: Buffer): string {
  return `${SECRET_KEY_PREFIX}-${groups(withCheck(key, 26), 7)}`;
}

export function parseSecretKey(text: string): Buffer {
  const trimmed = text.trim().toUpperCase();
  const body = trimmed.startsWith(`${SECRET_KEY_PREFIX}-`) ? trimmed.slice(SECRET_KEY_PREFIX.length + 1) : trimmed;
  const key = parseChecked(body, 26, SECRET_KEY_BYTES);
  if (!key) {
    throw new AlcoveError('SECRET_KEY_INVALID', 'That secret key is not valid: check it against your recovery kit (it starts with AK1-).');
  }
  return key;
}

export function newRecoveryCode(): Buffer {
  return randomBytes(RECOVERY_BYTES);
}

export function formatRecoveryCode(code: Buffer): string {
  return groups(withCheck(code, 26), 4);
}

export function parseRecoveryCode(text: string): Buffer {
  const code = parseChecked(text, 26, RECOVERY_BYTES);
  if (!code) {
    throw new AlcoveError(
      'RECOVERY_CODE_INVALID',
      'That recovery code has a typo: it is 28 letters and digits in groups of four, exactly as printed in your recovery kit.',
    );
  }
  return code;
}

/** Overwrite a buffer that held key material. */
export function wipe(...buffers: (Buffer | Uint8Array | null | undefined)[]): void {
  for (const b of buffers) if (b) b.fill(0);
}
