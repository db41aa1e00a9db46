// The shapes of clinical records, as the contract accepts and returns them. Every string has
// a limit: an oversized field is refused with a typed error, never truncated.

import { z } from 'zod';

export const LIMITS = {
  name: 200,
  shortText: 500,
  sectionText: 60_000,
  /** The whole note, all sections together (characters). */
  noteText: 200_000,
  background: 20_000,
  amendmentText: 60_000,
  contactText: 20_000,
  planText: 100_000,
  query: 500,
} as const;

export const id = z.uuid({ version: 'v4' });
export const isoDate = z.iso.date();
const short = z.string().max(LIMITS.shortText);
const optionalShort = short.optional();

export const TEMPLATES = {
  soap: ['subjective', 'objective', 'assessment', 'plan'],
  dap: ['data', 'assessment', 'plan'],
  birp: ['behavior', 'intervention', 'response', 'plan'],
  free: ['body'],
} as const;
export type Template = keyof typeof TEMPLATES;
export const template = z.enum(['soap', 'dap', 'birp', 'free']);

export const SECTION_LABELS: Record<string, string> = {
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
  data: 'Data',
  behavior: 'Behavior',
  intervention: 'Intervention',
  response: 'Response',
  body: 'Note',
};

export const sections = z.record(z.string().regex(/^[a-z]{2,20}$/), z.string().max(LIMITS.sectionText));
export type Sections = z.infer<typeof sections>;

export const clientFields = z.strictObject({
  legalName: z.string().trim().min(1).max(LIMITS.name),
  preferredName: z.string().trim().max(LIMITS.name).optional(),
  pronouns: z.string().trim().max(40).optional(),
  dob: isoDate.optional(),
  phone: z.string().max(40).optional(),
  email: z.string().max(200).optional(),
  address: optionalShort,
  emergencyContact: z.strictObject({ name: z.string().max(LIMITS.name), phone: z.string().max(40).optional(), relationship: z.string().max(80).optional() }).optional(),
  identifiers: z.strictObject({ mrn: z.string().max(64).optional(), insuranceMemberId: z.string().max(64).optional() }).optional(),
  part2: z.boolean().optional(),
  background: z.string().max(LIMITS.background).optional(),
});
export type ClientFields = z.infer<typeof clientFields>;

export const client = clientFields.extend({
  clientId: id,
  status: z.enum(['active', 'discharged']),
  part2: z.boolean(),
  identifiers: z.strictObject({ mrn: z.string().optional(), insuranceMemberId: z.string().optional() }),
  createdAt: z.number(),
  updatedAt: z.number(),
  episodes: z.array(z.strictObject({ status: z.enum(['active', 'discharged']), at: z.number(), reason: z.string().nullable() })),
  flags: z.array(z.strictObject({ flagId: id, kind: z.string(), message: z.string(), raisedAt: z.number() })),
});
export type Client = z.infer<typeof client>;

export const clientSummary = z.strictObject({
  clientId: id,
  legalName: z.string(),
  preferredName: z.string().nullable(),
  status: z.enum(['active', 'discharged']),
  part2: z.boolean(),
  dob: z.string().nullable(),
  openFlags: z.number(),
  lastSessionDate: z.string().nullable(),
});
export type ClientSummary = z.infer<typeof clientSummary>;

export const noteMeta = z.strictObject({
  kind: z.enum(['progress', 'psychotherapy']).default('progress'),
  template,
  sessionDate: isoDate,
  durationMinutes: z.number().int().min(1).max(24 * 60).optional(),
  modality: z.enum(['in-person', 'telehealth', 'phone']).optional(),
  serviceCode: z.string().regex(/^[A-Za-z0-9.-]{1,16}$/).optional(),
});

/**
 * Who signed, as they were at signing: a copy of the practitioner profile's name,
 * credentials, license number and NPI, inside the signed content. A signature made before
 * profiles existed has only the name it recorded then (the vault's display name), the rest
 * null, and `signedBeforeProfiles` beside it.
 */
export const signer = z.strictObject({
  name: z.string(),
  credentials: z.string().nullable(),
  licenseNumber: z.string().nullable(),
  npi: z.string().nullable(),
});
export type Signer = z.infer<typeof signer>;

/** US states, DC and the territories, by their two-letter postal codes (license states). */
export const US_STATE_CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD',
  'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC',
  'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC', 'PR', 'VI', 'GU', 'AS', 'MP',
] as const;

const noControl = /^[^\p{Cc}\p{Cf}]*$/u;
const noControlButNewlines = /^(?:[^\p{Cc}\p{Cf}]|\n)*$/u;

/**
 * The practitioner profile as it is set: every field optional (a patch), an empty string
 * clears a field. The NPI's check digit and the state code are checked by the core, which
 * can say what is wrong in words.
 */
