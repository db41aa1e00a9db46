// The hot loop of a live verify: read every stored entry in order, check it is a valid entry,
// re-encode it and recompute its leaf hash, and compare that with the recorded one. At a
// million entries the costs were a pattern test per field per row, an object and two buffers
// per row; here the strings a log repeats (its device, actor, actions, outcomes, clients,
// details) are tested once and remembered, and each entry is encoded into one scratch buffer.
// A row the fast checks cannot vouch for goes the old way, through AuditEntrySchema.

import type Database from 'better-sqlite3-multiple-ciphers';
import {
  AuditEntrySchema,
  detailPairs,
  encodedLength,
  isAction,
  isCount,
  isOpaqueId,
  isOutcome,
  MAX_RECORD_IDS,
  surelyValidDetails,
  surelyValidEntry,
  writeEntry,
  type AuditEntry,
  type DetailPairs,
} from './entry.js';
import { HASH_SIZE, writeLeafHashOfPrefixed } from './merkle.js';

/** audit_entries' columns, the recorded leaf hash as hex: a string costs less to hand over than a Buffer per row. */
const COLUMNS = 'seq, time, device_id, actor, action, record_ids, outcome, details, hex(leaf_hash)';
type EntryTuple = [number, number, string, string, string, string, string, string | null, string];

export interface RecomputedLeaves {
  /** Every entry's recomputed leaf hash, 32 bytes each, in seq order. */
  leaves: Buffer;
  /** The first problem found, or null when every entry is valid and matches its recorded hash. */
  bad: { what: string; where: string } | null;
}

/** Remembers strings that passed a test; bounded, so a log of all-different ids costs no more than the test. */
class PassedStrings {
  private readonly seen = new Set<string>();
  constructor(private readonly test: (s: unknown) => boolean) {}

  has(s: unknown): boolean {
    if (typeof s !== 'string') return false;
    if (this.seen.has(s)) return true;
    if (!this.test(s)) return false;
    if (this.seen.size >= 65_536) this.seen.clear();
    this.seen.add(s);
    return true;
  }
}

const NO_PAIRS: DetailPairs = [];
const NO_IDS: readonly string[] = [];

export function recomputeLeaves(db: Database.Database, size: number): RecomputedLeaves {
  const leaves = Buffer.alloc(size * HASH_SIZE);
  const ids = new PassedStrings(isOpaqueId);
  const actions = new PassedStrings(isAction);
  const outcomes = new PassedStrings(isOutcome);
  const pairsOf = new Map<string, DetailPairs | null>(); // details text -> its pairs, or null if not surely valid
  let scratch = Buffer.allocUnsafe(4096); // [0x00 leaf prefix, entry bytes…]
  const recorded = Buffer.alloc(HASH_SIZE);
  let bad: RecomputedLeaves['bad'] = null;
  let expected = 0;

  // Rows as arrays: at a million entries the per-row objects of the viewer's path would dominate.
  const rows = db.prepare<[], EntryTuple>(`SELECT ${COLUMNS} FROM audit_entries ORDER BY seq`).raw();
  for (const [seq, time, deviceId, actor, action, recordIdsText, outcome, details, recordedHex] of rows.iterate()) {
    if (seq !== expected) {
      bad ??= { what: `entry ${expected} is missing from the log`, where: `entry ${expected}` };
      break;
    }
    expected += 1;

    let pairs: DetailPairs | null | undefined = NO_PAIRS;
    if (details !== null) {
      pairs = pairsOf.get(details);
      if (pairs === undefined) {
        pairs = surelyValidPairs(details);
        if (pairsOf.size >= 65_536) pairsOf.clear();
        pairsOf.set(details, pairs);
      }
    }
    const recordIds = recordIdsText === '' ? NO_IDS : recordIdsText.split(' ');
    let entry: AuditEntry | null = null;
    if (pairs !== null && isCount(time) && ids.has(deviceId) && ids.has(actor) && actions.has(action) && outcomes.has(outcome) && idsPass(ids, recordIds)) {
      entry = { time, deviceId, actor, action, recordIds: recordIds as string[], outcome };
    } else {
      entry = checkedTheSlowWay(time, deviceId, actor, action, recordIdsText, outcome, details);
      pairs = entry ? detailPairs(entry.details) : null;
    }
    if (!entry || !pairs) {
      bad ??= { what: `entry ${seq} is not a valid audit entry`, where: `entry ${seq}` };
      continue;
    }

    const length = 1 + encodedLength(entry, pairs);
    if (length > scratch.length) scratch = Buffer.allocUnsafe(2 * length);
    scratch[0] = 0x00;
    writeEntry(scratch, 1, entry, pairs);
    const at = seq * HASH_SIZE;
    writeLeafHashOfPrefixed(scratch.subarray(0, length), leaves, at);
    const matches = recordedHex.length === 2 * HASH_SIZE && recorded.write(recordedHex, 'hex') === HASH_SIZE && leaves.compare(recorded, 0, HASH_SIZE, at, at + HASH_SIZE) === 0;
    if (!bad && !matches) bad = { what: `entry ${seq} does not match its recorded hash: it was edited`, where: `entry ${seq}` };
  }
  return { leaves, bad };
}

function idsPass(ids: PassedStrings, recordIds: readonly string[]): boolean {
  if (recordIds.length > MAX_RECORD_IDS) return false;
  for (const id of recordIds) if (!ids.has(id)) return false;
  return recordIds.length < 2 || new Set(recordIds).size === recordIds.length;
}

/** A details text's pairs in encoding order, or null if it does not surely hold valid details. */
function surelyValidPairs(details: string): DetailPairs | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details) as unknown;
  } catch {
    return null;
  }
  return surelyValidDetails(parsed) ? detailPairs(parsed) : null;
}

/** The entry the row holds as the schema judges it, or null: the verdict for rows the fast checks did not pass. */
function checkedTheSlowWay(
  time: number,
  deviceId: string,
  actor: string,
  action: string,
  recordIds: string,
  outcome: string,
  details: string | null,
): AuditEntry | null {
  let entry: unknown;
  try {
    entry = {
      time,
      deviceId,
      actor,
      action,
      recordIds: recordIds === '' ? [] : recordIds.split(' '),
      outcome,
      ...(details === null ? {} : { details: JSON.parse(details) as unknown }),
    };
  } catch {
    return null; // unreadable details
  }
  if (surelyValidEntry(entry)) return entry;
  const parsed = AuditEntrySchema.safeParse(entry);
  return parsed.success ? parsed.data : null;
}
