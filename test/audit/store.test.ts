// The audit log as stored in the vault: appends commit with the caller's change, roots and
// proofs agree with the Merkle definition at every size, and nothing can be rewritten.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeEntry } from '../../src-main/audit/entry.js';
import { MemoryTree, leafHash, verifyConsistency, verifyInclusion } from '../../src-main/audit/merkle.js';
import Database from 'better-sqlite3-multiple-ciphers';
import { checkpointFile, verifyCheckpointSignature } from '../../src-main/audit/checkpoint.js';
import {
  adoptSigningKey,
  devicePublicKeys,
  newSigningKey,
  signingKeyFromDer,
  appendEntry,
  latestCheckpoint,
  listCheckpoints,
  logSize,
  proveConsistency,
  proveInclusion,
  readEntry,
  rootAt,
  signedCheckpoint,
} from '../../src-main/audit/store.js';
import { verifyStoredLog } from '../../src-main/audit/verify-log.js';
import { auditDb, fill, sampleEntry, T0, deviceKey } from './fixtures.js';

function referenceTree(n: number): MemoryTree {
  return new MemoryTree(Buffer.concat(Array.from({ length: n }, (_, i) => leafHash(encodeEntry(sampleEntry(i))))));
}

describe('appending', () => {
  it('[HIPAA 164.312(b)] refuses to append outside a transaction: no change may commit without its entry', () => {
    const db = auditDb();
    expect(() => appendEntry(db, sampleEntry(0))).toThrow(/same transaction/);
    expect(logSize(db)).toBe(0);
  });

  it('[HIPAA 164.312(b)] an entry rolls back with the change it records', () => {
    const db = auditDb();
    db.exec('CREATE TABLE test_changes (id INTEGER PRIMARY KEY, body TEXT)');
    const write = db.transaction((fail: boolean) => {
      db.prepare('INSERT INTO test_changes (body) VALUES (?)').run('x');
      appendEntry(db, sampleEntry(1));
      if (fail) throw new Error('the change failed');
    });
    expect(() => write(true)).toThrow('the change failed');
    expect(logSize(db)).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM test_changes').get()).toEqual({ n: 0 });
    write(false);
    expect(logSize(db)).toBe(1);
    expect(readEntry(db, 0)).toMatchObject(sampleEntry(1));
  });

  it('stores a hash for every complete subtree, and the root of every size matches the definition', () => {
    const db = auditDb();
    const n = 300;
    fill(db, n);
    const ref = referenceTree(n);
    const nodes = db.prepare('SELECT count(*) AS c FROM audit_nodes').get() as { c: number };
    let expected = 0;
    for (let w = 2; w <= n; w *= 2) expected += Math.floor(n / w);
    expect(nodes.c).toBe(expected);
    for (let size = 0; size <= n; size++) expect(rootAt(db, size).equals(ref.root(size)), `size ${size}`).toBe(true);
  });

  it('rejects an invalid entry without writing anything', () => {
    const db = auditDb();
    const bad = { ...sampleEntry(0), action: 'client read' };
    expect(() => db.transaction(() => appendEntry(db, bad))()).toThrow();
    expect(logSize(db)).toBe(0);
  });
});

describe('proofs from the stored log (property)', () => {
  it('inclusion and consistency proofs for random sizes verify against the stored roots', () => {
    const db = auditDb();
    const n = 2000;
    fill(db, n);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: n }).chain((size) => fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 0, max: size }), fc.constant(size))),
        ([seq, m, size]) => {
          const inc = proveInclusion(db, seq, size);
          expect(inc.leafHash.equals(leafHash(encodeEntry(sampleEntry(seq))))).toBe(true);
          expect(verifyInclusion(inc.leafHash, seq, size, inc.proof, rootAt(db, size))).toBe(true);
          const con = proveConsistency(db, m, size);
          expect(verifyConsistency(m, size, rootAt(db, m), rootAt(db, size), con.proof)).toBe(true);
          expect(inc.proof.length * 32).toBeLessThanOrEqual(2048);
          expect(con.proof.length * 32).toBeLessThanOrEqual(2048);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses proofs about entries or sizes the log does not have', () => {
    const db = auditDb();
    fill(db, 10);
    expect(() => proveInclusion(db, 10)).toThrow();
    expect(() => proveInclusion(db, 0, 11)).toThrow();
    expect(() => proveConsistency(db, 11)).toThrow();
    expect(() => rootAt(db, 11)).toThrow();
  });
});

