// The shapes of a signed checkpoint and of the checkpoint file an auditor keeps. Zod only, no
// Node modules: the API contract (and so the renderer's types) refers to them.

import { z } from 'zod';

export const CHECKPOINT_FILE_FORMAT = 'alcove-audit-checkpoint';
export const CHECKPOINT_FILE_VERSION = 1;

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `${bytes * 2} lowercase hex digits`);

export const KeyIdSchema = hex(16);
export const HashHexSchema = hex(32);
export const PublicKeyHexSchema = hex(32);

export const SignedCheckpointSchema = z.strictObject({
  logSize: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  rootHash: HashHexSchema,
  time: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  keyId: KeyIdSchema,
  signature: hex(64),
});

export type SignedCheckpoint = z.infer<typeof SignedCheckpointSchema>;
export type Checkpoint = Omit<SignedCheckpoint, 'signature'>;

/** A checkpoint as a small file an auditor keeps, with the key it was signed by. */
export const CheckpointFileSchema = z.strictObject({
  format: z.literal(CHECKPOINT_FILE_FORMAT),
  version: z.literal(CHECKPOINT_FILE_VERSION),
  checkpoint: SignedCheckpointSchema,
  devicePublicKey: PublicKeyHexSchema,
});

export type CheckpointFile = z.infer<typeof CheckpointFileSchema>;
