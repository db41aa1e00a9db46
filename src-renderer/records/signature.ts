// A signature in words: "Signed by Ana Reyes, LCSW, on Dec 4, 2026 at 2:32 PM". A signature
// from before practitioner profiles names what it recorded then (the vault's name) and says
// so, rather than pass it off as a person with credentials.

import type { Signer } from '../../src-main/records/schemas.js';
import { formatSignedAt } from './dates.js';

export type { Signer };

/** "Ana Reyes, LCSW": a signer's (or the profile's) name and credentials, as the core's signerLine. */
export function signerName(s: { name: string | null; credentials: string | null }): string {
  if (!s.name) return '—';
  return s.credentials ? `${s.name}, ${s.credentials}` : s.name;
}

export const BEFORE_PROFILES = 'signed before practitioner profiles; name as recorded then';

export function signatureText(verb: 'Signed' | 'Amended', signer: Signer | null, beforeProfiles: boolean, at: number | null): string {
  // With credentials the name takes a comma before "on": "Ana Reyes, LCSW, on …".
  const who = signer ? (signer.credentials ? `${signerName(signer)},` : signer.name) : '—';
  const line = `${verb} by ${who} on ${at ? formatSignedAt(at) : '—'}`;
  return beforeProfiles ? `${line} (${BEFORE_PROFILES})` : line;
}
