// Key derivation and wrapping (DESIGN.md, "Keys"). Every derived key has its own HKDF label
// so no two purposes ever share a key. Wrapped keys are AES-256-GCM with the slot's identity
// as associated data, so a slot cannot be moved to another vault or another role.

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export const LABELS = {
  passwordKek: 'alcove/v1/kek/password',
  recoveryKek: 'alcove/v1/kek/recovery',
  headerMac: 'alcove/v1/header-mac',
  lockoutMac: 'alcove/v1/lockout-mac',
} as const;

export function hkdf(ikm: Buffer, salt: Buffer, label: string, length = 32): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from(label, 'utf8'), length));
}

/** Password KEK: Argon2id output and the device secret key, combined through HKDF. */
export function passwordKek(argonOutput: Buffer, secretKey: Buffer, salt: Buffer): Buffer {
  const ikm = Buffer.concat([argonOutput, secretKey]);
  try {
    return hkdf(ikm, salt, LABELS.passwordKek);
  } finally {
    ikm.fill(0);
  }
}

export function recoveryKek(recoveryCode: Buffer, salt: Buffer): Buffer {
  return hkdf(recoveryCode, salt, LABELS.recoveryKek);
}

export function headerMacKey(secretKey: Buffer, vaultId: string): Buffer {
  return hkdf(secretKey, Buffer.from(vaultId, 'utf8'), LABELS.headerMac);
}

/** Authenticates the wrong-attempt counter (lockout.ts): from the secret key, like the header's. */
export function lockoutMacKey(secretKey: Buffer, vaultId: string): Buffer {
  return hkdf(secretKey, Buffer.from(vaultId, 'utf8'), LABELS.lockoutMac);
}

export interface Wrapped {
  iv: string;
  ciphertext: string;
  tag: string;
}

export function wrapKey(kek: Buffer, key: Buffer, aad: string): Wrapped {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
  return { iv: iv.toString('hex'), ciphertext: ciphertext.toString('hex'), tag: cipher.getAuthTag().toString('hex') };
}

/** Null when the KEK is wrong (or the slot was altered): GCM's tag does not verify. */
export function unwrapKey(kek: Buffer, wrapped: Wrapped, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'hex'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'hex'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'hex')), decipher.final()]);
  } catch {
    return null;
  }
}
