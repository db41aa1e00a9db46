// The audit export an auditor verifies with no vault and no password. Format, version 1:
//
//   {
//     "format": "alcove-audit-export", "version": 1,
//     "merkle": "rfc6962-sha256",        leaf = SHA-256(0x00 ‖ bytes), node = SHA-256(0x01 ‖ l ‖ r)
//     "entryEncoding": 1,                the canonical bytes of an entry (entry.ts)
//     "devicePublicKey": "<64 hex>",     raw Ed25519 public key of the signing device
//     "checkpoint": { logSize, rootHash, time, keyId, signature },   see checkpoint.ts
//     "entries": [ { seq, time, deviceId, actor, action, recordIds, outcome, details?, leafHash }, … ]
//   }
//
// `seq` is the entry's leaf index (from 0) and `leafHash` the hash the device recorded, so a
// verifier can say which entry is wrong, not only that the root is.

import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { AuditEntrySchema, encodeEntry, ENTRY_ENCODING_VERSION, surelyValidEntry } from './entry.js';
import { HASH_SIZE, MemoryTree, leafHash } from './merkle.js';
import { CheckpointFileSchema, HashHexSchema, PublicKeyHexSchema, SignedCheckpointSchema, type SignedCheckpoint } from './checkpoint.js';
import { entriesInOrder, signedCheckpoint, type DeviceKey, type StoredEntry } from './store.js';
import { Verification, checkCheckpoint, checkOldCheckpoint, type VerificationResult } from './verification.js';

export const EXPORT_FORMAT = 'alcove-audit-export';
export const EXPORT_VERSION = 1;
export const MERKLE_SCHEME = 'rfc6962-sha256';

export const ExportEntrySchema = z.strictObject({
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  ...AuditEntrySchema.shape,
  leafHash: HashHexSchema,
});

/** The envelope; entries are checked one by one so a bad one is named, not just refused. */
export const AuditExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  merkle: z.literal(MERKLE_SCHEME),
  entryEncoding: z.literal(ENTRY_ENCODING_VERSION),
  devicePublicKey: PublicKeyHexSchema,
  checkpoint: SignedCheckpointSchema,
  entries: z.array(z.unknown()),
});

export interface AuditExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  merkle: typeof MERKLE_SCHEME;
  entryEncoding: typeof ENTRY_ENCODING_VERSION;
  devicePublicKey: string;
  checkpoint: SignedCheckpoint;
  entries: StoredEntry[];
}

/**
 * Sign a fresh checkpoint of the whole log and gather every entry under it. Runs in one
 * transaction (nested as a savepoint if the caller has one) so entries and checkpoint agree.
 */
export function buildAuditExport(db: Database.Database, key: DeviceKey, now: number): AuditExport {
  return db.transaction(() => {
    const checkpoint = signedCheckpoint(db, key, now);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      merkle: MERKLE_SCHEME,
      entryEncoding: ENTRY_ENCODING_VERSION,
      devicePublicKey: key.publicKeyRaw.toString('hex'),
      checkpoint,
      entries: [...entriesInOrder(db)],
    } satisfies AuditExport;
  })();
}

/** JSON with one entry per line: a person can read it and a diff shows which entry changed. */
export function serialiseAuditExport(doc: AuditExport): string {
  const { entries, ...head } = doc;
  const headJson = JSON.stringify(head);
  const lines = entries.map((e) => JSON.stringify(e));
  return `${headJson.slice(0, -1)},\n"entries":[\n${lines.join(',\n')}\n]}\n`;
}

export type OldCheckpoint = SignedCheckpoint | z.infer<typeof CheckpointFileSchema>;

export interface VerifyExportOptions {
  /** A checkpoint the auditor kept from before: bare, or as a checkpoint file with its key. */
  oldCheckpoint?: OldCheckpoint;
}

const LEAF_HEX = /^[0-9a-f]{64}$/;

