// The hot loop of a live verify: read every stored entry in order, check it is a valid entry,
// re-encode it and recompute its leaf hash, and compare that with the recorded one. At a
// million entries the costs were a pattern test per field per row, an object and two buffers
// per row; here the strings a log repeats (its device, actor, actions, outcomes, clients,
// details) are tested and encoded once and their bytes remembered, each entry is assembled in
// one scratch buffer, and digests are compared as hex. A row the fast checks cannot vouch for
// goes the old way, through AuditEntrySchema and encodeEntry.

import type Database from 'better-sqlite3-multiple-ciphers';
import {
  AuditEntrySchema,
  detailPairs,
  encodedDetails,
  encodedString,
  encodeEntry,
  ENTRY_ENCODING_VERSION,
  isAction,
  isCount,
  isOpaqueId,
  isOutcome,
  MAX_RECORD_IDS,
  surelyValidDetails,
  surelyValidEntry,
  type AuditEntry,
} from './entry.js';
import { HASH_SIZE, leafHashHexOfPrefixed } from './merkle.js';

/** audit_entries' columns, the recorded leaf hash as lowercase hex: a string costs less to hand over than a Buffer per row. */
const COLUMNS = 'seq, time, device_id, actor, action, record_ids, outcome, details, lower(hex(leaf_hash))';
type EntryTuple = [number, number, string, string, string, string, string, string | null, string];

export interface RecomputedLeaves {
  /** Every entry's recomputed leaf hash, 32 bytes each, in seq order. */
  leaves: Buffer;
  /** The first problem found, or null when every entry is valid and matches its recorded hash. */
  bad: { what: string; where: string } | null;
}

/**
 * The encoded bytes (u8 length + ASCII) of strings that passed a field's test; bounded, so a
 * log of all-different ids costs no more than testing each.
 */
class PassedStrings {
  private readonly bytes = new Map<string, Buffer>();
  constructor(private readonly test: (s: unknown) => boolean) {}

  get(s: unknown): Buffer | undefined {
    if (typeof s !== 'string') return undefined;
    const known = this.bytes.get(s);
    if (known || !this.test(s)) return known;
    if (this.bytes.size >= 65_536) this.bytes.clear();
    const encoded = encodedString(s);
    this.bytes.set(s, encoded);
    return encoded;
  }
}

const NO_DETAILS = encodedDetails([]);

export function recomputeLeaves(db: Database.Database, size: number): RecomputedLeaves {
  const leaves = Buffer.alloc(size * HASH_SIZE);
  const ids = new PassedStrings(isOpaqueId);
  const actions = new PassedStrings(isAction);
  const outcomes = new PassedStrings(isOutcome);
  const detailsBytes = new Map<string, Buffer | null>(); // details text -> its encoded section, or null if not surely valid
  const idBytes: Buffer[] = [];
  let scratch = Buffer.allocUnsafe(4096); // [0x00 leaf prefix, entry bytes…]
  let bad: RecomputedLeaves['bad'] = null;
  let expected = 0;

  // Rows as arrays: at a million entries the per-row objects of the viewer's path would dominate.
  const rows = db.prepare<[], EntryTuple>(`SELECT ${COLUMNS} FROM audit_entries ORDER BY seq`).raw();
  for (const [seq, time, deviceId, actor, action, recordIds, outcome, details, recordedHex] of rows.iterate()) {
    if (seq !== expected) {
      bad ??= { what: `entry ${expected} is missing from the log`, where: `entry ${expected}` };
      break;
    }
    expected += 1;

    let tail: Buffer | null | undefined = NO_DETAILS;
    if (details !== null) {
      tail = detailsBytes.get(details);
      if (tail === undefined) {
        tail = surelyValidDetailsBytes(details);
        if (detailsBytes.size >= 65_536) detailsBytes.clear();
        detailsBytes.set(details, tail);
      }
    }
    const dev = ids.get(deviceId);
    const who = ids.get(actor);
    const what = actions.get(action);
    const how = outcomes.get(outcome);
    let length = 0;
    if (tail && dev && who && what && how && isCount(time) && collectIds(ids, recordIds, idBytes)) {
      // The canonical encoding (entry.ts), field by field from the bytes already known.
      length = 1 + 9 + dev.length + who.length + what.length + 2 + how.length + tail.length;
      for (const b of idBytes) length += b.length;
      if (length > scratch.length) scratch = Buffer.allocUnsafe(2 * length);
      scratch[0] = 0x00;
      scratch[1] = ENTRY_ENCODING_VERSION;
      scratch.writeUInt32BE(Math.floor(time / 2 ** 32), 2);
      scratch.writeUInt32BE(time % 2 ** 32, 6);
      let at = 10;
      scratch.set(dev, at);
      at += dev.length;
      scratch.set(who, at);
      at += who.length;
      scratch.set(what, at);
      at += what.length;
      scratch.writeUInt16BE(idBytes.length, at);
      at += 2;
      for (const b of idBytes) {
        scratch.set(b, at);
        at += b.length;
      }
      scratch.set(how, at);
      at += how.length;
      scratch.set(tail, at);
    } else {
      // Not vouched for by the fast checks: the schema decides, and encodeEntry encodes.
      const entry = checkedTheSlowWay(time, deviceId, actor, action, recordIds, outcome, details);
      if (!entry) {
        bad ??= { what: `entry ${seq} is not a valid audit entry`, where: `entry ${seq}` };
        continue;
      }
      const bytes = encodeEntry(entry);
      length = 1 + bytes.length;
      if (length > scratch.length) scratch = Buffer.allocUnsafe(2 * length);
      scratch[0] = 0x00;
      scratch.set(bytes, 1);
    }

    const leaf = leafHashHexOfPrefixed(scratch.subarray(0, length));
    leaves.write(leaf, seq * HASH_SIZE, 'hex');
    if (!bad && leaf !== recordedHex) bad = { what: `entry ${seq} does not match its recorded hash: it was edited`, where: `entry ${seq}` };
  }
  return { leaves, bad };
}

/** Fill `out` with the encoded bytes of each record id in the column, if every one surely passes and none repeats. */
function collectIds(ids: PassedStrings, column: string, out: Buffer[]): boolean {
  out.length = 0;
  if (column === '') return true;
  const list = column.split(' ');
  if (list.length > MAX_RECORD_IDS) return false;
  for (const id of list) {
    const bytes = ids.get(id);
    if (!bytes) return false;
    out.push(bytes);
  }
  return list.length < 2 || new Set(list).size === list.length;
}

/** A details text's encoded section, or null if it does not surely hold valid details. */
function surelyValidDetailsBytes(details: string): Buffer | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details) as unknown;
  } catch {
    return null;
  }
  return surelyValidDetails(parsed) ? encodedDetails(detailPairs(parsed)) : null;
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
