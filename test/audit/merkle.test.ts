// The audit log's Merkle hashing must agree with RFC 6962 byte for byte, or an auditor's own
// Certificate Transparency tools could not check Alcove's proofs.

import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_ROOT,
  MemoryTree,
  consistencyProof,
  inclusionProof,
  leafHash,
  nodeHash,
  splitPoint,
  verifyConsistency,
  verifyInclusion,
} from '../../src-main/audit/merkle.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const unhex = (s: string): Buffer => Buffer.from(s, 'hex');

// The Certificate Transparency reference data (certificate-transparency-go, merkle tests).
const CT_ENTRIES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(unhex);
const CT_ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
// [leaf index (from 0), tree size, proof]
const CT_INCLUSION: [number, number, string[]][] = [
  [0, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [5, 8, ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [1, 5, ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];
// [old size, new size, proof]
const CT_CONSISTENCY: [number, number, string[]][] = [
  [1, 1, []],
  [1, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [6, 8, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 5, ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];

/** The RFC's definitions, transcribed literally and recursively: the reference to test against. */
function refMth(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  if (leaves.length === 1) return leaves[0] as Buffer;
  const k = splitPoint(leaves.length);
  return nodeHash(refMth(leaves.slice(0, k)), refMth(leaves.slice(k)));
}
function refPath(m: number, leaves: readonly Buffer[]): Buffer[] {
  if (leaves.length === 1) return [];
  const k = splitPoint(leaves.length);
  return m < k
    ? [...refPath(m, leaves.slice(0, k)), refMth(leaves.slice(k))]
    : [...refPath(m - k, leaves.slice(k)), refMth(leaves.slice(0, k))];
}
function refSubproof(m: number, leaves: readonly Buffer[], b: boolean): Buffer[] {
  const n = leaves.length;
  if (m === n) return b ? [] : [refMth(leaves)];
  const k = splitPoint(n);
  return m <= k
    ? [...refSubproof(m, leaves.slice(0, k), b), refMth(leaves.slice(k))]
    : [...refSubproof(m - k, leaves.slice(k), false), refMth(leaves.slice(0, k))];
}

function leavesOf(n: number, salt = 0): Buffer[] {
  return Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`entry ${salt}/${i}`)));
}

function treeOf(leaves: readonly Buffer[]): MemoryTree {
  return new MemoryTree(Buffer.concat(leaves));
}

describe('RFC 6962 known vectors', () => {
  const leaves = CT_ENTRIES.map((e) => leafHash(e));
  const tree = treeOf(leaves);

  it('the empty tree hashes to SHA-256 of nothing', () => {
    expect(hex(EMPTY_ROOT)).toBe(CT_ROOTS[0]);
    expect(hex(new MemoryTree(Buffer.alloc(0)).root())).toBe(CT_ROOTS[0]);
  });

  it('matches the published root of every size 1..8', () => {
    for (let n = 1; n <= 8; n++) expect(hex(tree.root(n)), `size ${n}`).toBe(CT_ROOTS[n]);
  });

  it('produces and accepts the published inclusion proofs', () => {
    for (const [index, size, want] of CT_INCLUSION) {
      const proof = inclusionProof(tree, index, size);
      expect(proof.map(hex), `leaf ${index} of ${size}`).toEqual(want);
      expect(verifyInclusion(leaves[index] as Buffer, index, size, proof, unhex(CT_ROOTS[size] as string))).toBe(true);
    }
  });

  it('produces and accepts the published consistency proofs', () => {
    for (const [m, n, want] of CT_CONSISTENCY) {
      const proof = consistencyProof(tree, m, n);
      expect(proof.map(hex), `${m} -> ${n}`).toEqual(want);
      expect(verifyConsistency(m, n, unhex(CT_ROOTS[m] as string), unhex(CT_ROOTS[n] as string), proof)).toBe(true);
    }
  });
});

describe('proofs for every pair of sizes up to 64, against the recursive definition', () => {
  const all = leavesOf(64);

  it('every root, inclusion proof and consistency proof equals the reference and verifies', () => {
    for (let n = 1; n <= 64; n++) {
      const leaves = all.slice(0, n);
      const tree = treeOf(leaves);
      const root = refMth(leaves);
      expect(hex(tree.root())).toBe(hex(root));
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(tree, i, n);
        expect(proof.map(hex)).toEqual(refPath(i, leaves).map(hex));
        expect(verifyInclusion(leaves[i] as Buffer, i, n, proof, root)).toBe(true);
        // The same proof must not vouch for a neighbour, another position or another size.
        expect(verifyInclusion(leaves[(i + 1) % n] as Buffer, i, n, proof, root)).toBe(n === 1);
        if (n > 1) expect(verifyInclusion(leaves[i] as Buffer, (i + 1) % n, n, proof, root)).toBe(false);
      }
      for (let m = 1; m <= n; m++) {
        const proof = consistencyProof(tree, m, n);
        const oldRoot = refMth(leaves.slice(0, m));
        expect(proof.map(hex)).toEqual(m === n ? [] : refSubproof(m, leaves, true).map(hex));
        expect(verifyConsistency(m, n, oldRoot, root, proof), `${m} -> ${n}`).toBe(true);
      }
    }
  });
});

describe('proof verification refuses what it must', () => {
  const leaves = leavesOf(13);
  const tree = treeOf(leaves);
  const root = tree.root();

  it('an inclusion proof with a flipped bit, a missing or an extra hash fails', () => {
    const proof = inclusionProof(tree, 6, 13);
    const flipped = proof.map((p, i) => (i === 1 ? Buffer.from(p.map((b, j) => (j === 0 ? b ^ 1 : b))) : p));
    expect(verifyInclusion(leaves[6] as Buffer, 6, 13, flipped, root)).toBe(false);
    expect(verifyInclusion(leaves[6] as Buffer, 6, 13, proof.slice(1), root)).toBe(false);
    expect(verifyInclusion(leaves[6] as Buffer, 6, 13, [...proof, EMPTY_ROOT], root)).toBe(false);
    expect(verifyInclusion(leaves[6] as Buffer, 13, 13, proof, root)).toBe(false);
  });

  it('a consistency proof fails against a different old root, a larger old size or a trimmed proof', () => {
    const oldRoot = tree.root(5);
    const proof = consistencyProof(tree, 5, 13);
    expect(verifyConsistency(5, 13, tree.root(4), root, proof)).toBe(false);
    expect(verifyConsistency(5, 13, oldRoot, tree.root(12), proof)).toBe(false);
    expect(verifyConsistency(5, 13, oldRoot, root, proof.slice(0, -1))).toBe(false);
    expect(verifyConsistency(14, 13, oldRoot, root, proof)).toBe(false);
    expect(verifyConsistency(5, 13, oldRoot, root, [])).toBe(false);
    expect(verifyConsistency(13, 13, root, root, [])).toBe(true);
    expect(verifyConsistency(0, 13, EMPTY_ROOT, root, [])).toBe(true);
  });
});

describe('property: random trees and random sizes', () => {
  it('inclusion proofs verify for any leaf of any size', () => {
    const all = leavesOf(1500, 1);
    const tree = treeOf(all);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1500 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }))), ([n, i]) => {
        const proof = inclusionProof(tree, i, n);
        expect(proof.length).toBeLessThanOrEqual(Math.ceil(Math.log2(n)));
        return verifyInclusion(all[i] as Buffer, i, n, proof, refMth(all.slice(0, n)));
      }),
      { numRuns: 200 },
    );
  });

  it('consistency proofs verify for any m ≤ n, and fail once an early leaf changes', () => {
    const all = leavesOf(1500, 2);
    const tree = treeOf(all);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1500 }).chain((n) => fc.tuple(fc.integer({ min: 1, max: n }), fc.constant(n))),
        ([m, n]) => {
          const proof = consistencyProof(tree, m, n);
          const oldRoot = tree.root(m);
          const newRoot = tree.root(n);
          expect(verifyConsistency(m, n, oldRoot, newRoot, proof)).toBe(true);
          // A log that rewrote any of the first m entries cannot prove itself consistent.
          const rewritten = treeOf([leafHash(Buffer.from('forged')), ...all.slice(1, n)]);
          if (m === n) return;
          expect(verifyConsistency(m, n, oldRoot, rewritten.root(n), consistencyProof(rewritten, m, n))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
