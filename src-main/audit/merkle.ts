// Merkle tree hashing for the audit log, exactly as RFC 6962 / RFC 9162 §2.1 with SHA-256, so
// an auditor can check Alcove's proofs with any Certificate Transparency library. The
// algorithms read hashes through a SubtreeSource, so the same code serves the vault's node
// table (O(log n) lookups) and an export being verified in memory.

import { createHash, hash } from 'node:crypto';

export const HASH_SIZE = 32;

// One-shot hashing over a prefixed copy: a million-entry verify does two million of these,
// and crypto.hash skips the Hash object that createHash builds for each.
const nodeInput = Buffer.alloc(1 + 2 * HASH_SIZE);

/** MTH({}) = SHA-256 of the empty string. */
export const EMPTY_ROOT: Buffer = createHash('sha256').digest();

/** leaf = SHA-256(0x00 ‖ entry): the prefix keeps a leaf from ever passing for a node. */
export function leafHash(entry: Uint8Array): Buffer {
  const input = Buffer.allocUnsafe(1 + entry.length);
  input[0] = 0x00;
  input.set(entry, 1);
  return hash('sha256', input, 'buffer');
}

// Digests as strings, written into place: under Node 20 a Buffer digest (a new backing
// store each) costs several times the hash itself, and a million-entry verify makes two million.
// 'binary' (latin1) maps each byte to one code unit and back, so the bytes are exact; hex too.

/**
 * The leaf hash, as lowercase hex, of an entry already encoded after a 0x00 byte (input[0]): a
 * verifier that encodes a million entries into one scratch buffer hashes each without a copy,
 * and compares the hex with the recorded hash read as hex.
 */
export function leafHashHexOfPrefixed(input: Uint8Array): string {
  if (input[0] !== 0x00) throw new RangeError('a leaf hash input starts with the 0x00 prefix');
  return hash('sha256', input, 'hex');
}

/** node = SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== HASH_SIZE || right.length !== HASH_SIZE) throw new RangeError('a Merkle node joins two 32-byte hashes');
  nodeInput[0] = 0x01;
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + HASH_SIZE);
  return hash('sha256', nodeInput, 'buffer');
}

export function isPowerOfTwo(n: number): boolean {
  if (n < 1 || !Number.isInteger(n)) return false;
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}

/** The largest power of two strictly less than n (n ≥ 2): where RFC 6962 splits a tree. */
export function splitPoint(n: number): number {
  if (n < 2) throw new RangeError('a tree of fewer than two leaves has no split');
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** log2 of a power of two, by counting (exact for any safe integer, unlike Math.log2). */
function levelOf(size: number): number {
  let level = 0;
  for (let s = size; s > 1; s /= 2) level++;
  return level;
}

/** Where hashes come from. Levels count up from the leaves (level 0). */
export interface SubtreeSource {
  /** The hash of the complete subtree of 2^level leaves that starts at leaf index × 2^level. */
  perfect(level: number, index: number): Buffer;
}

/**
 * MTH(D[start:end]). Aligned power-of-two ranges are one lookup; any other range is split as
 * the RFC does, so a range that ends at the tree's right edge costs O(log n) lookups.
 */
export function rangeHash(src: SubtreeSource, start: number, end: number): Buffer {
  const size = end - start;
  if (size < 0 || !Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0) {
    throw new RangeError(`bad leaf range [${start}, ${end})`);
  }
  if (size === 0) return EMPTY_ROOT;
  if (isPowerOfTwo(size) && start % size === 0) return src.perfect(levelOf(size), start / size);
  const k = splitPoint(size);
  return nodeHash(rangeHash(src, start, start + k), rangeHash(src, start + k, end));
}

/** The root of the tree of the first `size` leaves. */
export function treeHash(src: SubtreeSource, size: number): Buffer {
  return rangeHash(src, 0, size);
}

function checkSizes(index: number, size: number): void {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) {
    throw new RangeError(`leaf ${index} is not in a tree of ${size} leaves`);
  }
}

/**
 * The audit path for leaf `index` in the tree of `size` leaves (RFC 9162 §2.1.3.1), nearest
 * sibling first. Walked top-down and reversed; only the first right-edge sibling is an
 * incomplete subtree, so the whole proof costs O(log n) lookups.
 */
export function inclusionProof(src: SubtreeSource, index: number, size: number): Buffer[] {
  checkSizes(index, size);
  const path: Buffer[] = [];
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index < start + k) {
      path.push(rangeHash(src, start + k, end));
      end = start + k;
    } else {
      path.push(rangeHash(src, start, start + k));
      start += k;
    }
  }
  return path.reverse();
}

