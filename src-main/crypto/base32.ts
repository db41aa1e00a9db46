// Crockford base32: the alphabet people can read aloud and type back without confusing
// 0/O or 1/I/L. Used for the secret key and the recovery code.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function encodeBase32(bytes: Uint8Array, chars: number): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (out.length < chars && bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  if (out.length !== chars) throw new RangeError('not enough bytes for the requested length');
  return out;
}

/** Decode to the given number of bytes; null when a character is outside the alphabet. */
export function decodeBase32(text: string, byteLength: number): Buffer | null {
  const out = Buffer.alloc(byteLength);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const ch of normaliseBase32(text)) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return null;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      if (index < byteLength) out[index++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  return index === byteLength ? out : null;
}

/** Uppercase, drop separators and map the look-alikes Crockford allows (O->0, I/L->1). */
export function normaliseBase32(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function groups(text: string, size: number): string {
  return text.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? '';
}
