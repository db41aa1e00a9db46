// The vault header: a small versioned JSON file beside the database that holds everything
// needed to reach the data key except the secrets themselves. It is authenticated as a
// whole with an HMAC whose key comes from the device's secret key, never the password, so a
// changed byte (a KDF downgrade, a swapped slot) is reported as tampering before any
// password is tried, and can never be mistaken for a wrong password.

import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AlcoveError } from '../errors.js';
import { KdfParams } from '../crypto/kdf.js';
import { hkdf, type Wrapped } from '../crypto/keys.js';
import { VaultIdSchema } from '../api/ids.js';

export const HEADER_FORMAT = 'alcove-vault-header';
export const HEADER_VERSION = 1;

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
const WrappedSchema = z.strictObject({ iv: hex(12), ciphertext: hex(32), tag: hex(16) });

export { VaultIdSchema };

export const HeaderBody = z.strictObject({
  format: z.literal(HEADER_FORMAT),
  version: z.literal(HEADER_VERSION),
  vaultId: VaultIdSchema,
  displayName: z.string().min(1).max(100),
  createdAt: z.iso.datetime(),
  /** Identifies which secret key this vault expects, so a mistyped key is told apart. */
  secretKeyId: hex(8),
  slots: z.strictObject({
    password: z.strictObject({ kdf: KdfParams, wrapped: WrappedSchema }),
    recovery: z.strictObject({ salt: hex(16), wrapped: WrappedSchema }),
  }),
  /**
   * The wrong-attempt counter beside this header is authenticated (lockout.ts), so a missing or
   * invalid one is a pause begun. Absent in vaults from before; added at their next unlock.
   */
  lockoutCounter: z.literal('mac-v1').optional(),
});
export type HeaderBody = z.infer<typeof HeaderBody>;

const HeaderFile = HeaderBody.extend({ mac: hex(32) });
type HeaderFile = z.infer<typeof HeaderFile>;

/** Deterministic JSON: keys sorted at every level, so the MAC does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function secretKeyId(secretKey: Buffer): string {
  return hkdf(secretKey, Buffer.alloc(0), 'alcove/v1/secret-key-id', 8).toString('hex');
}

function mac(body: HeaderBody, macKey: Buffer): Buffer {
  return createHmac('sha256', macKey).update(canonicalJson(body)).digest();
}

export function serialiseHeader(body: HeaderBody, macKey: Buffer): string {
  const file: HeaderFile = { ...body, mac: mac(body, macKey).toString('hex') };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Parse without a key: what the vault picker needs (id, name), and the checks that do not
 * need a secret. Unknown shape -> HEADER_CORRUPT; a newer format -> VAULT_FROM_NEWER_VERSION.
 */
export function parseHeader(text: string): { body: HeaderBody; mac: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw corrupt();
  }
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const { format, version } = raw as { format?: unknown; version?: unknown };
    if (format === HEADER_FORMAT && typeof version === 'number' && Number.isInteger(version) && version > HEADER_VERSION) {
      throw new AlcoveError(
        'VAULT_FROM_NEWER_VERSION',
        `This vault was written by a newer version of Alcove (header format ${version}). Update Alcove to open it; nothing was changed.`,
      );
    }
  }
  const parsed = HeaderFile.safeParse(raw);
  if (!parsed.success) throw corrupt();
  const { mac: macHex, ...body } = parsed.data;
  return { body, mac: macHex };
}

/** Verify the whole header against the MAC key derived from the secret key. */
export function verifyHeaderMac(header: { body: HeaderBody; mac: string }, macKey: Buffer): void {
  const expected = mac(header.body, macKey);
  const actual = Buffer.from(header.mac, 'hex');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new AlcoveError(
      'HEADER_TAMPERED',
      'The vault header has been altered since Alcove last wrote it, so Alcove refuses to use it. Restore the vault from a backup; nothing was changed.',
    );
  }
}

function corrupt(): AlcoveError {
  return new AlcoveError(
    'HEADER_CORRUPT',
    'The vault header is damaged or incomplete and cannot be read. Restore the vault from a backup; nothing was changed.',
  );
}

export function slotAad(vaultId: string, slot: 'password' | 'recovery'): string {
  return `alcove/v1/slot/${slot}/${vaultId}`;
}

export type { Wrapped };
