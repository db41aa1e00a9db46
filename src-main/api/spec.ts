// One entry of the API contract: input and output schemas, whether the vault must be
// unlocked, and the audit action the dispatcher writes for every call.

import type { z } from 'zod';
import type { AuditAction } from '../audit/actions.js';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  needsUnlocked: boolean;
  /**
   * The audit action written for every call of a method that reads or changes PHI (the
   * dispatcher writes it, so no handler can forget); null for methods that touch none.
   */
  audit: AuditAction | null;
}

export const spec = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, needsUnlocked: boolean, audit: AuditAction | null = null): MethodSpec<I, O> => ({
  input,
  output,
  needsUnlocked,
  audit,
});