describe('[HIPAA 164.312(b)] append-only, enforced by the database', () => {
  const attempts: [string, string][] = [
    ['edit an entry', "UPDATE audit_entries SET outcome = 'ok' WHERE seq = 3"],
    ['delete an entry', 'DELETE FROM audit_entries WHERE seq = 3'],
    ['delete the newest entry', 'DELETE FROM audit_entries WHERE seq = 9'],
    ['overwrite an entry with INSERT OR REPLACE', "INSERT OR REPLACE INTO audit_entries SELECT seq, time, device_id, actor, 'client.read', record_ids, outcome, details, leaf_hash FROM audit_entries WHERE seq = 2"],
    ['insert an entry with a gap', "INSERT INTO audit_entries SELECT 50, time, device_id, actor, action, record_ids, outcome, details, leaf_hash FROM audit_entries WHERE seq = 2"],
    ['remove a record index row', 'DELETE FROM audit_entry_records'],
    ['edit a record index row', "UPDATE audit_entry_records SET record_id = 'x'"],
    ['edit a subtree hash', 'UPDATE audit_nodes SET hash = zeroblob(32)'],
    ['delete a subtree hash', 'DELETE FROM audit_nodes'],
    ['overwrite a subtree hash', 'INSERT OR REPLACE INTO audit_nodes VALUES (1, 0, zeroblob(32))'],
    ['edit a checkpoint', 'UPDATE audit_checkpoints SET log_size = 1'],
    ['delete a recent checkpoint', 'DELETE FROM audit_checkpoints'],
    ['overwrite a checkpoint', 'INSERT OR REPLACE INTO audit_checkpoints SELECT id, 1, root_hash, time, key_id, signature FROM audit_checkpoints'],
    ['replace the device key', "UPDATE audit_device_keys SET public_key = zeroblob(32)"],
    ['delete the device key', 'DELETE FROM audit_device_keys'],
    ['swap in another device key with the same id', 'INSERT OR REPLACE INTO audit_device_keys SELECT device_id, key_id, zeroblob(32), created_at FROM audit_device_keys'],
  ];
  for (const [what, sql] of attempts) {
    it(`refuses to ${what}`, () => {
      const db = auditDb();
      fill(db, 10);
      signedCheckpoint(db, deviceKey(db, T0), T0);
      const before = db.prepare('SELECT (SELECT count(*) FROM audit_entries) || (SELECT group_concat(hex(leaf_hash)) FROM audit_entries) || (SELECT group_concat(hex(hash)) FROM audit_nodes) || (SELECT count(*) FROM audit_checkpoints) || (SELECT group_concat(hex(public_key)) FROM audit_device_keys) AS s').get();
      expect(() => db.exec(sql)).toThrow(/cannot be|only be appended/);
      expect(db.prepare('SELECT (SELECT count(*) FROM audit_entries) || (SELECT group_concat(hex(leaf_hash)) FROM audit_entries) || (SELECT group_concat(hex(hash)) FROM audit_nodes) || (SELECT count(*) FROM audit_checkpoints) || (SELECT group_concat(hex(public_key)) FROM audit_device_keys) AS s').get()).toEqual(before);
      expect(verifyStoredLog(db).ok).toBe(true);
    });
  }

  it('keeps the newest 100 checkpoints, prunes older ones, and refuses to delete a kept one', () => {
    const db = auditDb();
    const key = deviceKey(db, T0);
    fill(db, 3);
    for (let i = 0; i < 130; i++) signedCheckpoint(db, key, T0 + i);
    const kept = listCheckpoints(db);
    expect(kept).toHaveLength(100);
    expect(kept[0]?.time).toBe(T0 + 30);
    expect(() => db.exec('DELETE FROM audit_checkpoints WHERE id = (SELECT min(id) FROM audit_checkpoints)')).toThrow(/cannot be deleted/);
  });
});

