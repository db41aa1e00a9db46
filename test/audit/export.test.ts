// Every way of tampering with an exported audit log that the issue names is detected by the
// auditor's verifier, which needs no vault and no password — each case its own test.

import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeEntry, type AuditEntry } from '../../src-main/audit/entry.js';
import { buildAuditExport, serialiseAuditExport, verifyExport, type AuditExport } from '../../src-main/audit/export.js';
import { MemoryTree, leafHash } from '../../src-main/audit/merkle.js';
import { checkpointFile, keyIdOf, rawPublicKey, signCheckpoint, type CheckpointFile } from '../../src-main/audit/checkpoint.js';
import { signedCheckpoint, type DeviceKey, type StoredEntry } from '../../src-main/audit/store.js';
import { auditDb, CLIENTS, fill, T0, deviceKey } from './fixtures.js';

interface Scene {
  key: DeviceKey;
  /** What the auditor kept after the 30th entry: a checkpoint file. */
  kept: CheckpointFile;
  /** An export made back then, at 30 entries. */
  early: AuditExport;
  /** Today's export, 50 entries. */
  today: AuditExport;
}

function scene(): Scene {
  const db = auditDb();
  const key = deviceKey(db, T0);
  fill(db, 30);
  const kept = checkpointFile(signedCheckpoint(db, key, T0 + 1), key.publicKeyRaw);
  const early = buildAuditExport(db, key, T0 + 2);
  fill(db, 20, 30);
  const today = buildAuditExport(db, key, T0 + 3);
  return { key, kept, early, today };
}

const copy = <T>(x: T): T => structuredClone(x);

/** What a thief with the vault's key can do: recompute every hash and sign again. */
function resign(doc: AuditExport, privateKey: DeviceKey['privateKey'], publicKeyRaw: Buffer = rawPublicKey(privateKey)): AuditExport {
  const entries = doc.entries.map((e, i) => {
    const { seq: _seq, leafHash: _leaf, ...entry } = e;
    return { ...e, seq: i, leafHash: leafHash(encodeEntry(entry as AuditEntry)).toString('hex') };
  });
  const tree = new MemoryTree(Buffer.concat(entries.map((e) => Buffer.from(e.leafHash, 'hex'))));
  const checkpoint = signCheckpoint(
    { logSize: entries.length, rootHash: tree.root().toString('hex'), time: doc.checkpoint.time + 1, keyId: keyIdOf(publicKeyRaw) },
    privateKey,
  );
  return { ...doc, entries, checkpoint, devicePublicKey: publicKeyRaw.toString('hex') };
}

function failedCheck(doc: unknown, options: Parameters<typeof verifyExport>[1] = {}) {
  const result = verifyExport(doc, options);
  expect(result.ok).toBe(false);
  expect(result.failure).toBeDefined();
  return result;
}

