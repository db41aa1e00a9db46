// The practitioner profile: the person who signs in this vault (one vault, one
// practitioner), with the credentials and identifiers a signed clinical record names. One
// row. Signing copies the signer from here into the signed content, so a later change to the
// profile never changes who signed what.

import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../errors.js';
import { US_STATE_CODES, type PractitionerProfile, type ProfileFields, type Signer } from './schemas.js';
import { stmt, type OpContext } from './db.js';

interface ProfileRow {
  name: string | null;
  credentials: string | null;
  license_number: string | null;
  license_state: string | null;
  npi: string | null;
  practice: string | null;
  address: string | null;
  phone: string | null;
  updated_at: number;
}

/** Each profile field and its column. */
const COLUMNS = {
  name: 'name',
  credentials: 'credentials',
  licenseNumber: 'license_number',
  licenseState: 'license_state',
  npi: 'npi',
  practice: 'practice',
  address: 'address',
  phone: 'phone',
} as const satisfies Record<keyof ProfileFields, keyof ProfileRow>;

/**
 * The NPI's check digit (CMS, "Requirements for NPI check digit"): the Luhn formula over the
 * first nine digits prefixed with 80840, the health-industry prefix of ISO 7812.
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi}`;
  let sum = 0;
  // From the rightmost digit (the check digit itself), every second digit is doubled.
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function row(db: Database.Database): ProfileRow | undefined {
  return stmt(db, 'SELECT * FROM practitioner_profile WHERE id = 1').get() as ProfileRow | undefined;
}

function toProfile(r: ProfileRow | undefined): PractitionerProfile {
  const p = {
    name: r?.name ?? null,
    credentials: r?.credentials ?? null,
    licenseNumber: r?.license_number ?? null,
    licenseState: r?.license_state ?? null,
    npi: r?.npi ?? null,
    practice: r?.practice ?? null,
    address: r?.address ?? null,
    phone: r?.phone ?? null,
  };
  return { ...p, complete: Boolean(p.name && p.credentials), updatedAt: r?.updated_at ?? null };
}

export function getProfile(db: Database.Database): PractitionerProfile {
  return toProfile(row(db));
}

/** Check what only the core can say in words: the NPI's check digit and the state code. */
function normalise(field: keyof ProfileFields, value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  if (field === 'npi' && !isValidNpi(v)) {
    throw new AlcoveError('VALIDATION_FAILED', 'That NPI is not valid: its check digit does not match. Check it against your NPPES record; nothing was changed.');
  }
  if (field === 'licenseState') {
    const code = v.toUpperCase();
    if (!(US_STATE_CODES as readonly string[]).includes(code)) {
      throw new AlcoveError('VALIDATION_FAILED', 'The license state must be a two-letter US state or territory code, such as CA or PR; nothing was changed.');
    }
    return code;
  }
  return v;
}

/** Change the fields given; an empty string clears one. Returns the whole profile. */
export function updateProfile(db: Database.Database, input: ProfileFields, ctx: OpContext): PractitionerProfile {
  const current = row(db);
  const next: Record<string, string | null> = {};
  for (const [field, column] of Object.entries(COLUMNS) as [keyof ProfileFields, keyof ProfileRow][]) {
    const given = input[field];
    next[column] = given === undefined ? ((current?.[column] as string | null | undefined) ?? null) : normalise(field, given);
  }
  stmt(
    db,
    `INSERT INTO practitioner_profile (id, name, credentials, license_number, license_state, npi, practice, address, phone, updated_at)
     VALUES (1, @name, @credentials, @license_number, @license_state, @npi, @practice, @address, @phone, @updated_at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, credentials = excluded.credentials, license_number = excluded.license_number,
       license_state = excluded.license_state, npi = excluded.npi, practice = excluded.practice, address = excluded.address,
       phone = excluded.phone, updated_at = excluded.updated_at`,
  ).run({ ...next, updated_at: ctx.now });
  return getProfile(db);
}

/**
 * The signer of what is being signed, from the profile as it is now. A signature must name a
 * person and their credentials; without them signing is refused and nothing changes.
 */
export function currentSigner(db: Database.Database, what: string): Signer {
  const p = getProfile(db);
  if (!p.name || !p.credentials) {
    throw new AlcoveError(
      'PROFILE_INCOMPLETE',
      `A signed ${what} names the person who signs it. Add your name and credentials to your practitioner profile (Settings), then sign; the ${what} is unchanged and still a draft.`,
    );
  }
  return { name: p.name, credentials: p.credentials, licenseNumber: p.licenseNumber, npi: p.npi };
}

/** The signer a stored signature names: the copy taken at signing, or a pre-profile name. */
export function storedSigner(r: { signed_by: string | null; signed_by_json: string | null }): Signer | null {
  if (r.signed_by_json) return JSON.parse(r.signed_by_json) as Signer;
  if (r.signed_by !== null) return { name: r.signed_by, credentials: null, licenseNumber: null, npi: null };
  return null;
}
