// Safe Harbor ZIPs: the first three digits may stay when that 3-digit area holds more than
// 20,000 people; the 17 smaller ones become 000.

import { RESTRICTED_ZIP3 } from './places.js';

export function generalizeZip(zip: string): string {
  const digits = zip.replace(/\D/g, '');
  if (digits.length < 5) return '[ZIP]';
  const prefix = digits.slice(0, 3);
  return `${RESTRICTED_ZIP3.has(prefix) ? '000' : prefix}**`;
}
