// Witness files (issue 12): every checkpoint the vault signs is also appended here, outside the
// vault folder (the key store's folder, and a second folder the user may choose), so a log
// rewritten and re-signed by someone holding the password and a copy of the vault folder no
// longer matches what was witnessed. One JSON line per checkpoint, appended and fsynced, never
// rewritten. Verification checks an RFC 9162 consistency proof from each witnessed checkpoint
// to the live log, beside the log's own checks.

import { closeSync, fsyncSync, openSync, promises as fs, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PublicKeyHexSchema, SignedCheckpointSchema, verifyCheckpointSignature, type SignedCheckpoint } from './checkpoint.js';
import { consistencyProof, verifyConsistency, type MemoryTree } from './merkle.js';
import type { Verification } from './verification.js';
import { writeFileAtomic } from '../fs/atomic.js';

export const WITNESS_FORMAT = 'alcove.audit-witness';
export const WITNESS_VERSION = 1;

const WitnessLineSchema = z.strictObject({
  format: z.literal(WITNESS_FORMAT),
  version: z.literal(WITNESS_VERSION),
  vaultId: z.string().min(1).max(200),
  checkpoint: SignedCheckpointSchema,
  publicKey: PublicKeyHexSchema,
});

/** The witness file of a vault in a folder. */
export function witnessFileIn(folder: string, vaultId: string): string {
  return path.join(folder, `${vaultId}.witness.jsonl`);
}

/**
 * Append one checkpoint to a witness file (created 0600), fsynced before returning. One write
 * of one whole line: a crash leaves at worst a last line without its newline, which readers skip.
 */
