import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from '../../src-main/crypto/base32.js';
import { unwrapKey, wrapKey } from '../../src-main/crypto/keys.js';
import {
  formatRecoveryCode,
  formatSecretKey,
  newRecoveryCode,
  newSecretKey,
  parseRecoveryCode,
  parseSecretKey,
} from '../../src-main/crypto/secrets.js';
import { AlcoveError } from '../../src-main/errors.js';

describe('secret key and recovery code', () => {
  it('round-trip any 128-bit value through the printed form', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const b = Buffer.from(bytes);
        expect(parseSecretKey(formatSecretKey(b))).toEqual(b);
        expect(parseRecoveryCode(formatRecoveryCode(b))).toEqual(b);
      }),
    );
  });

  it('generates 128 random bits each, in the printed shapes', () => {
    const key = newSecretKey();
    const code = newRecoveryCode();
    expect(key.length).toBe(16);
    expect(code.length).toBe(16);
    expect(formatSecretKey(key)).toMatch(/^AK1-([0-9A-HJKMNP-TV-Z]{7}-){3}[0-9A-HJKMNP-TV-Z]{7}$/);
    expect(formatRecoveryCode(code)).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(newSecretKey()).not.toEqual(key);
  });

  it('accepts what people type back: lower case, spaces, O for 0 and I/L for 1', () => {
    const code = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    const printed = formatRecoveryCode(code);
    const typed = printed.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(parseRecoveryCode(typed)).toEqual(code);
  });

  it('detects every single-character typo with the check characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.nat(27), fc.nat(30), (bytes, pos, shift) => {
        const printed = formatRecoveryCode(Buffer.from(bytes)).replace(/-/g, '');
        const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
        const i = alphabet.indexOf(printed[pos] as string);
        const replaced = alphabet[(i + 1 + shift) % 32] as string;
        const typo = printed.slice(0, pos) + replaced + printed.slice(pos + 1);
        let code = '';
        try {
          parseRecoveryCode(typo);
        } catch (err) {
          code = (err as AlcoveError).code;
        }
        // A 10-bit check misses about 1 in 1024 typos; those then fail as a wrong code.
        return code === 'RECOVERY_CODE_INVALID' || code === '';
      }),
    );
    // And concretely for one code: every position, every substitution.
    const printed = formatRecoveryCode(Buffer.alloc(16, 7)).replace(/-/g, '');
    let detected = 0;
    let total = 0;
    for (let pos = 0; pos < printed.length; pos++) {
      for (const ch of '0123456789ABCDEFGHJKMNPQRSTVWXYZ') {
        if (ch === printed[pos]) continue;
        total++;
        try {
          parseRecoveryCode(printed.slice(0, pos) + ch + printed.slice(pos + 1));
        } catch {
          detected++;
        }
      }
    }
    expect(detected / total).toBeGreaterThan(0.99);
  });

  it('base32 decode refuses characters outside the alphabet', () => {
    expect(decodeBase32('U0000000000000000000000000', 16)).toBeNull();
    expect(decodeBase32(encodeBase32(Buffer.alloc(16, 1), 26), 16)).toEqual(Buffer.alloc(16, 1));
  });
});

describe('key wrapping', () => {
  it('[HIPAA 164.312(d)] a tampered byte anywhere in a wrapped key, or a wrong KEK or slot identity, never unwraps', () => {
    const kek = Buffer.alloc(32, 9);
    const dek = Buffer.alloc(32, 3);
    const wrapped = wrapKey(kek, dek, 'slot-a');
    expect(unwrapKey(kek, wrapped, 'slot-a')).toEqual(dek);
    expect(unwrapKey(Buffer.alloc(32, 8), wrapped, 'slot-a')).toBeNull();
    expect(unwrapKey(kek, wrapped, 'slot-b')).toBeNull();
    fc.assert(
      fc.property(fc.constantFrom('iv', 'ciphertext', 'tag' as const), fc.nat(200), fc.integer({ min: 1, max: 15 }), (field, at, delta) => {
        const hex = wrapped[field];
        const i = at % hex.length;
        const flipped = hex.slice(0, i) + ((parseInt(hex[i] as string, 16) ^ delta) & 15).toString(16) + hex.slice(i + 1);
        return unwrapKey(kek, { ...wrapped, [field]: flipped }, 'slot-a') === null;
      }),
    );
  });
});
