// The one draft model for everything a clinician types into a form: a treatment plan being
// revised, a contact note, an amendment, a new client, a measure's answers in progress. A form
// keeps its typed state in useDraft() instead of useState(): the value is saved to the vault
// (drafts.save) a moment after the last keystroke, on every flush before a lock (the hook
// registers a flusher for as long as the form is on screen) and when the form goes; it is
// loaded back (drafts.get) when the form opens again, after an unlock or a restart. Submitting
// or cancelling the form calls discard(). Note sections have their own store (note-draft.ts),
// which registers the same kind of flusher. Nothing is kept in the renderer's own storage.

import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api.js';
import { createFormDraft, draftKindOf, type DraftKey, type DraftStore, type FormDraft } from './form-draft.js';

export { DRAFT_SAVE_DELAY_MS, draftKindOf, type DraftKey, type DraftKind } from './form-draft.js';

export const apiDraftStore: DraftStore = {
  async get(key) {
    const r = await call('drafts.get', { key });
    return r.ok ? r.value : null;
  },
  async save(key, clientId, body) {
    const r = await call('drafts.save', { key, kind: draftKindOf(key), ...(clientId ? { clientId } : {}), body: body as Record<string, never> });
    return r.ok;
  },
  async discard(key) {
    await call('drafts.discard', { key });
  },
};

export interface DraftState<T extends object> {
  value: T;
  set: (next: T | ((prev: T) => T)) => void;
  /** The form was submitted or cancelled: forget the saved draft (and start again from `reset`). */
  discard: (reset?: T) => Promise<void>;
  /** Save now (a Save button, before submitting). */
  flush: () => Promise<void>;
  /** True once a saved draft came back from the vault (the form shows it unsaved). */
  restored: boolean;
}

/**
 * A form's typed state, saved as a draft for as long as the form is on screen. `initial` is
 * the form's blank (or the record being edited); a saved draft, when there is one, replaces it
 * as soon as it loads unless the clinician has already typed.
 */
export function useDraft<T extends object>(key: DraftKey, initial: T | (() => T), clientId?: string): DraftState<T> {
  const [value, setValue] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  const draft = useRef<FormDraft<T> | null>(null);
  const edited = useRef(false);

  useEffect(() => {
    const start = typeof initial === 'function' ? initial() : initial;
    const d = createFormDraft<T>(key, start, { store: apiDraftStore, ...(clientId ? { clientId } : {}) });
    draft.current = d;
    edited.current = false;
    setValue(start);
    setRestored(false);
    let live = true;
    void apiDraftStore.get(key).then((body) => {
      if (!live || edited.current || !body || typeof body !== 'object') return;
      const back = { ...start, ...(body as T) };
      d.settle(back);
      setValue(back);
      setRestored(true);
    });
    return () => {
      live = false;
      // Kept after disposal, so a form's own cleanup can still discard() once it submitted.
      d.dispose();
    };
    // The draft belongs to its key; `initial` is read when the key changes.
  }, [key, clientId]);

  const set = useCallback((next: T | ((prev: T) => T)) => {
    edited.current = true;
    const d = draft.current;
    const apply = (prev: T) => (typeof next === 'function' ? next(prev) : next);
    if (!d) return setValue(apply);
    const computed = apply(d.value());
    d.set(computed);
    setValue(computed);
  }, []);

  const discard = useCallback(async (reset?: T) => {
    const d = draft.current;
    if (reset !== undefined) {
      d?.settle(reset);
      setValue(reset);
      edited.current = false;
    }
    setRestored(false);
    await d?.discard();
  }, []);

  const flush = useCallback(async () => {
    await draft.current?.flush();
  }, []);

  return { value, set, discard, flush, restored };
}

/** Whether a form has a saved draft waiting (a closed form opens again to show it). */
export function useDraftWaiting(key: DraftKey | null): boolean {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    setWaiting(false);
    if (!key) return;
    let live = true;
    void apiDraftStore.get(key).then((body) => {
      if (live) setWaiting(body !== null && typeof body === 'object');
    });
    return () => {
      live = false;
    };
  }, [key]);
  return waiting;
}