/** The fast path of ExportEntrySchema (see surelyValidEntry): only ever a yes the schema agrees with. */
export function surelyValidExportEntry(value: unknown): value is z.infer<typeof ExportEntrySchema> {
  if (!surelyValidEntry(value, ['seq', 'leafHash'])) return false;
  const { seq, leafHash: recorded } = value as { seq?: unknown; leafHash?: unknown };
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 && typeof recorded === 'string' && LEAF_HEX.test(recorded);
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  // Only the field's name and the rule, never the value: a forged field may hold PHI.
  return issue ? `${issue.path.join('.') || 'entry'}: ${issue.message}` : 'not an audit entry';
}

/**
 * Verify an export from scratch: every entry against its recorded hash, the root against the
 * signed checkpoint, the signature against the included key, and — given an older checkpoint
 * — that today's log extends it. Needs no vault and no password.
 */
export function verifyExport(doc: unknown, options: VerifyExportOptions = {}): VerificationResult {
  const v = new Verification();
  const envelope = AuditExportSchema.safeParse(doc);
  if (!envelope.success) {
    v.fail('format', `this is not an Alcove audit export, version ${EXPORT_VERSION}`, describeIssue(envelope.error));
    return v.result();
  }
  const { entries, checkpoint } = envelope.data;
  const publicKey = Buffer.from(envelope.data.devicePublicKey, 'hex');
  v.pass('format', `Alcove audit export, version ${EXPORT_VERSION}, with ${entries.length} entries`);

  // Leaves come from each entry's own content, never from its recorded hash.
  const leaves = Buffer.alloc(entries.length * HASH_SIZE);
  let bad: { what: string; where: string } | null = null;
  for (let i = 0; i < entries.length; i++) {
    const raw = entries[i];
    let checked: z.infer<typeof ExportEntrySchema>;
    if (surelyValidExportEntry(raw)) checked = raw;
    else {
      const parsed = ExportEntrySchema.safeParse(raw);
      if (!parsed.success) {
        bad ??= { what: `entry ${i} is not a valid audit entry (${describeIssue(parsed.error)})`, where: `entry ${i}` };
        continue;
      }
      checked = parsed.data;
    }
    const { seq, leafHash: recorded, ...entry } = checked;
    const leaf = leafHash(encodeEntry(entry));
    leaf.copy(leaves, i * HASH_SIZE);
    if (bad) continue;
    if (seq !== i) {
      bad = { what: `entry ${i} says it is entry ${seq}: entries were removed, inserted or reordered`, where: `entry ${i}` };
    } else if (leaf.toString('hex') !== recorded) {
      bad = { what: `entry ${i} does not match its recorded hash: it was edited`, where: `entry ${i}` };
    }
  }
  if (bad) v.fail('entries', bad.what, bad.where);
  else v.pass('entries', `all ${entries.length} entries are well formed, in order, and match their recorded hashes`);

  const tree = new MemoryTree(leaves);
  if (checkpoint.logSize !== entries.length) {
    const what =
      checkpoint.logSize > entries.length
        ? `log is shorter than its checkpoint (truncation): the checkpoint covers ${checkpoint.logSize} entries, the export holds ${entries.length}`
        : `the export holds ${entries.length} entries but its checkpoint covers only ${checkpoint.logSize}: entries were added after signing`;
    v.fail('checkpoint', what, `entries ${Math.min(checkpoint.logSize, entries.length)} onwards`);
  } else {
    checkCheckpoint(v, 'checkpoint', tree, checkpoint, publicKey, "export's checkpoint");
  }

  if (options.oldCheckpoint) {
    const old = options.oldCheckpoint;
    const [oldCp, oldKey] = 'format' in old ? [old.checkpoint, Buffer.from(old.devicePublicKey, 'hex')] : [old, undefined];
    const before = v.failed;
    checkOldCheckpoint(v, tree, checkpoint, publicKey, oldCp, oldKey);
    // A checkpoint kept outside the export, checked: it counts as one outside checkpoint.
    if (!before && !v.failed) {
      return { ...v.result(), witnessed: true, witnesses: [{ source: 'checkpoint', treeSize: oldCp.logSize, signedAt: new Date(oldCp.time).toISOString() }] };
    }
  }
  return { ...v.result(), witnessed: false, witnesses: [] };
}
