// One audit entry and its canonical bytes, the leaf the Merkle log hashes. An entry says who
// did what to which pseudonymous records and how it ended; it can never carry content: every
// string is an id, an action name or an error code, refused by pattern if it is anything else.
//
// Canonical encoding, version 1 (all integers big-endian; str = u8 length + ASCII bytes):
//
//   u8   encoding version = 0x01
//   u64  time, milliseconds since 1970-01-01T00:00:00Z
//   str  deviceId
//   str  actor
//   str  action
//   u16  number of recordIds, then each as str, in the entry's order
//   str  outcome
//   u8   number of details, then for each, by key in ascending byte order: str key, u32 value
//
// The leading version byte keeps a later encoding's leaves from ever colliding with these; an
// export names the encoding its entries use (`entryEncoding`).

import { z } from 'zod';

export const ENTRY_ENCODING_VERSION = 1;

/** A lowercase UUID: vault identities, device ids and pseudonymous record ids are all UUIDs. */
export const OPAQUE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** `domain.verb` or `domain.verb.reason` (e.g. `vault.lock.timeout`), camelCase words only. */
export const ACTION = /^[a-z][a-zA-Z]{1,23}(\.[a-z][a-zA-Z]{1,23}){1,2}$/;
/** `ok`, or an error code from the typed error list (e.g. `WRONG_PASSWORD`). */
export const OUTCOME = /^(ok|[A-Z][A-Z0-9_]{1,47})$/;
export const DETAIL_KEY = /^[a-z][a-zA-Z]{0,23}$/;
/** Small counts only (a result count, a number of attempts): too small to smuggle a phone number. */
export const DETAIL_MAX = 2 ** 31 - 1;
export const MAX_RECORD_IDS = 1024;
export const MAX_DETAILS = 8;

const opaqueId = z.string().max(36).regex(OPAQUE_ID, 'an opaque id (a lowercase UUID), never a name or text');

export const AuditEntrySchema = z.strictObject({
  /** UTC milliseconds. */
  time: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  deviceId: opaqueId,
  /** The practitioner's vault identity. */
  actor: opaqueId,
  action: z.string().max(72).regex(ACTION, 'an action name like client.read'),
  recordIds: z
    .array(opaqueId)
    .max(MAX_RECORD_IDS)
    .refine((ids) => new Set(ids).size === ids.length, 'record ids must not repeat'),
  outcome: z.string().max(48).regex(OUTCOME, 'ok or an error code'),
  details: z
    .record(z.string().max(24).regex(DETAIL_KEY, 'a detail name like resultCount'), z.number().int().min(0).max(DETAIL_MAX))
    // An empty object would encode like an absent one; one spelling per entry keeps the bytes canonical.
    .refine((d) => Object.keys(d).length >= 1 && Object.keys(d).length <= MAX_DETAILS, `1 to ${MAX_DETAILS} details`)
    .optional(),
});

export type AuditEntry = z.infer<typeof AuditEntrySchema>;

