// The result of verifying an audit log, in words a practice owner or an auditor can act on,
// and the checks that an export and the live log share: a checkpoint's signature, its root,
// and consistency with a checkpoint someone kept from earlier.

import { verifyConsistency, consistencyProof, type MemoryTree } from './merkle.js';
import { keyIdOf, verifyCheckpointSignature, type SignedCheckpoint } from './checkpoint.js';

export interface VerificationCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface VerificationResult {
  ok: boolean;
  checks: VerificationCheck[];
  /** The first thing that failed: what, and where in the log. */
  failure?: { what: string; where: string };
  /** True when at least one checkpoint kept outside the vault was checked (issue 12). */
  witnessed?: boolean;
  /** The outside checkpoints checked: witness files' lines, and a --checkpoint given. */
  witnesses?: { source: string; treeSize: number; signedAt: string }[];
}

export class Verification {
  private readonly checks: VerificationCheck[] = [];
  private failure: { what: string; where: string } | undefined;

  pass(name: string, detail: string): void {
    this.checks.push({ name, ok: true, detail });
  }

  fail(name: string, what: string, where: string): void {
    this.checks.push({ name, ok: false, detail: `${what} (${where})` });
    this.failure ??= { what, where };
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }

  result(): VerificationResult {
    return this.failure ? { ok: false, checks: this.checks, failure: this.failure } : { ok: true, checks: this.checks };
  }
}

const short = (hex: string): string => hex.slice(0, 16);

/**
 * What a passing verification rests on, exactly (issue 12): the log's own signatures only, or
 * that many checkpoints kept outside the vault. The app's audit screen and the CLI both say this.
 */
export function witnessSummary(result: Pick<VerificationResult, 'witnesses'>): string {
  const witnesses = result.witnesses ?? [];
  if (witnesses.length === 0) return 'Consistent with its own signatures';
  const newest = witnesses.reduce((a, b) => (b.signedAt > a.signedAt ? b : a));
  return `Consistent with ${witnesses.length} outside ${witnesses.length === 1 ? 'checkpoint' : 'checkpoints'}, the newest from ${newest.signedAt.slice(0, 10)}`;
}

export type Problem = { what: string; where: string } | null;

/** Why this checkpoint does not hold for this log (or null when it does): signature, length, root. */
export function checkpointProblem(tree: MemoryTree, cp: SignedCheckpoint, publicKeyRaw: Uint8Array, label: string): Problem {
  if (!verifyCheckpointSignature(cp, publicKeyRaw)) {
    const keyId = keyIdOf(publicKeyRaw);
    return {
      what:
        cp.keyId === keyId
          ? `the ${label}'s signature does not verify: its size, root or time was altered after signing`
          : `the ${label} was signed by a different device key (${short(cp.keyId)}…, expected ${short(keyId)}…)`,
      where: `${label} of ${cp.logSize} entries`,
    };
  }
  if (cp.logSize > tree.size) {
    return {
      what: `log is shorter than the ${label} (rollback or truncation): it holds ${tree.size} entries, the ${label} recorded ${cp.logSize}`,
      where: `entries ${tree.size} to ${cp.logSize - 1} are missing`,
    };
  }
  if (tree.root(cp.logSize).toString('hex') !== cp.rootHash) {
    return {
      what: `the first ${cp.logSize} entries do not produce the root the ${label} signed: an entry was edited, removed, inserted or reordered`,
      where: `somewhere in entries 0 to ${cp.logSize - 1}`,
    };
  }
  return null;
}

/** A checkpoint signed by this key, whose root is that of the log's first logSize entries. */
export function checkCheckpoint(v: Verification, name: string, tree: MemoryTree, cp: SignedCheckpoint, publicKeyRaw: Uint8Array, label: string): void {
  const problem = checkpointProblem(tree, cp, publicKeyRaw, label);
  if (problem) v.fail(name, problem.what, problem.where);
  else v.pass(name, `the ${label} (${cp.logSize} entries, signed by key ${short(cp.keyId)}…) matches the log`);
}

/**
 * The auditor's older checkpoint against today's log: same key, a valid signature, a log at
 * least as long, and an RFC 9162 consistency proof from its size to today's that verifies.
 */
export function checkOldCheckpoint(
  v: Verification,
  tree: MemoryTree,
  current: { logSize: number; rootHash: string },
  currentKeyRaw: Uint8Array,
  old: SignedCheckpoint,
  oldKeyRaw: Uint8Array | undefined,
): void {
  const name = "consistency with the auditor's checkpoint";
  const where = `auditor's checkpoint of ${old.logSize} entries`;
  if (oldKeyRaw && !Buffer.from(oldKeyRaw).equals(Buffer.from(currentKeyRaw))) {
    const what = `the device key was swapped: the auditor's checkpoint was signed by key ${short(keyIdOf(oldKeyRaw))}…, this log by ${short(keyIdOf(currentKeyRaw))}…`;
    v.fail(name, what, where);
    return;
  }
  const problem = checkpointProblem(tree, old, currentKeyRaw, "auditor's checkpoint");
  if (problem) {
    v.fail(name, problem.what, problem.where);
    return;
  }
  if (old.logSize > current.logSize) {
    const what = `log is shorter than the auditor's checkpoint (rollback or truncation): signed at ${current.logSize} entries, the auditor saw ${old.logSize}`;
    v.fail(name, what, where);
    return;
  }
  const proof = consistencyProof(tree, old.logSize, current.logSize);
  const oldRoot = Buffer.from(old.rootHash, 'hex');
  if (!verifyConsistency(old.logSize, current.logSize, oldRoot, Buffer.from(current.rootHash, 'hex'), proof)) {
    v.fail(name, `the log of ${current.logSize} entries does not extend the auditor's checkpoint`, where);
    return;
  }
  v.pass(name, `the log of ${current.logSize} entries extends the auditor's checkpoint of ${old.logSize} (consistency proof of ${proof.length} hashes verified)`);
}