export const profileFields = z.strictObject({
  name: z.string().trim().max(LIMITS.name).regex(noControl),
  credentials: z.string().trim().max(100).regex(noControl),
  licenseNumber: z.string().trim().max(40).regex(/^[A-Za-z0-9 ./-]*$/),
  licenseState: z.string().trim().regex(/^(?:[A-Za-z]{2})?$/),
  npi: z.string().trim().regex(/^(?:\d{10})?$/),
  practice: z.string().trim().max(LIMITS.name).regex(noControl),
  address: z.string().trim().max(LIMITS.shortText).regex(noControlButNewlines),
  phone: z.string().trim().max(40).regex(noControl),
}).partial();
export type ProfileFields = z.infer<typeof profileFields>;

export const practitionerProfile = z.strictObject({
  name: z.string().nullable(),
  credentials: z.string().nullable(),
  licenseNumber: z.string().nullable(),
  licenseState: z.string().nullable(),
  npi: z.string().nullable(),
  practice: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  /** A name and credentials are set: enough to sign. */
  complete: z.boolean(),
  updatedAt: z.number().nullable(),
});
export type PractitionerProfile = z.infer<typeof practitionerProfile>;

export const amendment = z.strictObject({
  amendmentId: id,
  text: z.string(),
  signedBy: signer,
  signedBeforeProfiles: z.boolean(),
  signedAt: z.number(),
  contentSha256: z.string(),
});

export const note = z.strictObject({
  noteId: id,
  clientId: id,
  kind: z.enum(['progress', 'psychotherapy']),
  template,
  sections,
  sessionDate: z.string(),
  durationMinutes: z.number().nullable(),
  modality: z.string().nullable(),
  serviceCode: z.string().nullable(),
  status: z.enum(['draft', 'signed']),
  revision: z.number(),
  lateEntry: z.boolean(),
  signedBy: signer.nullable(),
  signedBeforeProfiles: z.boolean(),
  signedAt: z.number().nullable(),
  contentSha256: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  amendments: z.array(amendment),
});
export type Note = z.infer<typeof note>;

export const noteSummary = z.strictObject({
  noteId: id,
  kind: z.enum(['progress', 'psychotherapy']),
  template,
  sessionDate: z.string(),
  status: z.enum(['draft', 'signed']),
  preview: z.string(),
  lateEntry: z.boolean(),
  amendments: z.number(),
  signedAt: z.number().nullable(),
});
export type NoteSummary = z.infer<typeof noteSummary>;

export const contactNote = z.strictObject({
  contactId: id,
  clientId: id,
  kind: z.enum(['call', 'message', 'collateral', 'other']),
  occurredAt: z.string(),
  withWhom: z.string().nullable(),
  text: z.string(),
  createdBy: z.string(),
  createdAt: z.number(),
});
export type ContactNote = z.infer<typeof contactNote>;

const planObjective = z.strictObject({ description: z.string().min(1).max(2000), measure: z.string().max(500).optional(), targetDate: isoDate.optional() });
const planGoal = z.strictObject({ description: z.string().min(1).max(2000), objectives: z.array(planObjective).max(20), interventions: z.array(z.string().min(1).max(2000)).max(20) });
export const planContent = z.strictObject({
  problems: z.array(z.strictObject({ description: z.string().min(1).max(2000), goals: z.array(planGoal).max(20) })).max(30),
  notes: z.string().max(20_000).optional(),
});
export type PlanContent = z.infer<typeof planContent>;

export const plan = z.strictObject({
  planId: id,
  clientId: id,
  version: z.number(),
  status: z.enum(['draft', 'signed']),
  content: planContent,
  reviewDate: z.string().nullable(),
  signedBy: signer.nullable(),
  signedBeforeProfiles: z.boolean(),
  signedAt: z.number().nullable(),
  contentSha256: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Plan = z.infer<typeof plan>;

export const instrument = z.enum(['phq9', 'gad7', 'auditc', 'dast10', 'cuditr', 'pcl5']);

export const measureRecord = z.strictObject({
  measureId: id,
  clientId: id,
  instrument,
  answers: z.array(z.number().int()),
  score: z.number(),
  severity: z.string(),
  flags: z.array(z.strictObject({ kind: z.string(), message: z.string(), severity: z.enum(['critical', 'info']) })),
  administeredOn: z.string(),
  createdAt: z.number(),
});
export type MeasureRecord = z.infer<typeof measureRecord>;

export const recordType = z.enum(['client', 'note', 'amendment', 'contact', 'plan']);
export type RecordType = z.infer<typeof recordType>;

export const searchHit = z.strictObject({
  recordType,
  recordId: id,
  clientId: id,
  /** The note a hit belongs to, for amendments. */
  parentId: id.nullable(),
  title: z.string(),
  date: z.string(),
  /** The snippet as plain-text pieces; `hit` marks the matched words (never HTML). */
  snippet: z.array(z.strictObject({ text: z.string(), hit: z.boolean() })),
});
export type SearchHit = z.infer<typeof searchHit>;