export function appendWitness(file: string, vaultId: string, checkpoint: SignedCheckpoint, publicKeyRaw: Uint8Array): void {
  const line = `${JSON.stringify({ format: WITNESS_FORMAT, version: WITNESS_VERSION, vaultId, checkpoint, publicKey: Buffer.from(publicKeyRaw).toString('hex') })}\n`;
  const fd = openSync(file, 'a', 0o600);
  try {
    writeSync(fd, line);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface WitnessedCheckpoint {
  checkpoint: SignedCheckpoint;
  publicKeyRaw: Buffer;
}

export interface WitnessSource {
  /** Where the checkpoints came from: a witness file's path, or the --checkpoint file's. */
  source: string;
  checkpoints: WitnessedCheckpoint[];
  /** 1-based numbers of the lines that are not this vault's checkpoints. */
  damaged: number[];
}

/** Parse a witness file's text; lines for another vault count as damaged (they are not this log's). */
export function parseWitness(source: string, text: string, vaultId: string): WitnessSource {
  const lines = text.split('\n');
  // The last piece has no newline: a torn final append (or nothing at all).
  lines.pop();
  const out: WitnessSource = { source, checkpoints: [], damaged: [] };
  lines.forEach((line, i) => {
    let json: unknown = null;
    try {
      json = JSON.parse(line);
    } catch {
      // damaged: reported below
    }
    const parsed = WitnessLineSchema.safeParse(json);
    if (parsed.success && parsed.data.vaultId === vaultId) {
      out.checkpoints.push({ checkpoint: parsed.data.checkpoint, publicKeyRaw: Buffer.from(parsed.data.publicKey, 'hex') });
    } else out.damaged.push(i + 1);
  });
  return out;
}

/** Every witness file that exists among these (read synchronously: the worker holds the log). */
export function readWitnesses(files: readonly string[], vaultId: string): WitnessSource[] {
  const out: WitnessSource[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // not written yet, or a folder not mounted now: nothing to check against
    }
    out.push(parseWitness(file, text, vaultId));
  }
  return out;
}

/** One outside checkpoint that was checked, as `alcove audit verify --json` reports it. */
export interface WitnessReport {
  source: string;
  treeSize: number;
  /** ISO 8601, UTC. */
  signedAt: string;
}

const short = (hex: string): string => hex.slice(0, 16);

/**
 * Check every witnessed checkpoint against the live log: its own signature, a log at least as
 * long, and a consistency proof from its size and root to the log's. The key is the one the
 * witness recorded, not one from the vault: a key planted in the database changes nothing here.
 */
export function checkWitnesses(v: Verification, tree: MemoryTree, sources: readonly WitnessSource[]): WitnessReport[] {
  const name = 'outside checkpoints';
  const reports: WitnessReport[] = [];
  const size = tree.size;
  const root = tree.root();
  for (const s of sources) {
    if (s.damaged.length) {
      v.fail(name, `the witness file has ${s.damaged.length} damaged or foreign line(s)`, `${s.source}, line ${s.damaged[0]}`);
      return reports;
    }
    for (const { checkpoint: cp, publicKeyRaw } of s.checkpoints) {
      const where = `checkpoint of ${cp.logSize} entries signed ${new Date(cp.time).toISOString()} in ${s.source}`;
      if (!verifyCheckpointSignature(cp, publicKeyRaw)) {
        v.fail(name, `an outside checkpoint's signature does not verify (key ${short(cp.keyId)}…)`, where);
        return reports;
      }
      if (cp.logSize > size) {
        v.fail(name, `log is shorter than an outside checkpoint (rollback or truncation): it holds ${size} entries, the witness saw ${cp.logSize}`, where);
        return reports;
      }
      const proof = consistencyProof(tree, cp.logSize, size);
      if (!verifyConsistency(cp.logSize, size, Buffer.from(cp.rootHash, 'hex'), root, proof)) {
        v.fail(name, `the log of ${size} entries does not extend an outside checkpoint: entries before ${cp.logSize} were rewritten`, where);
        return reports;
      }
      reports.push({ source: s.source, treeSize: cp.logSize, signedAt: new Date(cp.time).toISOString() });
    }
  }
  if (reports.length) {
    const newest = reports.reduce((a, b) => (b.signedAt > a.signedAt ? b : a));
    v.pass(name, `the log extends all ${reports.length} outside checkpoints (consistency proofs verified), the newest from ${newest.signedAt}`);
  } else v.pass(name, 'no outside checkpoint was found: the log was checked against its own signatures only');
  return reports;
}

// ---- The user's second witness folder, remembered outside the vault ----

const FOLDERS_FORMAT = 'alcove.witness-folders';
const FoldersSchema = z.strictObject({ format: z.literal(FOLDERS_FORMAT), version: z.literal(1), vaultId: z.string(), folders: z.array(z.string().min(1).max(4096)).max(8) });

function foldersFile(keyFolder: string, vaultId: string): string {
  return path.join(keyFolder, `${vaultId}.witness-folders.json`);
}

/** The extra folders the user chose for this vault's witness file (beside the key store's own). */
export async function witnessFolders(keyFolder: string, vaultId: string): Promise<string[]> {
  try {
    const parsed = FoldersSchema.safeParse(JSON.parse(await fs.readFile(foldersFile(keyFolder, vaultId), 'utf8')));
    return parsed.success && parsed.data.vaultId === vaultId ? parsed.data.folders : [];
  } catch {
    return [];
  }
}

export async function saveWitnessFolders(keyFolder: string, vaultId: string, folders: string[]): Promise<void> {
  await fs.mkdir(keyFolder, { recursive: true, mode: 0o700 });
  await writeFileAtomic(foldersFile(keyFolder, vaultId), `${JSON.stringify({ format: FOLDERS_FORMAT, version: 1, vaultId, folders })}\n`, 0o600);
}

/** Every witness file of this vault: the key store's own first, then the user's folders. */
export async function witnessFiles(keyFolder: string, vaultId: string): Promise<string[]> {
  return [witnessFileIn(keyFolder, vaultId), ...(await witnessFolders(keyFolder, vaultId)).map((f) => witnessFileIn(f, vaultId))];
}
