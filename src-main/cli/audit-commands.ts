// `alcove audit verify --file FILE [--checkpoint OLD]`: an auditor checks an exported audit log
// with no vault and no password. With --json the result object is printed as is; a failed
// verification exits non-zero after saying what failed and where.

import { promises as fs } from 'node:fs';
import type { Command } from 'commander';
import { AlcoveError, isErrorCode, type ErrorCode } from '../errors.js';
import { CheckpointFileSchema, SignedCheckpointSchema } from '../audit/checkpoint.js';
import { AuditExportSchema, EXPORT_FORMAT, verifyExport, type OldCheckpoint } from '../audit/export.js';
import type { VerificationResult } from '../audit/verification.js';
import type { CliContext } from './main.js';

// Until errors.ts lists AUDIT_VERIFY_FAILED, a failed verification reports VALIDATION_FAILED;
// once it is added this picks it up with no change here.
const WANTED = 'AUDIT_VERIFY_FAILED';
const VERIFY_FAILED: ErrorCode = isErrorCode(WANTED) ? WANTED : 'VALIDATION_FAILED';

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new AlcoveError('IO_ERROR', `Could not read the ${what} at ${file}. Check the path and that you may read it.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AlcoveError('VALIDATION_FAILED', `The ${what} at ${file} is not JSON: it is damaged or not an Alcove file.`);
  }
}

/** An old checkpoint may come as a checkpoint file, a bare checkpoint, or an older export. */
function oldCheckpointFrom(value: unknown, file: string): OldCheckpoint {
  const asFile = CheckpointFileSchema.safeParse(value);
  if (asFile.success) return asFile.data;
  const bare = SignedCheckpointSchema.safeParse(value);
  if (bare.success) return bare.data;
  const asExport = AuditExportSchema.safeParse(value);
  if (asExport.success) {
    return { format: 'alcove-audit-checkpoint', version: 1, checkpoint: asExport.data.checkpoint, devicePublicKey: asExport.data.devicePublicKey };
  }
  throw new AlcoveError('VALIDATION_FAILED', `The file at ${file} is not an Alcove audit checkpoint (or an older audit export).`);
}

/**
 * Verify an audit export file, optionally against an older checkpoint file. Unreadable or
 * malformed files throw; a well-formed file that fails verification returns ok: false.
 */
export async function verifyAuditFile(path: string, oldCheckpointPath?: string): Promise<VerificationResult> {
  const doc = await readJson(path, 'audit export');
  const format = (doc as { format?: unknown } | null)?.format;
  if (typeof doc !== 'object' || doc === null || format !== EXPORT_FORMAT) {
    throw new AlcoveError('VALIDATION_FAILED', `The file at ${path} is not an Alcove audit export.`);
  }
  const old = oldCheckpointPath ? oldCheckpointFrom(await readJson(oldCheckpointPath, 'checkpoint'), oldCheckpointPath) : undefined;
  return verifyExport(doc, old ? { oldCheckpoint: old } : {});
}

export function verificationText(result: VerificationResult): string {
  const lines = result.checks.map((c) => `  ${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.detail}`);
  const verdict = result.ok
    ? 'The audit log verifies: nothing was changed, removed, added or reordered.'
    : `The audit log does NOT verify: ${result.failure?.what ?? 'a check failed'} (${result.failure?.where ?? 'see above'}).`;
  return [...lines, '', verdict].join('\n');
}

export interface VerifyFileOptions {
  file: string;
  checkpoint?: string;
}

/** The action of `audit verify --file`, callable from a combined `verify` action too. */
export async function runVerifyFile(ctx: CliContext, opts: VerifyFileOptions): Promise<void> {
  const result = await verifyAuditFile(opts.file, opts.checkpoint);
  ctx.print(result, verificationText(result));
  if (!result.ok) {
    throw new AlcoveError(VERIFY_FAILED, `The audit log does not verify: ${result.failure?.what ?? 'a check failed'}.`);
  }
}

export function registerAuditVerifyFile(auditCommand: Command, ctx: CliContext): void {
  auditCommand
    .command('verify')
    .description('verify an exported audit log: no vault and no password needed')
    .requiredOption('--file <file>', 'the audit export (alcove audit export --out)')
    .option('--checkpoint <file>', 'an older checkpoint (or export) you kept, to prove the log only grew since')
    .action(async (opts: VerifyFileOptions) => runVerifyFile(ctx, opts));
}