const isOdd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

/** RFC 9162 §2.1.3.2: does `proof` lead from this leaf hash to `root` in a tree of `size`? */
export function verifyInclusion(leaf: Uint8Array, index: number, size: number, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r: Uint8Array = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && Buffer.from(r).equals(root);
}

/**
 * The consistency proof that the tree of `oldSize` leaves is a prefix of the tree of
 * `newSize` (RFC 9162 §2.1.4.1, SUBPROOF with b = true). Empty when the sizes are equal or
 * the old tree is empty: there is nothing to prove.
 */
export function consistencyProof(src: SubtreeSource, oldSize: number, newSize: number): Buffer[] {
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 0 || oldSize > newSize) {
    throw new RangeError(`no consistency proof from ${oldSize} to ${newSize} leaves`);
  }
  if (oldSize === 0 || oldSize === newSize) return [];
  const path: Buffer[] = [];
  let start = 0;
  let end = newSize;
  let m = oldSize;
  let wholeOldTree = true; // RFC's b: the old tree's own root is known to the verifier
  for (;;) {
    const size = end - start;
    if (m === size) {
      if (!wholeOldTree) path.push(rangeHash(src, start, end));
      break;
    }
    const k = splitPoint(size);
    if (m <= k) {
      path.push(rangeHash(src, start + k, end));
      end = start + k;
    } else {
      path.push(rangeHash(src, start, start + k));
      start += k;
      m -= k;
      wholeOldTree = false;
    }
  }
  return path.reverse();
}

/** RFC 9162 §2.1.4.2: does `proof` show the old tree (oldSize, oldRoot) is a prefix of the new one? */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 0 || oldSize > newSize) return false;
  if (oldSize === newSize) return proof.length === 0 && Buffer.from(oldRoot).equals(newRoot);
  if (oldSize === 0) return proof.length === 0; // the empty log is a prefix of every log
  if (proof.length === 0) return false;
  const path: readonly Uint8Array[] = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : proof;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  const first = path[0];
  if (!first) return false;
  let fr: Uint8Array = first;
  let sr: Uint8Array = first;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && Buffer.from(fr).equals(oldRoot) && Buffer.from(sr).equals(newRoot);
}

/**
 * Every complete subtree of a list of leaf hashes, one contiguous buffer per level: the
 * in-memory SubtreeSource used to verify an export (2 × 32 bytes per leaf in all).
 */
export class MemoryTree implements SubtreeSource {
  private readonly levels: Buffer[];
  readonly size: number;

  constructor(leaves: Buffer) {
    if (leaves.length % HASH_SIZE !== 0) throw new RangeError('leaf hashes must be 32 bytes each');
    this.size = leaves.length / HASH_SIZE;
    this.levels = [leaves];
    let below = leaves;
    while (below.length >= 2 * HASH_SIZE) {
      const count = Math.floor(below.length / (2 * HASH_SIZE));
      const level = Buffer.allocUnsafe(count * HASH_SIZE);
      // A pair of siblings is 64 adjacent bytes: one copy into the node input, the digest written in place.
      nodeInput[0] = 0x01;
      for (let i = 0; i < count; i++) {
        nodeInput.set(below.subarray(2 * i * HASH_SIZE, (2 * i + 2) * HASH_SIZE), 1);
        level.write(hash('sha256', nodeInput, 'binary'), i * HASH_SIZE, 'binary');
      }
      this.levels.push(level);
      below = level;
    }
  }

  perfect(level: number, index: number): Buffer {
    const hashes = this.levels[level];
    if (!hashes || (index + 1) * HASH_SIZE > hashes.length || index < 0) {
      throw new RangeError(`no complete subtree at level ${level}, index ${index}`);
    }
    return hashes.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
  }

  /** Whether `stored` is the hash of that complete subtree (false if there is no such subtree). */
  matches(level: number, index: number, stored: Uint8Array): boolean {
    const hashes = this.levels[level];
    if (!hashes || !Number.isSafeInteger(index) || index < 0 || (index + 1) * HASH_SIZE > hashes.length || stored.length !== HASH_SIZE) return false;
    return hashes.compare(stored, 0, HASH_SIZE, index * HASH_SIZE, (index + 1) * HASH_SIZE) === 0;
  }

  root(size: number = this.size): Buffer {
    return treeHash(this, size);
  }
}
