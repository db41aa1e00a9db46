// The signature line in words, under Node (the module is pure): a person with credentials, a
// signature from before profiles said honestly, and the time in the shape the screens use.

import { describe, expect, it } from 'vitest';
import { formatSignedAt } from '../../src-renderer/records/dates.js';
import { signatureText, signerName } from '../../src-renderer/records/signature.js';

// 2:32 PM local time on Dec 4, 2026, wherever the test runs.
const AT = new Date(2026, 11, 4, 14, 32).getTime();
const ANA = { name: 'Ana Reyes', credentials: 'LCSW', licenseNumber: 'LCS 29871', npi: '1234567893' };

describe('the signature line', () => {
  it('names the person and their credentials: “Signed by Ana Reyes, LCSW, on Dec 4, 2026 at 2:32 PM”', () => {
    expect(formatSignedAt(AT)).toMatch(/^Dec 4, 2026 at 2:32\s?PM$/);
    expect(signatureText('Signed', ANA, false, AT)).toMatch(/^Signed by Ana Reyes, LCSW, on Dec 4, 2026 at 2:32\s?PM$/);
    expect(signatureText('Amended', ANA, false, AT)).toMatch(/^Amended by Ana Reyes, LCSW, on Dec 4/);
    expect(signerName(ANA)).toBe('Ana Reyes, LCSW');
    expect(signerName({ name: null, credentials: 'LCSW' })).toBe('—');
  });

  it('says when a signature predates practitioner profiles, and keeps the name it recorded', () => {
    const legacy = { name: 'Riverside Practice', credentials: null, licenseNumber: null, npi: null };
    expect(signatureText('Signed', legacy, true, AT)).toMatch(
      /^Signed by Riverside Practice on Dec 4, 2026 at 2:32\s?PM \(signed before practitioner profiles; name as recorded then\)$/,
    );
  });
});
