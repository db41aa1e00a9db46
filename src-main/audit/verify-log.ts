// Verify the live log inside an open vault from scratch: re-encode every entry and compare it
// with its stored leaf hash, rebuild every stored subtree hash, and check each kept checkpoint
// (signature and root). This catches damage and edits made outside the app; a rewrite that
// also re-signed checkpoints is caught only against a checkpoint held elsewhere (oldCheckpoint).

import type Database from 'better-sqlite3-multiple-ciphers';
import { HASH_SIZE, MemoryTree } from './merkle.js';
import { recomputeLeaves } from './stored-leaves.js';
import { devicePublicKeys, listCheckpoints, logSize } from './store.js';
import { Verification, checkOldCheckpoint, checkpointProblem, type VerificationResult } from './verification.js';
import type { OldCheckpoint } from './export.js';
import { checkWitnesses, type WitnessReport, type WitnessSource } from './witness.js';

export function verifyStoredLog(db: Database.Database, options: { oldCheckpoint?: OldCheckpoint; witnesses?: readonly WitnessSource[] } = {}): VerificationResult {
  const v = new Verification();
  const size = logSize(db);
  const { leaves, bad } = recomputeLeaves(db, size);
  if (bad) v.fail('entries', bad.what, bad.where);
  else v.pass('entries', `all ${size} entries are well formed and match their recorded hashes`);

  const tree = new MemoryTree(leaves);
  checkStoredNodes(v, db, tree);

  // Every kept checkpoint must still hold: one summary line, or the first that does not.
  const keys = devicePublicKeys(db);
  const checkpoints = listCheckpoints(db);
  let checkpointFailed = false;
  for (const cp of checkpoints) {
    const key = keys.get(cp.keyId);
    const label = `checkpoint of ${cp.logSize} entries`;
    const problem = key
      ? checkpointProblem(tree, cp, key, label)
      : { what: `a checkpoint was signed by a key this vault does not hold (${cp.keyId.slice(0, 16)}…)`, where: label };
    if (problem) {
      v.fail('checkpoints', problem.what, problem.where);
      checkpointFailed = true;
      break;
    }
  }
  if (!checkpointFailed) {
    v.pass('checkpoints', checkpoints.length ? `all ${checkpoints.length} kept checkpoints are signed by this vault's key and match the log` : 'no checkpoint has been signed yet');
  }

  const witnesses: WitnessReport[] = [];
  if (options.oldCheckpoint) {
    const old = options.oldCheckpoint;
    const [oldCp, oldKey] = 'format' in old ? [old.checkpoint, Buffer.from(old.devicePublicKey, 'hex')] : [old, undefined];
    // The key that signed it, if this vault knows it (keys move: issue 12), else the oldest.
    const vaultKey = keys.get(oldCp.keyId) ?? keys.values().next().value;
    if (!vaultKey) v.fail("consistency with the auditor's checkpoint", 'this vault holds no device signing key', 'audit_device_keys');
    else {
      const before = v.failed;
      checkOldCheckpoint(v, tree, { logSize: size, rootHash: tree.root().toString('hex') }, vaultKey, oldCp, oldKey);
      if (!before && !v.failed) witnesses.push({ source: 'checkpoint', treeSize: oldCp.logSize, signedAt: new Date(oldCp.time).toISOString() });
    }
  }
  // Checked beside the loop above, never inside it: each is one consistency proof.
  witnesses.push(...checkWitnesses(v, tree, options.witnesses ?? []));
  return { ...v.result(), witnessed: witnesses.length > 0, witnesses };
}

/** Every stored subtree hash equals the one rebuilt from the entries, and none is missing. */
function checkStoredNodes(v: Verification, db: Database.Database, tree: MemoryTree): void {
  let counted = 0;
  // Rows as arrays, not objects, and the hash as hex (cheaper to hand over than a Buffer): a million of them.
  const nodes = db.prepare<[], [number, number, string]>('SELECT level, idx, hex(hash) FROM audit_nodes ORDER BY level, idx').raw();
  const stored = Buffer.alloc(HASH_SIZE);
  for (const [level, idx, hex] of nodes.iterate()) {
    counted += 1;
    const fits = level >= 1 && (idx + 1) * 2 ** level <= tree.size;
    const read = hex.length === 2 * HASH_SIZE && stored.write(hex, 'hex') === HASH_SIZE;
    if (!fits || !read || !tree.matches(level, idx, stored)) {
      v.fail('subtree hashes', 'a stored subtree hash does not match the entries beneath it', `level ${level}, index ${idx}`);
      return;
    }
  }
  let expected = 0;
  for (let width = 2; width <= tree.size; width *= 2) expected += Math.floor(tree.size / width);
  if (counted !== expected) {
    v.fail('subtree hashes', `${expected - counted} stored subtree hashes are missing`, 'audit_nodes');
    return;
  }
  v.pass('subtree hashes', `all ${counted} stored subtree hashes match the entries`);
}
