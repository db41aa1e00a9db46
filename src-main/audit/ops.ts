// The audit and disclosure operations the vault worker runs by name.

import { writeFileSync } from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../errors.js';
import type { OpContext } from '../records/db.js';
import { accountingCsv, accountingOfDisclosures, recordDisclosure, type DisclosureInput } from '../disclosure/accounting.js';
import { checkpointFile } from './checkpoint.js';
import { buildAuditExport, serialiseAuditExport, type OldCheckpoint } from './export.js';
import { pageEntries, type AuditPageQuery } from './page.js';
import { logSize, signedCheckpoint } from './store.js';
import { verifyStoredLog } from './verify-log.js';
import { readWitnesses } from './witness.js';
import { previewRedaction } from '../redaction/preview.js';

function deviceOf(ctx: OpContext) {
  if (!ctx.device) throw new AlcoveError('INTERNAL', 'This device has no audit signing key.');
  return ctx.device;
}

export const AUDIT_OPS = {
  'audit.page': (db: Database.Database, input: AuditPageQuery) => ({ ...pageEntries(db, input), size: logSize(db) }),
  'audit.verify': (db: Database.Database, input: { oldCheckpoint?: OldCheckpoint }, ctx: OpContext) =>
    verifyStoredLog(db, {
      ...(input.oldCheckpoint ? { oldCheckpoint: input.oldCheckpoint } : {}),
      witnesses: readWitnesses(ctx.witnesses ?? [], ctx.vaultId ?? ''),
    }),
  'audit.checkpoint': (db: Database.Database, _input: unknown, ctx: OpContext) => {
    const key = deviceOf(ctx);
    const cp = signedCheckpoint(db, key, ctx.now);
    ctx.witness?.(cp);
    return checkpointFile(cp, key.publicKeyRaw);
  },
  /** The once-a-day checkpoint while unlocked (VaultService's timer): signed, kept and witnessed. */
  'audit.witness': (db: Database.Database, _input: unknown, ctx: OpContext) => {
    const cp = signedCheckpoint(db, deviceOf(ctx), ctx.now);
    ctx.witness?.(cp);
    return { logSize: cp.logSize, time: cp.time };
  },
  /** Write the export file from the worker: at a million entries it is hundreds of MB. */
  'audit.export': (db: Database.Database, input: { file: string }, ctx: OpContext) => {
    const doc = buildAuditExport(db, deviceOf(ctx), ctx.now);
    ctx.witness?.(doc.checkpoint);
    writeFileSync(input.file, serialiseAuditExport(doc), { mode: 0o600 });
    return { entries: doc.entries.length, checkpoint: doc.checkpoint };
  },
  'redaction.preview': (db: Database.Database, input: { text: string; clientId?: string }) => previewRedaction(db, input),
  'disclosures.record': (db: Database.Database, input: DisclosureInput, ctx: OpContext) => recordDisclosure(db, input, ctx),
  'disclosures.accounting': (db: Database.Database, input: { clientId: string; from?: string; to?: string }, ctx: OpContext) => {
    const accounting = accountingOfDisclosures(db, input, ctx);
    return { ...accounting, csv: accountingCsv(accounting) };
  },
};
