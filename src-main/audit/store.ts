// The audit log inside the vault database: append an entry in the caller's transaction (so a
// change and its entry commit or vanish together), keep the hash of every complete subtree so
// roots and proofs of any size cost O(log n) lookups, and sign checkpoints with the device key
// (whose private half is kept outside the vault, in the OS key store: only public keys are here).
// Tables and their append-only triggers are in vault/migrations/0002-audit.ts.

import { generateKeyPairSync, createPrivateKey, createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../errors.js';
import { CHECKPOINTS_KEPT } from '../vault/migrations/0002-audit.js';
import { AuditEntrySchema, encodeEntry, surelyValidEntry, type AuditEntry } from './entry.js';
import { consistencyProof, inclusionProof, leafHash, nodeHash, treeHash, type SubtreeSource } from './merkle.js';
import { keyIdOf, rawPublicKey, signCheckpoint, type SignedCheckpoint } from './checkpoint.js';

type Db = Database.Database;

/** An entry as the log holds it: its position (seq, the leaf index from 0) and leaf hash. */
export interface StoredEntry extends AuditEntry {
  seq: number;
  leafHash: string;
}

export interface EntryRow {
  seq: number;
  time: number;
  device_id: string;
  actor: string;
  action: string;
  record_ids: string;
  outcome: string;
  details: string | null;
  leaf_hash: Buffer;
}

export const ENTRY_COLUMNS = 'seq, time, device_id, actor, action, record_ids, outcome, details, leaf_hash';

interface Statements {
  lastSeq: Database.Statement<[], number>;
  insertEntry: Database.Statement<[number, number, string, string, string, string, string, string | null, Buffer]>;
  insertRecord: Database.Statement<[string, number, number]>;
  leaf: Database.Statement<[number], Buffer>;
  node: Database.Statement<[number, number], Buffer>;
  insertNode: Database.Statement<[number, number, Buffer]>;
  entry: Database.Statement<[number], EntryRow>;
}

// Prepared once per connection: an append is a handful of statement runs, nothing parsed.
const statementsByDb = new WeakMap<Db, Statements>();

function statements(db: Db): Statements {
  let s = statementsByDb.get(db);
  if (!s) {
    s = {
      lastSeq: db.prepare<[], number>('SELECT seq FROM audit_entries ORDER BY seq DESC LIMIT 1').pluck(),
      insertEntry: db.prepare(`INSERT INTO audit_entries (${ENTRY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertRecord: db.prepare('INSERT INTO audit_entry_records (record_id, time, seq) VALUES (?, ?, ?)'),
      leaf: db.prepare<[number], Buffer>('SELECT leaf_hash FROM audit_entries WHERE seq = ?').pluck(),
      node: db.prepare<[number, number], Buffer>('SELECT hash FROM audit_nodes WHERE level = ? AND idx = ?').pluck(),
      insertNode: db.prepare('INSERT INTO audit_nodes (level, idx, hash) VALUES (?, ?, ?)'),
      entry: db.prepare<[number], EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM audit_entries WHERE seq = ?`),
    };
    statementsByDb.set(db, s);
  }
  return s;
}

function logDamaged(what: string): AlcoveError {
  return new AlcoveError('DATABASE_CORRUPT', `The audit log in this vault is incomplete (${what}). Restore the vault from a backup.`);
}

/** The number of entries in the log. */
export function logSize(db: Db): number {
  const last = statements(db).lastSeq.get();
  return last === undefined ? 0 : last + 1;
}

function detailsText(details: AuditEntry['details']): string | null {
  if (!details) return null;
  const sorted = Object.fromEntries(Object.entries(details).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify(sorted);
}

/**
 * Append one entry. Must run inside the caller's transaction: the change it describes and
 * the entry commit together or not at all. Costs one insert per record id, one leaf, and on
 * average one node (a leaf completes a subtree at each level where its index ends in 1s).
 */
export function appendEntry(db: Db, entry: AuditEntry): { seq: number; leafHash: Buffer } {
  if (!db.inTransaction) {
    throw new AlcoveError('INTERNAL', 'An audit entry must be written in the same transaction as the change it records.');
  }
  const valid = surelyValidEntry(entry) ? entry : AuditEntrySchema.parse(entry);
  const s = statements(db);
  const seq = logSize(db);
  const leaf = leafHash(encodeEntry(valid));
  s.insertEntry.run(
    seq,
    valid.time,
    valid.deviceId,
    valid.actor,
    valid.action,
    valid.recordIds.join(' '),
    valid.outcome,
    detailsText(valid.details),
    leaf,
  );
  for (const id of valid.recordIds) s.insertRecord.run(id, valid.time, seq);
  // Each trailing 1 bit of seq is a level at which this leaf completes a subtree.
  let level = 0;
  let index = seq;
  let hash = leaf;
  while (index % 2 === 1) {
    hash = nodeHash(perfectAt(s, level, index - 1), hash);
    level += 1;
    index = (index - 1) / 2;
    s.insertNode.run(level, index, hash);
  }
  return { seq, leafHash: leaf };
}

function perfectAt(s: Statements, level: number, index: number): Buffer {
  const hash = level === 0 ? s.leaf.get(index) : s.node.get(level, index);
  if (!hash) throw logDamaged(`no hash for level ${level}, index ${index}`);
  return hash;
}

/** The log's stored subtree hashes, for merkle.ts's root and proof algorithms. */
export function storedTree(db: Db): SubtreeSource {
  const s = statements(db);
  return { perfect: (level, index) => perfectAt(s, level, index) };
}

function checkSize(db: Db, size: number): number {
  const current = logSize(db);
  if (!Number.isSafeInteger(size) || size < 0 || size > current) {
    throw new AlcoveError('VALIDATION_FAILED', `The audit log has ${current} entries; there is no log of ${size}.`);
  }
  return current;
}

/** The root hash of the log's first `size` entries (default: all of them). */
export function rootAt(db: Db, size: number = logSize(db)): Buffer {
  checkSize(db, size);
  return treeHash(storedTree(db), size);
}

export interface InclusionProof {
  seq: number;
  size: number;
  leafHash: Buffer;
  root: Buffer;
  proof: Buffer[];
}

/** Proof that entry `seq` is in the log of `size` entries (default: the whole log). */
export function proveInclusion(db: Db, seq: number, size: number = logSize(db)): InclusionProof {
  checkSize(db, size);
  if (!Number.isSafeInteger(seq) || seq < 0 || seq >= size) {
    throw new AlcoveError('VALIDATION_FAILED', `Entry ${seq} is not in an audit log of ${size} entries.`);
  }
  const tree = storedTree(db);
  return { seq, size, leafHash: tree.perfect(0, seq), root: treeHash(tree, size), proof: inclusionProof(tree, seq, size) };
}

export interface ConsistencyProof {
  oldSize: number;
  newSize: number;
  oldRoot: Buffer;
  newRoot: Buffer;
  proof: Buffer[];
}

/** Proof that the log of `oldSize` entries is a prefix of the log of `newSize` (default: all). */
export function proveConsistency(db: Db, oldSize: number, newSize: number = logSize(db)): ConsistencyProof {
  checkSize(db, newSize);
  if (!Number.isSafeInteger(oldSize) || oldSize < 0 || oldSize > newSize) {
    throw new AlcoveError('VALIDATION_FAILED', `No consistency proof from ${oldSize} to ${newSize} entries.`);
  }
  const tree = storedTree(db);
  return { oldSize, newSize, oldRoot: treeHash(tree, oldSize), newRoot: treeHash(tree, newSize), proof: consistencyProof(tree, oldSize, newSize) };
}

export function rowToEntry(row: EntryRow): StoredEntry {
  return {
    seq: row.seq,
    time: row.time,
    deviceId: row.device_id,
    actor: row.actor,
    action: row.action,
    recordIds: row.record_ids === '' ? [] : row.record_ids.split(' '),
    outcome: row.outcome,
    ...(row.details === null ? {} : { details: JSON.parse(row.details) as Record<string, number> }),
    leafHash: row.leaf_hash.toString('hex'),
  };
}

export function readEntry(db: Db, seq: number): StoredEntry | null {
  const row = statements(db).entry.get(seq);
  return row ? rowToEntry(row) : null;
}

/** Every entry, oldest first, streamed (a million entries never sit in memory as rows). */
export function* entriesInOrder(db: Db): Generator<StoredEntry> {
  for (const row of db.prepare<[], EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM audit_entries ORDER BY seq`).iterate()) {
    yield rowToEntry(row);
  }
}

// ---- The device signing key ----

export interface DeviceKey {
  /** A stable UUID naming this device in audit entries. */
  deviceId: string;
  keyId: string;
  publicKeyRaw: Buffer;
  publicKey: KeyObject;
  privateKey: KeyObject;
}

/** A fresh Ed25519 signing key as PKCS#8 DER, the form the key store keeps (main process). */
export function newSigningKey(): Buffer {
  return generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' });
}

export function signingKeyFromDer(der: Uint8Array): KeyObject {
  try {
    const key = createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
    if (key.asymmetricKeyType !== 'ed25519') throw new TypeError('not Ed25519');
    return key;
  } catch {
    throw new AlcoveError('INTERNAL', 'The audit signing key kept on this computer is damaged.');
  }
}

/**
 * Take the signing key from outside the vault (the OS key store, handed over at unlock) as
 * this vault's: only its public half is written here. A new vault records it as its first key
 * (and device id); a key the vault has never seen is added beside the older ones, which stay
 * to verify the checkpoints they signed, and `moved` says so (the caller audits the move).
 */
export function adoptSigningKey(db: Db, privateKey: KeyObject, now: number): { key: DeviceKey; moved: boolean } {
  const publicKey = createPublicKey(privateKey);
  const raw = rawPublicKey(publicKey);
  const keyId = keyIdOf(raw);
  const device = db.prepare<[], { device_id: string }>('SELECT device_id FROM audit_device_keys ORDER BY created_at, rowid LIMIT 1').get();
  const key = (deviceId: string): DeviceKey => ({ deviceId, keyId, publicKeyRaw: raw, publicKey, privateKey });
  if (!device) {
    const deviceId = randomUUID();
    db.prepare('INSERT INTO audit_device_keys (device_id, key_id, public_key, created_at) VALUES (?, ?, ?, ?)').run(deviceId, keyId, raw, now);
    return { key: key(deviceId), moved: false };
  }
  if (devicePublicKeys(db).has(keyId)) return { key: key(device.device_id), moved: false };
  db.prepare('INSERT INTO audit_signing_keys (key_id, public_key, created_at) VALUES (?, ?, ?)').run(keyId, raw, now);
  return { key: key(device.device_id), moved: true };
}

/** Public keys by key id, oldest first, for checking the vault's own checkpoints. */
export function devicePublicKeys(db: Db): Map<string, Buffer> {
  const rows = db
    .prepare<[], { key_id: string; public_key: Buffer }>(
      'SELECT key_id, public_key FROM (SELECT key_id, public_key, created_at, 0 AS k, rowid AS r FROM audit_device_keys UNION ALL SELECT key_id, public_key, created_at, 1, rowid FROM audit_signing_keys) ORDER BY created_at, k, r',
    )
    .all();
  return new Map(rows.map((r) => [r.key_id, r.public_key]));
}

// ---- Checkpoints ----

interface CheckpointRow {
  id: number;
  log_size: number;
  root_hash: Buffer;
  time: number;
  key_id: string;
  signature: Buffer;
}

function rowToCheckpoint(r: CheckpointRow): SignedCheckpoint {
  return { logSize: r.log_size, rootHash: r.root_hash.toString('hex'), time: r.time, keyId: r.key_id, signature: r.signature.toString('hex') };
}

/**
 * Sign (size, root, time) of the log as it stands and keep it; checkpoints beyond the newest
 * CHECKPOINTS_KEPT are pruned (the triggers refuse anything newer). Run on lock, export, sync.
 */
export function signedCheckpoint(db: Db, signingKey: DeviceKey, now: number): SignedCheckpoint {
  const size = logSize(db);
  const checkpoint = signCheckpoint(
    { logSize: size, rootHash: treeHash(storedTree(db), size).toString('hex'), time: now, keyId: signingKey.keyId },
    signingKey.privateKey,
  );
  const write = db.transaction(() => {
    const last = db.prepare<[], number>('SELECT coalesce(max(id), 0) FROM audit_checkpoints').pluck().get() ?? 0;
    db.prepare('INSERT INTO audit_checkpoints (id, log_size, root_hash, time, key_id, signature) VALUES (?, ?, ?, ?, ?, ?)').run(
      last + 1,
      checkpoint.logSize,
      Buffer.from(checkpoint.rootHash, 'hex'),
      checkpoint.time,
      checkpoint.keyId,
      Buffer.from(checkpoint.signature, 'hex'),
    );
    db.prepare('DELETE FROM audit_checkpoints WHERE id <= ?').run(last + 1 - CHECKPOINTS_KEPT);
  });
  write(); // nests as a savepoint inside the caller's transaction, if there is one
  return checkpoint;
}

/** Kept checkpoints, oldest first. */
export function listCheckpoints(db: Db): SignedCheckpoint[] {
  return db
    .prepare<[], CheckpointRow>('SELECT id, log_size, root_hash, time, key_id, signature FROM audit_checkpoints ORDER BY id')
    .all()
    .map(rowToCheckpoint);
}

export function latestCheckpoint(db: Db): SignedCheckpoint | null {
  const row = db
    .prepare<[], CheckpointRow>('SELECT id, log_size, root_hash, time, key_id, signature FROM audit_checkpoints ORDER BY id DESC LIMIT 1')
    .get();
  return row ? rowToCheckpoint(row) : null;
}
