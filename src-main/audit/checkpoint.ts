// Signed checkpoints: "this device's audit log had N entries with root R at time T", signed
// with the device's Ed25519 key. Whoever keeps one (the relay, an auditor, an export) can later
// prove that the log still extends it. The signed bytes are a short text, so an auditor can
// check a signature with any Ed25519 tool:
//
//   alcove-audit-checkpoint/v1\n
//   key <keyId>\n
//   size <logSize>\n
//   root <rootHash, 64 lowercase hex>\n
//   time <milliseconds since the Unix epoch, UTC>\n
//
// keyId is the first 16 bytes of SHA-256(raw 32-byte public key), in hex: it names a key
// without trusting whoever quotes it, since a verifier recomputes it from the key.

import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

export {
  CHECKPOINT_FILE_FORMAT,
  CHECKPOINT_FILE_VERSION,
  KeyIdSchema,
  HashHexSchema,
  PublicKeyHexSchema,
  SignedCheckpointSchema,
  CheckpointFileSchema,
  type SignedCheckpoint,
  type Checkpoint,
  type CheckpointFile,
} from './checkpoint-schema.js';
import { CHECKPOINT_FILE_FORMAT, CHECKPOINT_FILE_VERSION, type Checkpoint, type CheckpointFile, type SignedCheckpoint } from './checkpoint-schema.js';

export function checkpointMessage(c: Checkpoint): Buffer {
  return Buffer.from(`alcove-audit-checkpoint/v1\nkey ${c.keyId}\nsize ${c.logSize}\nroot ${c.rootHash}\ntime ${c.time}\n`, 'ascii');
}

export function keyIdOf(publicKeyRaw: Uint8Array): string {
  return createHash('sha256').update(publicKeyRaw).digest().subarray(0, 16).toString('hex');
}

/** The raw 32-byte Ed25519 public key (RFC 8032), the form exports carry. */
export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new TypeError('not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new RangeError('an Ed25519 public key is 32 bytes');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

export function signCheckpoint(c: Checkpoint, privateKey: KeyObject): SignedCheckpoint {
  const signature = sign(null, checkpointMessage(c), privateKey).toString('hex');
  return { logSize: c.logSize, rootHash: c.rootHash, time: c.time, keyId: c.keyId, signature };
}

/** Both the signature and the key id must match this public key. */
export function verifyCheckpointSignature(c: SignedCheckpoint, publicKeyRaw: Uint8Array): boolean {
  if (publicKeyRaw.length !== 32 || c.keyId !== keyIdOf(publicKeyRaw)) return false;
  try {
    return verify(null, checkpointMessage(c), publicKeyFromRaw(publicKeyRaw), Buffer.from(c.signature, 'hex'));
  } catch {
    return false;
  }
}

export function checkpointFile(checkpoint: SignedCheckpoint, publicKeyRaw: Uint8Array): CheckpointFile {
  return {
    format: CHECKPOINT_FILE_FORMAT,
    version: CHECKPOINT_FILE_VERSION,
    checkpoint,
    devicePublicKey: Buffer.from(publicKeyRaw).toString('hex'),
  };
}
