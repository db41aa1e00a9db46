// The events main pushes to the renderer, each with a strict schema like a method's input:
// main validates a payload before it is sent (sendAppEvent), and the renderer's typed
// subscription (window.alcove.onEvent) is inferred from this table. None carries PHI: a
// lock reason, a countdown, a request id.

import { z } from 'zod';
import type { EventName } from './methods.js';

export const EVENTS = {
  /** The vault locked; why (timeout, manual, screen-lock, crash, …). */
  'vault.locked': z.strictObject({ reason: z.string().regex(/^[a-z][a-z-]{0,31}$/) }),
  /** The inactivity lock is coming in secondsLeft seconds; null: the warning is withdrawn. */
  'lock.warning': z.strictObject({ secondsLeft: z.number().int().min(0).max(24 * 60 * 60).nullable() }),
  /** Save what is typed now, then answer lock.flushed with this id. */
  'lock.flush': z.strictObject({ requestId: z.uuid() }),
} satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof EVENTS)[E]>;