describe('device key and checkpoints', () => {
  it('keeps only the public half of the signing key, and keeps the device id when the key moves', () => {
    const db = auditDb();
    const der = newSigningKey();
    const a = adoptSigningKey(db, signingKeyFromDer(der), T0);
    const again = adoptSigningKey(db, signingKeyFromDer(der), T0 + 1);
    expect(a.moved).toBe(false);
    expect(again.moved).toBe(false);
    expect(again.key.deviceId).toBe(a.key.deviceId);
    expect(again.key.keyId).toBe(a.key.keyId);
    expect(a.key.deviceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // A key the vault has not seen is added beside the first, which stays for old checkpoints.
    const moved = adoptSigningKey(db, signingKeyFromDer(newSigningKey()), T0 + 2);
    expect(moved.moved).toBe(true);
    expect(moved.key.deviceId).toBe(a.key.deviceId);
    expect([...devicePublicKeys(db).keys()]).toEqual([a.key.keyId, moved.key.keyId]);
    // No column anywhere holds a private key.
    const columns = db.prepare<[], { name: string }>("SELECT p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'").all().map((c) => c.name);
    expect(columns.filter((c) => /private/.test(c))).toEqual([]);
    expect(() => db.exec('DELETE FROM audit_signing_keys')).toThrow(/cannot be deleted/);
    expect(() => db.exec(`INSERT INTO audit_signing_keys VALUES ('${a.key.keyId}', zeroblob(32), 0)`)).toThrow(/cannot be changed/);
  });

  it('signs a checkpoint of the log as it stands, and keeps it', () => {
    const db = auditDb();
    const key = deviceKey(db, T0);
    fill(db, 37);
    const cp = signedCheckpoint(db, key, T0 + 5);
    expect(cp).toMatchObject({ logSize: 37, rootHash: rootAt(db).toString('hex'), time: T0 + 5, keyId: key.keyId });
    expect(verifyCheckpointSignature(cp, key.publicKeyRaw)).toBe(true);
    expect(latestCheckpoint(db)).toEqual(cp);
    expect(verifyCheckpointSignature({ ...cp, logSize: 36 }, key.publicKeyRaw)).toBe(false);
  });
});

describe('verifying the live log', () => {
  function tamperable() {
    const db = auditDb();
    const key = deviceKey(db, T0);
    fill(db, 64);
    signedCheckpoint(db, key, T0);
    // What someone with the key and a SQLite shell could do: drop the guards.
    for (const t of ['audit_entries_no_update', 'audit_entries_no_delete', 'audit_nodes_no_update', 'audit_checkpoints_no_delete']) db.exec(`DROP TRIGGER ${t}`);
    return db;
  }

  it('passes an untouched log', () => {
    const db = auditDb();
    const key = deviceKey(db, T0);
    fill(db, 100);
    signedCheckpoint(db, key, T0);
    const result = verifyStoredLog(db);
    expect(result.ok).toBe(true);
    expect(result.checks.every((c) => c.ok)).toBe(true);
  });

  it('[HIPAA 164.312(c)(1)] names the entry whose stored fields were edited', () => {
    const db = tamperable();
    db.exec('UPDATE audit_entries SET time = time + 1 WHERE seq = 41');
    const result = verifyStoredLog(db);
    expect(result.ok).toBe(false);
    expect(result.failure?.what).toBe('entry 41 does not match its recorded hash: it was edited');
  });

  it('[HIPAA 164.312(c)(1)] catches an edit whose leaf and subtree hashes were recomputed, against the signed checkpoint', () => {
    const db = tamperable();
    const forged = { ...sampleEntry(7), outcome: 'ok' as const, time: sampleEntry(7).time + 1 };
    db.prepare('UPDATE audit_entries SET time = ?, outcome = ?, leaf_hash = ? WHERE seq = 7').run(forged.time, forged.outcome, leafHash(encodeEntry(forged)));
    const result = verifyStoredLog(db);
    expect(result.ok).toBe(false);
    expect(result.checks.find((c) => c.name === 'entries')?.ok).toBe(true);
    expect(result.checks.some((c) => !c.ok && /subtree hash|do not produce the root/.test(c.detail))).toBe(true);
  });

  it('[HIPAA 164.312(c)(1)] catches the tail cut off, against the signed checkpoint', () => {
    const db = tamperable();
    db.exec('DELETE FROM audit_entries WHERE seq >= 60');
    const result = verifyStoredLog(db);
    expect(result.ok).toBe(false);
    expect(result.checks.some((c) => !c.ok && /rollback or truncation/.test(c.detail))).toBe(true);
  });

  it('[HIPAA 164.312(c)(1)] catches the vault replaced by an older copy (rollback), against a checkpoint kept elsewhere', () => {
    const db = auditDb();
    const key = deviceKey(db, T0);
    fill(db, 30);
    const backup = new Database(db.serialize());
    fill(db, 10, 30);
    const kept = checkpointFile(signedCheckpoint(db, key, T0 + 1), key.publicKeyRaw);
    try {
      expect(verifyStoredLog(db, { oldCheckpoint: kept }).ok).toBe(true);
      const rolledBack = verifyStoredLog(backup, { oldCheckpoint: kept });
      expect(rolledBack.ok).toBe(false);
      expect(rolledBack.failure?.what).toMatch(/^log is shorter than the auditor's checkpoint \(rollback or truncation\)/);
    } finally {
      backup.close();
    }
  });
});