// Keys are ASCII by pattern, so code-unit order is byte order.
function byKey(a: [string, number], b: [string, number]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** An entry's details as the encoding orders them: by key, in ascending byte order. */
export type DetailPairs = readonly (readonly [string, number])[];

export function detailPairs(details: AuditEntry['details']): [string, number][] {
  return details ? Object.entries(details).sort(byKey) : [];
}

/** Write a u8-length-prefixed ASCII string at `at`; returns the offset after it. */
function writeStr(out: Buffer, at: number, s: string): number {
  out[at] = s.length;
  return at + 1 + out.write(s, at + 1, 'latin1');
}

/** The length of an entry's canonical bytes, its details given as `pairs`. */
function encodedLength(entry: AuditEntry, pairs: DetailPairs): number {
  // version, time, three strings, id count, outcome, detail count
  let length = 1 + 8 + (1 + entry.deviceId.length) + (1 + entry.actor.length) + (1 + entry.action.length) + 2 + (1 + entry.outcome.length) + 1;
  for (const id of entry.recordIds) length += 1 + id.length;
  for (const [key] of pairs) length += 1 + key.length + 4;
  return length;
}

/**
 * Write an entry's canonical bytes (format above) into `out` at `at`, which must have room for
 * encodedLength; returns the offset after them. The entry must already have passed
 * AuditEntrySchema: the encoder trusts that every string is short ASCII. No closures here.
 */
function writeEntry(out: Buffer, at: number, entry: AuditEntry, pairs: DetailPairs): number {
  out[at] = ENTRY_ENCODING_VERSION;
  out.writeUInt32BE(Math.floor(entry.time / 2 ** 32), at + 1);
  out.writeUInt32BE(entry.time % 2 ** 32, at + 5);
  at = writeStr(out, at + 9, entry.deviceId);
  at = writeStr(out, at, entry.actor);
  at = writeStr(out, at, entry.action);
  out.writeUInt16BE(entry.recordIds.length, at);
  at += 2;
  for (const id of entry.recordIds) at = writeStr(out, at, id);
  at = writeStr(out, at, entry.outcome);
  out[at++] = pairs.length;
  for (const [key, value] of pairs) {
    at = writeStr(out, at, key);
    out.writeUInt32BE(value, at);
    at += 4;
  }
  return at;
}

// Pieces of the format above, for a verifier that encodes a million entries from their columns
// and keeps the bytes of the strings and details it sees again and again.

/** A field string as the encoding writes it: u8 length, then its ASCII bytes. */
export function encodedString(s: string): Buffer {
  const out = Buffer.allocUnsafe(1 + s.length);
  writeStr(out, 0, s);
  return out;
}

/** The details section: u8 count, then each pair (str key, u32 value) in key order. */
export function encodedDetails(pairs: DetailPairs): Buffer {
  let length = 1;
  for (const [key] of pairs) length += 1 + key.length + 4;
  const out = Buffer.allocUnsafe(length);
  out[0] = pairs.length;
  let at = 1;
  for (const [key, value] of pairs) {
    at = writeStr(out, at, key);
    out.writeUInt32BE(value, at);
    at += 4;
  }
  return out;
}

/** The canonical bytes of an entry (format above); the entry must already have passed AuditEntrySchema. */
export function encodeEntry(entry: AuditEntry): Buffer {
  const pairs = detailPairs(entry.details);
  const length = encodedLength(entry, pairs);
  const out = Buffer.allocUnsafe(length);
  if (writeEntry(out, 0, entry, pairs) !== length) throw new Error('audit entry encoding miscounted its length');
  return out;
}

/** The inverse of encodeEntry, for tools that hold only leaves; refuses trailing or missing bytes. */
export function decodeEntry(bytes: Uint8Array): AuditEntry {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const need = (n: number): void => {
    if (at + n > buf.length) throw new RangeError('audit entry bytes end early');
  };
  const u8 = (): number => {
    need(1);
    return buf[at++] as number;
  };
  const str = (): string => {
    const n = u8();
    need(n);
    const s = buf.toString('latin1', at, at + n);
    at += n;
    return s;
  };
  if (u8() !== ENTRY_ENCODING_VERSION) throw new RangeError('unknown audit entry encoding version');
  need(8);
  const time = buf.readUInt32BE(at) * 2 ** 32 + buf.readUInt32BE(at + 4);
  at += 8;
  const deviceId = str();
  const actor = str();
  const action = str();
  need(2);
  const idCount = buf.readUInt16BE(at);
  at += 2;
  const recordIds = Array.from({ length: idCount }, str);
  const outcome = str();
  const detailCount = u8();
  const details: Record<string, number> = {};
  for (let i = 0; i < detailCount; i++) {
    const key = str();
    need(4);
    details[key] = buf.readUInt32BE(at);
    at += 4;
  }
  if (at !== buf.length) throw new RangeError('audit entry bytes run past the entry');
  const entry = { time, deviceId, actor, action, recordIds, outcome, ...(detailCount ? { details } : {}) };
  return AuditEntrySchema.parse(entry);
}

const ENTRY_KEYS = new Set(['time', 'deviceId', 'actor', 'action', 'recordIds', 'outcome', 'details']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.getPrototypeOf(v) === Object.prototype;
}

// The field tests surelyValidEntry makes, exported for a verifier that checks a row's columns
// one by one (and remembers the strings it has already seen pass).
export const isOpaqueId = (v: unknown): v is string => typeof v === 'string' && v.length <= 36 && OPAQUE_ID.test(v);
export const isAction = (v: unknown): v is string => typeof v === 'string' && v.length <= 72 && ACTION.test(v);
export const isOutcome = (v: unknown): v is string => typeof v === 'string' && v.length <= 48 && OUTCOME.test(v);
export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isId = isOpaqueId;

/**
 * A fast yes for a well-formed entry (plus the `extraKeys` a caller handles itself), for the
 * million-entry paths. It only ever says yes to what AuditEntrySchema accepts (a property
 * test holds it to that); on no, ask the schema for the verdict and the message.
 */
export function surelyValidEntry(value: unknown, extraKeys: readonly string[] = []): value is AuditEntry {
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) if (!ENTRY_KEYS.has(key) && !extraKeys.includes(key)) return false;
  const { time, deviceId, actor, action, recordIds, outcome, details } = value;
  if (!isCount(time) || !isId(deviceId) || !isId(actor)) return false;
  if (!isAction(action) || !isOutcome(outcome)) return false;
  if (!Array.isArray(recordIds) || recordIds.length > MAX_RECORD_IDS) return false;
  for (const id of recordIds) if (!isId(id)) return false;
  if (recordIds.length > 1 && new Set(recordIds).size !== recordIds.length) return false;
  return details === undefined || surelyValidDetails(details);
}

/** surelyValidEntry's test of a present `details` value. */
export function surelyValidDetails(details: unknown): details is NonNullable<AuditEntry['details']> {
  if (!isPlainObject(details)) return false;
  const keys = Object.keys(details);
  if (keys.length < 1 || keys.length > MAX_DETAILS) return false;
  for (const k of keys) {
    const n = details[k];
    if (k.length > 24 || !DETAIL_KEY.test(k) || !isCount(n) || n > DETAIL_MAX) return false;
  }
  return true;
}