describe('an untouched export', () => {
  it('[HIPAA 164.312(b)] verifies alone, against the auditor’s checkpoint, and after a round trip through JSON', () => {
    const { today, kept } = scene();
    const alone = verifyExport(today);
    expect(alone.ok).toBe(true);
    expect(alone.checks.map((c) => c.name)).toEqual(['format', 'entries', 'checkpoint']);
    const withOld = verifyExport(JSON.parse(serialiseAuditExport(today)), { oldCheckpoint: kept });
    expect(withOld.ok).toBe(true);
    expect(withOld.checks.at(-1)?.detail).toMatch(/extends the auditor's checkpoint of 30/);
    expect(verifyExport(today, { oldCheckpoint: kept.checkpoint }).ok).toBe(true);
  });

  it('holds ids and counts only: no name, no note text, no search words', () => {
    const { today } = scene();
    const text = serialiseAuditExport(today);
    expect(text).not.toMatch(/Vasquez|Okafor|panic|suicid/i);
    expect(today.entries.every((e) => e.recordIds.every((id) => CLIENTS.includes(id)))).toBe(true);
  });
});

describe('[HIPAA 164.312(c)(1)] editing any field of any entry is detected', () => {
  const edits: Record<string, (e: StoredEntry) => void> = {
    time: (e) => (e.time += 1),
    deviceId: (e) => (e.deviceId = '11111111-2222-4333-8444-555555555555'),
    actor: (e) => (e.actor = '11111111-2222-4333-8444-555555555555'),
    action: (e) => (e.action = e.action === 'client.read' ? 'note.sign' : 'client.read'),
    recordIds: (e) => (e.recordIds = e.recordIds.length ? [] : [CLIENTS[3] as string]),
    outcome: (e) => (e.outcome = e.outcome === 'ok' ? 'NOT_FOUND' : 'ok'),
    details: (e) => (e.details = { resultCount: (e.details?.resultCount ?? 0) + 1 }),
    'details removed or added': (e) => {
      if (e.details) delete e.details;
      else e.details = { resultCount: 1 };
    },
    seq: (e) => (e.seq += 1),
    leafHash: (e) => (e.leafHash = e.leafHash.replace(/^./, (c) => (c === '0' ? '1' : '0'))),
    'a forbidden field added': (e) => Object.assign(e, { note: 'text' }),
  };
  for (const [field, edit] of Object.entries(edits)) {
    it(`${field}, in the first, a middle and the last entry`, () => {
      const { today } = scene();
      for (const at of [0, 23, 49]) {
        const doc = copy(today);
        edit(doc.entries[at] as StoredEntry);
        const result = failedCheck(doc);
        expect(result.failure?.where).toBe(`entry ${at}`);
      }
    });
  }

  it('with the leaf hash recomputed to match: the root no longer matches the signed checkpoint', () => {
    const { today } = scene();
    const doc = copy(today);
    const e = doc.entries[12] as StoredEntry;
    e.outcome = 'WRONG_PASSWORD';
    const { seq: _s, leafHash: _l, ...entry } = e;
    e.leafHash = leafHash(encodeEntry(entry)).toString('hex');
    const result = failedCheck(doc);
    expect(result.checks.find((c) => c.name === 'entries')?.ok).toBe(true);
    expect(result.failure?.what).toMatch(/do not produce the root/);
  });

  it('with every hash recomputed and the checkpoint re-signed by the stolen device key: caught by the auditor’s checkpoint', () => {
    const { today, key, kept } = scene();
    const doc = copy(today);
    (doc.entries[12] as StoredEntry).outcome = 'WRONG_PASSWORD';
    const forged = resign(doc, key.privateKey);
    expect(verifyExport(forged).ok).toBe(true); // self-consistent: only a witness can tell
    const result = failedCheck(forged, { oldCheckpoint: kept });
    expect(result.failure?.what).toMatch(/first 30 entries do not produce the root the auditor's checkpoint signed/);
  });
});

describe('[HIPAA 164.312(c)(1)] structural tampering', () => {
  it('deleting an entry is detected', () => {
    const { today } = scene();
    const doc = copy(today);
    doc.entries.splice(17, 1);
    expect(failedCheck(doc).failure?.what).toBe('entry 17 says it is entry 18: entries were removed, inserted or reordered');
  });

  it('deleting an entry and renumbering is detected by the signed root', () => {
    const { today } = scene();
    const doc = copy(today);
    doc.entries.splice(17, 1);
    doc.entries.forEach((e, i) => (e.seq = i));
    expect(failedCheck(doc).failure?.what).toMatch(/checkpoint covers 50 entries, the export holds 49/);
  });

  it('reordering two entries is detected', () => {
    const { today } = scene();
    const doc = copy(today);
    const [a, b] = [doc.entries[8] as StoredEntry, doc.entries[9] as StoredEntry];
    doc.entries[8] = b;
    doc.entries[9] = a;
    expect(failedCheck(doc).failure?.where).toBe('entry 8');
    [a.seq, b.seq] = [b.seq, a.seq];
    expect(failedCheck(doc).failure?.what).toMatch(/do not produce the root/);
  });

  it('inserting an entry is detected', () => {
    const { today } = scene();
    const doc = copy(today);
    const extra = { ...copy(doc.entries[5] as StoredEntry), seq: 6 };
    doc.entries.splice(6, 0, extra);
    expect(failedCheck(doc).failure?.where).toBe('entry 7');
    doc.entries.forEach((e, i) => (e.seq = i));
    expect(failedCheck(doc).failure?.what).toMatch(/export holds 51 entries but its checkpoint covers only 50/);
  });

  it('truncating the tail is detected', () => {
    const { today } = scene();
    const doc = copy(today);
    doc.entries.splice(45);
    expect(failedCheck(doc).failure?.what).toMatch(/log is shorter than its checkpoint \(truncation\)/);
  });

  it('truncating the tail and re-signing with the stolen key is caught by the auditor’s checkpoint', () => {
    const { today, key, kept } = scene();
    const doc = copy(today);
    doc.entries.splice(25);
    const result = failedCheck(resign(doc, key.privateKey), { oldCheckpoint: kept });
    expect(result.failure?.what).toMatch(/^log is shorter than the auditor's checkpoint \(rollback or truncation\)/);
  });

  it('rolling back to an older copy is detected against a later checkpoint', () => {
    const { early, today, key } = scene();
    expect(verifyExport(early).ok).toBe(true); // the old copy is genuine, just old
    const later = checkpointFile(today.checkpoint, key.publicKeyRaw);
    const result = failedCheck(early, { oldCheckpoint: later });
    expect(result.failure?.what).toMatch(/^log is shorter than the auditor's checkpoint \(rollback or truncation\)/);
  });
});

describe('[HIPAA 164.312(c)(1)] keys and signatures', () => {
  it('swapping in a different device key is detected against the auditor’s checkpoint file', () => {
    const { today, kept } = scene();
    const forged = resign(copy(today), generateKeyPairSync('ed25519').privateKey);
    expect(verifyExport(forged).ok).toBe(true);
    expect(failedCheck(forged, { oldCheckpoint: kept }).failure?.what).toMatch(/^the device key was swapped/);
  });

  it('swapping the key is detected against a bare checkpoint too (its key id no longer matches)', () => {
    const { today, kept } = scene();
    const forged = resign(copy(today), generateKeyPairSync('ed25519').privateKey);
    expect(failedCheck(forged, { oldCheckpoint: kept.checkpoint }).failure?.what).toMatch(/signed by a different device key/);
  });

  it('replacing only the public key, or altering a signed field, breaks the signature', () => {
    const { today } = scene();
    const other = rawPublicKey(generateKeyPairSync('ed25519').publicKey).toString('hex');
    expect(failedCheck({ ...copy(today), devicePublicKey: other }).failure?.what).toMatch(/different device key/);
    const doc = copy(today);
    doc.checkpoint.time += 1;
    expect(failedCheck(doc).failure?.what).toMatch(/signature does not verify/);
  });

  it('an auditor’s checkpoint with a forged signature is refused', () => {
    const { today, kept } = scene();
    const bad = copy(kept);
    bad.checkpoint.signature = bad.checkpoint.signature.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect(failedCheck(today, { oldCheckpoint: bad }).failure?.what).toMatch(/signature does not verify/);
  });

  it('something that is not an export is refused in words', () => {
    expect(failedCheck({ format: 'something-else' }).failure?.what).toMatch(/not an Alcove audit export/);
  });
});
