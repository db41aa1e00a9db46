// A form's draft outside React: its value, a save a moment after the last edit, a flusher in
// the registry from creation until dispose() (so a lock can never miss it), and discard() for
// a form submitted or cancelled. useDraft() (drafts.ts) wraps it for the screens; it has no
// dependency on the API so it is tested under Node.

import { registerFlusher } from './flushers.js';

/** A form's key: the kind, then the record it belongs to (the core checks the shape). */
export type DraftKey =
  | `plan:${string}`
  | `contact:${string}`
  | `amendment:${string}`
  | `measure:${string}`
  | 'client:new'
  | `discharge:${string}`
  | `flag:${string}`
  | `disclosure:${string}`
  | 'profile:self';
export type DraftKind = 'plan' | 'contact' | 'amendment' | 'measure' | 'client' | 'discharge' | 'flag' | 'disclosure' | 'profile';

/** Saved this long after the last edit (and at once on a flush). */
export const DRAFT_SAVE_DELAY_MS = 1_000;

export function draftKindOf(key: DraftKey): DraftKind {
  return key.slice(0, key.indexOf(':')) as DraftKind;
}

/** How a draft reaches the vault; the API by default, a fake in tests. */
export interface DraftStore {
  get(key: DraftKey): Promise<unknown>;
  save(key: DraftKey, clientId: string | undefined, body: object): Promise<boolean>;
  discard(key: DraftKey): Promise<void>;
}

export interface FormDraft<T extends object> {
  readonly key: DraftKey;
  value(): T;
  /** The form changed: keep the value and save it soon. */
  set(value: T): void;
  /** Take a value as already saved (loaded from the vault, or just submitted). */
  settle(value: T): void;
  /** Save now if anything is unsaved; resolves once it is written (or failed). */
  flush(): Promise<void>;
  /** The form was submitted or cancelled: forget the saved draft. */
  discard(): Promise<void>;
  /** The form went: stop flushing it, saving what is still unsaved first. */
  dispose(): void;
}

/**
 * A form's draft, outside React (useDraft wraps it). It is in the flusher registry from the
 * moment it is made until dispose(), so a lock can never miss it.
 */
export function createFormDraft<T extends object>(
  key: DraftKey,
  initial: T,
  options: { store: DraftStore; clientId?: string; delayMs?: number },
): FormDraft<T> {
  const { store } = options;
  const delay = options.delayMs ?? DRAFT_SAVE_DELAY_MS;
  let value = initial;
  let saved = JSON.stringify(initial);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  let discarding = false;

  const clearTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  const flush = async (): Promise<void> => {
    clearTimer();
    // One save at a time; an edit made during a save is written right after it.
    const previous = inFlight;
    const run = previous.then(async () => {
      if (discarding) return;
      const body = JSON.stringify(value);
      if (body === saved) return;
      if (await store.save(key, options.clientId, value)) saved = body;
    });
    inFlight = run.catch(() => undefined);
    await inFlight;
  };

  const unregister = registerFlusher(flush);

  return {
    key,
    value: () => value,
    set(next) {
      value = next;
      discarding = false;
      clearTimer();
      timer = setTimeout(() => void flush(), delay);
    },
    settle(next) {
      value = next;
      saved = JSON.stringify(next);
      clearTimer();
    },
    flush,
    async discard() {
      clearTimer();
      discarding = true;
      saved = JSON.stringify(value);
      await inFlight;
      await store.discard(key).catch(() => undefined);
    },
    dispose() {
      unregister();
      if (JSON.stringify(value) !== saved) void flush();
      clearTimer();
    },
  };
}

