// The audit log and the accounting of disclosures in the API contract. Reading the log is
// not itself logged (that would log every page turn); verifying it, signing a checkpoint,
// and recording or producing an accounting of disclosures are.

import { z } from 'zod';
import { id, isoDate } from '../records/schemas.js';
import { spec } from './spec.js';
import { CATEGORIES } from '../deid/types.js';
import { CheckpointFileSchema } from '../audit/checkpoint-schema.js';

const entry = z.strictObject({
  seq: z.number(),
  time: z.number(),
  deviceId: z.string(),
  actor: z.string(),
  action: z.string(),
  recordIds: z.array(z.string()),
  outcome: z.string(),
  details: z.record(z.string(), z.number()).optional(),
  leafHash: z.string(),
});

const verification = z.strictObject({
  ok: z.boolean(),
  checks: z.array(z.strictObject({ name: z.string(), ok: z.boolean(), detail: z.string() })),
  failure: z.strictObject({ what: z.string(), where: z.string() }).optional(),
  witnessed: z.boolean().optional(),
  witnesses: z.array(z.strictObject({ source: z.string(), treeSize: z.number(), signedAt: z.string() })).optional(),
});

const disclosureRow = z.strictObject({
  disclosureId: id,
  disclosedOn: z.string(),
  recipientName: z.string(),
  recipientAddress: z.string().nullable(),
  description: z.string(),
  purpose: z.string(),
  basis: z.string(),
  consentId: z.string().nullable(),
  method: z.string(),
  source: z.enum(['manual', 'export', 'share']),
  recordedBy: z.string(),
  recordedAt: z.number(),
});

const category = z.enum(CATEGORIES);
const span = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0), category });

export const AUDIT_CONTRACT = {
  /** What de-identification would remove from a text, with the client's record as context. */
  'redaction.preview': spec(
    z.strictObject({ text: z.string().max(200_000), clientId: id.optional() }),
    z.strictObject({ spans: z.array(span.extend({ source: z.string() })), counts: z.partialRecord(category, z.number()) }),
    true,
    'redaction.preview',
  ),
  /** The text with the spans the clinician settled on replaced (tags or surrogates). */
  'redaction.apply': spec(
    z
      .strictObject({ text: z.string().max(200_000), spans: z.array(span).max(20_000), style: z.enum(['tags', 'surrogates']).optional() })
      .refine((v) => v.spans.every((s) => s.start < s.end && s.end <= v.text.length), 'spans must lie inside the text')
      .refine((v) => [...v.spans].sort((a, b) => a.start - b.start).every((s, i, all) => i === 0 || (all[i - 1] as { end: number }).end <= s.start), 'spans must not overlap'),
    z.strictObject({ text: z.string() }),
    true,
  ),
  'audit.page': spec(
    z.strictObject({
      from: z.number().int().min(0).optional(),
      to: z.number().int().min(0).optional(),
      action: z.string().max(72).regex(/^[a-z][a-zA-Z.]{1,71}$/).optional(),
      recordId: id.optional(),
      limit: z.number().int().min(1).max(500).optional(),
      cursor: z.string().max(40).optional(),
    }),
    z.strictObject({ entries: z.array(entry), next: z.string().nullable(), size: z.number() }),
    true,
  ),
  'audit.verify': spec(z.strictObject({ oldCheckpoint: CheckpointFileSchema.optional() }), verification, true, 'audit.verify'),
  'audit.checkpoint': spec(
    z.strictObject({}),
    z.strictObject({
      format: z.string(),
      version: z.number(),
      checkpoint: z.strictObject({ logSize: z.number(), rootHash: z.string(), time: z.number(), keyId: z.string(), signature: z.string() }),
      devicePublicKey: z.string(),
    }),
    true,
    'audit.checkpoint',
  ),
  'disclosures.record': spec(
    z.strictObject({
      clientId: id,
      disclosedOn: isoDate,
      recipientName: z.string().trim().min(1).max(200),
      recipientAddress: z.string().max(500).optional(),
      description: z.string().trim().min(1).max(2000),
      purpose: z.string().trim().min(1).max(1000),
      basis: z.string().trim().min(1).max(1000),
      method: z.string().trim().min(1).max(200),
    }),
    z.strictObject({ disclosureId: id }),
    true,
    'disclosure.create',
  ),
  'disclosures.accounting': spec(
    z.strictObject({ clientId: id, from: isoDate.optional(), to: isoDate.optional() }),
    z.strictObject({
      clientId: id,
      clientName: z.string(),
      dob: z.string().nullable(),
      from: z.string(),
      to: z.string(),
      producedOn: z.string(),
      rows: z.array(disclosureRow),
      csv: z.string(),
    }),
    true,
    'disclosure.accounting',
  ),
};
