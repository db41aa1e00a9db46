// A signer as text: "Ana Reyes, LCSW". Kept apart from the profile's store so the CLI can
// name a signer without loading the database code.

import type { Signer } from './schemas.js';

export function signerLine(s: Signer): string {
  return s.credentials ? `${s.name}, ${s.credentials}` : s.name;
}
