// The lock and session part of the API contract: activity reports, the draft-flush
// handshake, the lock timeout setting, where the user was (ids only, never content), and
// clipboard copies. None of these carries PHI.

import { z } from 'zod';
import { MAX_TIMEOUT_MINUTES, MIN_TIMEOUT_MINUTES } from '../lock/policy.js';
import { id } from '../records/schemas.js';
import { spec } from './spec.js';

const lockSettings = z.strictObject({
  timeoutMinutes: z.number().int().min(MIN_TIMEOUT_MINUTES).max(MAX_TIMEOUT_MINUTES),
  useSystemIdle: z.boolean(),
  /** The practice policy's cap, when one is set. */
  policyCapMinutes: z.number().nullable(),
  /** What the lock actually uses: the setting, within the cap. */
  effectiveMinutes: z.number(),
});

export const place = z.strictObject({
  view: z.string().regex(/^[a-z][a-z-]{0,39}$/),
  clientId: id.optional(),
  noteId: id.optional(),
  planId: id.optional(),
  section: z.string().regex(/^[a-z]{1,20}$/).optional(),
  cursor: z.number().int().min(0).max(1_000_000).optional(),
});
export type Place = z.infer<typeof place>;

export const SESSION_CONTRACT = {
  'lock.activity': spec(z.strictObject({}), z.null(), false),
  'lock.flushed': spec(z.strictObject({ requestId: id }), z.null(), false),
  'lock.getSettings': spec(z.strictObject({}), lockSettings, true),
  'lock.setSettings': spec(
    z.strictObject({ timeoutMinutes: z.number().int().min(MIN_TIMEOUT_MINUTES).max(MAX_TIMEOUT_MINUTES), useSystemIdle: z.boolean() }),
    lockSettings,
    true,
    'settings.update',
  ),
  'session.rememberPlace': spec(z.strictObject({ place }), z.null(), true),
  'session.lastPlace': spec(z.strictObject({}), place.nullable(), true),
  'clipboard.copied': spec(z.strictObject({}), z.null(), true),
  /**
   * An uncaught error in a window, as its kind, its code (an Error's class name, or an Alcove
   * error code) and the component it came from. Never its message or stack: those can hold
   * PHI (a client's name in a failed render), and no scrubber can know every name (issue 12).
   */
  'diagnostics.reportError': spec(
    z.strictObject({
      kind: z.enum(['error', 'unhandledrejection', 'render']),
      code: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,47}$/),
      component: z.string().regex(/^[A-Z][A-Za-z0-9]{0,63}$|^window$/),
    }),
    z.null(),
    false,
  ),
};
