// `alcove audit verify --file FILE [--checkpoint OLD]`: an auditor checks an exported audit log
// with no vault and no password. With --json the result object is printed as is; a failed
// verification exits non-zero after saying what failed and where.

import { promises as fs } from 'node:fs';
import type { Command } from 'commander';
import path from 'node:path';
import { AlcoveError, ReportedFailure } from '../errors.js';
import { auditScope } from '../audit/scope.js';
import { CheckpointFileSchema, SignedCheckpointSchema } from '../audit/checkpoint.js';
import { AuditExportSchema, EXPORT_FORMAT, verifyExport, type OldCheckpoint } from '../audit/export.js';
import { witnessSummary, type VerificationResult } from '../audit/verification.js';
import type { CliContext } from './context.js';
import { withUnlockedVault } from './unlocked.js';


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
export function oldCheckpointFrom(value: unknown, file: string): OldCheckpoint {
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
  return withCheckpointSource(verifyExport(doc, old ? { oldCheckpoint: old } : {}), oldCheckpointPath);
}

/** The core names a --checkpoint it checked 'checkpoint'; here it is named by its file. */
function withCheckpointSource(result: VerificationResult, file: string | undefined): VerificationResult {
  if (!file || !result.witnesses) return result;
  const source = path.resolve(file);
  return { ...result, witnesses: result.witnesses.map((w) => (w.source === 'checkpoint' ? { ...w, source } : w)) };
}

/** What was checked, in the words the app's audit screen uses too (witnessSummary). */
export function verificationText(result: VerificationResult): string {
  const lines = result.checks.map((c) => `  ${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.detail}`);
  const verdict = result.ok
    ? `The audit log verifies. ${witnessSummary(result)}.`
    : `The audit log does NOT verify: ${result.failure?.what ?? 'a check failed'} (${result.failure?.where ?? 'see above'}).`;
  return [...lines, '', verdict].join('\n');
}

export interface VerifyFileOptions {
  file: string;
  checkpoint?: string;
}

function reportVerification(ctx: CliContext, result: VerificationResult): void {
  ctx.print(result, verificationText(result));
  if (!result.ok) {
    throw new ReportedFailure('AUDIT_VERIFY_FAILED', `The audit log does not verify: ${result.failure?.what ?? 'a check failed'} (${result.failure?.where ?? 'see above'}).`);
  }
}

/** The action of `audit verify --file`. */
export async function runVerifyFile(ctx: CliContext, opts: VerifyFileOptions): Promise<void> {
  reportVerification(ctx, await verifyAuditFile(opts.file, opts.checkpoint));
}

export function registerAuditCommands(program: Command, ctx: CliContext): void {
  const audit = program.command('audit').description('export and verify the tamper-evident audit log');

  audit
    .command('export')
    .description('write the audit log, a fresh signed checkpoint and the device public key to a file')
    .requiredOption('--vault <id>', 'the vault id')
    .requiredOption('--out <file>', 'where to write the export (JSON)')
    .action(async (opts: { vault: string; out: string }) => {
      const file = path.resolve(opts.out);
      const out = await withUnlockedVault(ctx, opts.vault, () =>
        // Exporting the log is itself on the record.
        auditScope.run({ action: 'audit.export', carried: false }, () => ctx.core().vault.op('audit.export', { file })),
      );
      ctx.print({ file, entries: out.entries, checkpoint: out.checkpoint }, `Wrote ${out.entries} entries to ${file} (root ${out.checkpoint.rootHash}).`);
    });

  audit
    .command('verify')
    .description('verify an exported audit log (--file: no vault, no password) or the live log (--vault)')
    .option('--file <file>', 'the audit export (alcove audit export --out)')
    .option('--vault <id>', 'verify the live log of this vault (asks for its password)')
    .option('--checkpoint <file>', 'an older checkpoint (or export) you kept, to prove the log only grew since')
    .action(async (opts: { file?: string; vault?: string; checkpoint?: string }) => {
      if (Boolean(opts.file) === Boolean(opts.vault)) {
        throw new AlcoveError('VALIDATION_FAILED', 'Give either --file (an exported log) or --vault (the live log), not both.');
      }
      if (opts.file) return runVerifyFile(ctx, { file: opts.file, ...(opts.checkpoint ? { checkpoint: opts.checkpoint } : {}) });
      const old = opts.checkpoint ? oldCheckpointFrom(await readJson(opts.checkpoint, 'checkpoint'), opts.checkpoint) : undefined;
      const vaultId = opts.vault as string;
      const result = await withUnlockedVault(ctx, vaultId, () => ctx.call<VerificationResult>('audit.verify', old ? { oldCheckpoint: old } : {}));
      reportVerification(ctx, withCheckpointSource(result, opts.checkpoint));
    });

  audit
    .command('witness')
    .description('list, add or remove folders that keep a copy of every signed checkpoint (a witness), besides the key directory')
    .requiredOption('--vault <id>', 'the vault id')
    .option('--add-folder <dir>', 'also witness checkpoints in this folder (a backup drive, a synced folder)')
    .option('--remove-folder <dir>', 'stop witnessing in this folder (its file is left as it is)')
    .action(async (opts: { vault: string; addFolder?: string; removeFolder?: string }) => {
      const vault = ctx.core().vault;
      const listed = await vault.witnessFolders(opts.vault);
      const keyFolder = listed.keyFolder;
      let folders = listed.folders;
      if (opts.addFolder) ({ folders } = await vault.addWitnessFolder(opts.vault, opts.addFolder));
      if (opts.removeFolder && folders.includes(path.resolve(opts.removeFolder))) ({ folders } = await vault.removeWitnessFolder(opts.vault, opts.removeFolder));
      const files = await vault.witnessFiles(opts.vault);
      ctx.print({ vaultId: opts.vault, folders: [keyFolder, ...folders], files }, [`Every checkpoint of this vault is witnessed in:`, ...files.map((f) => `  ${f}`)].join('\n'));
    });
}
