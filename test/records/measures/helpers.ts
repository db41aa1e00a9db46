// Shared assertions for the measures tests.

import { expect } from 'vitest';
import { AlcoveError } from '../../../src-main/errors.js';

/** The call throws AlcoveError('VALIDATION_FAILED') with exactly this message. */
export function expectValidationError(fn: () => unknown, message: string | RegExp): void {
  let thrown: unknown;
  try {
    fn();
  } catch (err) {
    thrown = err;
  }
  expect(thrown).toBeInstanceOf(AlcoveError);
  const err = thrown as AlcoveError;
  expect(err.code).toBe('VALIDATION_FAILED');
  if (typeof message === 'string') expect(err.message).toBe(message);
  else expect(err.message).toMatch(message);
}
