// Safe Harbor ZIPs: the first three digits may stay when that 3-digit area holds more than
// 20,000 people; the 17 smaller ones become 000.

import { RESTRICTED_ZIP3 } from './places.js';

export function generalizeZip(zip: string): string {
  // Only a US ZIP's first three digits mean a ZIP3 area; other countries' postcodes go whole.
  if (!/^\d{5}(?:-\d{4})?$/.test(zip.trim())) return '[ZIP]';
  const digits = zip.replace(/\D/g, '');
  const prefix = digits.slice(0, 3);
  return `${RESTRICTED_ZIP3.has(prefix) ? '000' : prefix}**`;
}
