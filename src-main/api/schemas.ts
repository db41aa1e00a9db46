// Shared field schemas for the contract. Every string has a length limit and every object is
// strict, so a hostile payload is refused at the door rather than deep in a handler.

import { z } from 'zod';
import { ERROR_CODES } from '../errors.js';
import { VaultIdSchema } from './ids.js';

export const vaultId = VaultIdSchema;
export const password = z.string().min(1).max(1024);
export const displayName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'no control characters');
export const secretKeyText = z.string().min(20).max(80);
export const recoveryCodeText = z.string().min(20).max(80);
export const empty = z.strictObject({});

export const vaultStatus = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('locked') }),
  z.strictObject({ state: z.literal('unlocked'), vaultId, displayName: z.string() }),
]);

export const wireError = z.strictObject({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.strictObject({ attemptsLeft: z.number().optional(), secondsLeft: z.number().optional() }).optional(),
});
