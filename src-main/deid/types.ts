// Shared shapes of the de-identification engine: the Safe Harbor categories a span can
// carry, what the vault knows of a client, and the caller's choice of replacement.

/** Safe Harbor identifier families (45 CFR 164.514(b)(2)(i)), one tag each. */
export const CATEGORIES = [
  'NAME',
  'LOCATION', // street address, city, county, precinct
  'ZIP',
  'ORGANIZATION', // facility, clinic, employer, school: locates the person
  'DATE',
  'AGE', // ages over 89 only
  'PHONE',
  'FAX',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN',
  'ACCOUNT',
  'LICENSE',
  'VEHICLE',
  'DEVICE',
  'URL',
  'IP',
  'BIOMETRIC',
  'ID', // any other unique identifying number or code
] as const;

export type Category = (typeof CATEGORIES)[number];

export interface Span {
  /** Offsets into the ORIGINAL text, end exclusive. */
  start: number;
  end: number;
  category: Category;
  /** Which detector found it (for the preview screen and for tuning). */
  source: string;
}

/** What the vault knows of the client: every occurrence of these is redacted. */
export interface DeidContext {
  names?: string[]; // client, nicknames, relatives, contacts, clinicians
  dates?: string[]; // ISO dates (DOB, admission…), matched in any written form
  addresses?: string[];
  identifiers?: string[]; // MRN, member id, phone, email…
  organizations?: string[];
}

export type ReplacementStyle = 'tags' | 'surrogates';

export interface DeidOptions {
  style?: ReplacementStyle;
  /** Seed for surrogates and the date shift; random when absent. */
  seed?: number;
  /** Date shift in days for surrogates (overrides the seeded random shift). */
  dateShiftDays?: number;
}

export interface DeidResult {
  text: string;
  spans: Span[];
}
