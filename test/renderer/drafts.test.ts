// The draft model under Node (createFormDraft is plain code; useDraft in drafts.ts only
// wraps it in an effect): every form's draft is in the flusher registry from creation to disposal, a flush
// before a lock saves every registered editor's unsaved value, and a disposed form is gone.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFormDraft, draftKindOf, type DraftKey, type DraftStore } from '../../src-renderer/lock/form-draft.js';
import { flushAllDrafts, registerFlusher, registeredFlusherCount } from '../../src-renderer/lock/flushers.js';

const CLIENT = '3f2b8c1e-5d4a-4b6f-9e2d-1a2b3c4d5e6f';

function fakeStore() {
  const saved = new Map<string, string>();
  const calls: string[] = [];
  const store: DraftStore = {
    async get(key) {
      const body = saved.get(key);
      return body ? JSON.parse(body) : null;
    },
    async save(key, _clientId, body) {
      calls.push(`save ${key}`);
      await Promise.resolve();
      saved.set(key, JSON.stringify(body));
      return true;
    },
    async discard(key) {
      calls.push(`discard ${key}`);
      saved.delete(key);
    },
  };
  return { store, saved, calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('form drafts and the flusher registry', () => {
  it('registers every editor for its lifetime and flushes each one before a lock', async () => {
    const { store, saved } = fakeStore();
    const before = registeredFlusherCount();
    const contact = createFormDraft(`contact:${CLIENT}`, { text: '' }, { store, clientId: CLIENT });
    const plan = createFormDraft(`plan:${CLIENT}`, { notes: '' }, { store });
    const fresh = createFormDraft('client:new', { legalName: '' }, { store });
    expect(registeredFlusherCount()).toBe(before + 3);

    contact.set({ text: 'Called about sleep' });
    plan.set({ notes: 'Review in four weeks' });
    // Nothing waits for the debounce: a lock flushes every registered editor at once.
    await flushAllDrafts();
    expect(saved.get(`contact:${CLIENT}`)).toBe('{"text":"Called about sleep"}');
    expect(saved.get(`plan:${CLIENT}`)).toBe('{"notes":"Review in four weeks"}');
    // An editor with nothing typed writes nothing.
    expect(saved.has('client:new')).toBe(false);

    for (const d of [contact, plan, fresh]) d.dispose();
    expect(registeredFlusherCount()).toBe(before);
  });

  it('unregisters on dispose, saving what was still unsaved as it goes', async () => {
    const { store, saved, calls } = fakeStore();
    const before = registeredFlusherCount();
    const amendment = createFormDraft(`amendment:${CLIENT}`, { text: '' }, { store });
    amendment.set({ text: 'Correction: 50 minutes' });
    amendment.dispose();
    expect(registeredFlusherCount()).toBe(before);
    await vi.waitFor(() => expect(saved.get(`amendment:${CLIENT}`)).toBe('{"text":"Correction: 50 minutes"}'));
    // Gone from the registry: a later lock does not call it again.
    await flushAllDrafts();
    expect(calls).toEqual([`save amendment:${CLIENT}`]);
  });

  it('saves a moment after the last edit, one save for a burst of typing', async () => {
    vi.useFakeTimers();
    const { store, calls } = fakeStore();
    const d = createFormDraft(`measure:${CLIENT}`, { answers: [] as number[] }, { store, delayMs: 1_000 });
    for (let i = 1; i <= 5; i++) {
      d.set({ answers: Array.from({ length: i }, () => 1) });
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toEqual([`save measure:${CLIENT}`]);
    d.dispose();
  });

  it('discard forgets the saved draft after any save in flight, and nothing saves it again', async () => {
    const { store, saved, calls } = fakeStore();
    const d = createFormDraft(`contact:${CLIENT}`, { text: '' }, { store });
    d.set({ text: 'typed' });
    const flushing = d.flush();
    const discarding = d.discard();
    await Promise.all([flushing, discarding]);
    // Whether the save got out first or not, the discard comes last and nothing is left.
    expect(calls.at(-1)).toBe(`discard contact:${CLIENT}`);
    expect(saved.has(`contact:${CLIENT}`)).toBe(false);
    const made = calls.length;
    d.dispose();
    await flushAllDrafts();
    expect(calls.length).toBe(made);
  });

  it('a failing editor does not stop the others from saving', async () => {
    const { store, saved } = fakeStore();
    const stop = registerFlusher(async () => {
      throw new Error('disk full');
    });
    const d = createFormDraft(`contact:${CLIENT}`, { text: '' }, { store });
    d.set({ text: 'kept' });
    await flushAllDrafts();
    expect(saved.get(`contact:${CLIENT}`)).toBe('{"text":"kept"}');
    stop();
    d.dispose();
  });

  it('names the kind from the key', () => {
    const keys: DraftKey[] = [`plan:${CLIENT}`, `contact:${CLIENT}`, `amendment:${CLIENT}`, `measure:${CLIENT}`, 'client:new', `discharge:${CLIENT}`, `flag:${CLIENT}`, `disclosure:${CLIENT}`, 'profile:self'];
    expect(keys.map(draftKindOf)).toEqual(['plan', 'contact', 'amendment', 'measure', 'client', 'discharge', 'flag', 'disclosure', 'profile']);
  });
});
