// The audit log and the accounting of disclosures in the API contract (de-identification,
// which used to share this file, is contract-redaction.ts). Reading the log is
// not itself logged (that would log every page turn); verifying it, signing a checkpoint,
// and recording or producing an accounting of disclosures are.

import { z } from 'zod';
import { id, isoDate } from '../records/schemas.js';
import { spec } from './spec.js';
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

const witnessFolders = z.strictObject({ keyFolder: z.string(), folders: z.array(z.string()) });

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

export const AUDIT_CONTRACT = {
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
  /** Where every signed checkpoint is also kept, outside the vault (issue 12's witnesses). */
  'audit.witnessFolders': spec(z.strictObject({}), witnessFolders, true),
  /** Add a folder the user picks in the main process's own folder dialog (no path from the page). */
  'audit.addWitnessFolder': spec(z.strictObject({}), witnessFolders.extend({ added: z.boolean() }), true, 'settings.update'),
  /** Stop witnessing in one of the chosen folders (named as listed; any other is NOT_FOUND). */
  'audit.removeWitnessFolder': spec(z.strictObject({ folder: z.string().min(1).max(4096) }), witnessFolders, true, 'settings.update'),
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
