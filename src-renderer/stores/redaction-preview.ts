// The export preview's state: the text under review, the spans the core found and the
// clinician's changes to them, and the text as it will leave (from redaction.apply, the same
// code an export uses). One preview at a time; wiped with every other store when the vault locks.

import { create } from 'zustand';
import { call, type WireError } from '../api.js';
import {
  addByHand,
  fromPreview,
  keep as keepSpan,
  leaving,
  manualChanges,
  occurrences,
  removeAdded as removeAddedSpan,
  undoKeep as undoKeepSpan,
  CATEGORY_INFO,
  type Category,
  type ManualChange,
  type Redaction,
} from '../components/redaction/model.js';
import { registerReset } from './reset.js';

export type PreviewView = 'original' | 'leaving';
export type ReplacementStyle = 'tags' | 'surrogates';

/** What the preview hands to whoever asked for it (the export): the text that leaves, the
 * spans replaced in it, and every manual change with its reason. */
export interface PreviewResult {
  text: string;
  spans: { start: number; end: number; category: Category }[];
  changes: ManualChange[];
  style: ReplacementStyle;
}

/** A range picked in the document with the mouse (offsets into the original text). */
export interface Picked {
  start: number;
  end: number;
}

interface RedactionPreviewState {
  text: string;
  clientId: string | null;
  spans: Redaction[];
  loading: boolean;
  loadError: WireError | null;
  view: PreviewView;
  style: ReplacementStyle;
  applied: string | null;
  applyError: WireError | null;
  selectedId: string | null;
  picked: Picked | null;
  /** The last thing that changed, in a sentence (announced politely). */
  message: string;
  serial: number;
  load: (text: string, clientId?: string) => Promise<void>;
  select: (id: string | null) => void;
  pick: (range: Picked | null) => void;
  keep: (id: string, reason: string) => void;
  undoKeep: (id: string) => void;
  removeAdded: (id: string) => void;
  /** Add by hand: the picked range, or every occurrence of `find`. Returns an error sentence or null. */
  add: (target: { range: Picked } | { find: string }, category: Category, reason: string) => string | null;
  setView: (view: PreviewView) => void;
  setStyle: (style: ReplacementStyle) => void;
  refreshApplied: () => Promise<void>;
  /** Apply the settled spans now and return what an export would write. */
  settle: () => Promise<PreviewResult | null>;
}

const initial = {
  text: '',
  clientId: null,
  spans: [] as Redaction[],
  loading: false,
  loadError: null,
  view: 'original' as PreviewView,
  style: 'tags' as ReplacementStyle,
  applied: null,
  applyError: null,
  selectedId: null,
  picked: null,
  message: '',
  serial: 0,
};

let applyTicket = 0;

function quote(text: string, s: { start: number; end: number }): string {
  const t = text.slice(s.start, s.end);
  return t.length > 40 ? `${t.slice(0, 37)}…` : t;
}

export const useRedactionPreview = create<RedactionPreviewState>()((set, get) => {
  // Any change to the spans makes the applied text stale; it is fetched again when shown.
  const changed = (spans: Redaction[], message: string, extra: Partial<RedactionPreviewState> = {}) => {
    set({ spans, message, applied: null, applyError: null, ...extra });
    if (get().view === 'leaving') void get().refreshApplied();
  };

  return {
    ...initial,
    load: async (text, clientId) => {
      applyTicket++;
      set({ ...initial, text, clientId: clientId ?? null, loading: true });
      const r = await call('redaction.preview', clientId ? { text, clientId } : { text });
      if (get().text !== text) return; // another preview started meanwhile
      if (!r.ok) return set({ loading: false, loadError: r.error });
      set({ loading: false, spans: fromPreview(r.value.spans) });
    },
    select: (id) => set({ selectedId: id }),
    pick: (range) => set({ picked: range }),
    keep: (id, reason) => {
      const { spans, text } = get();
      const s = spans.find((x) => x.id === id);
      if (!s) return;
      changed(keepSpan(spans, id, reason), `Kept “${quote(text, s)}”; it will leave as written.`);
    },
    undoKeep: (id) => {
      const { spans, text } = get();
      const s = spans.find((x) => x.id === id);
      if (!s) return;
      changed(undoKeepSpan(spans, id), `“${quote(text, s)}” will be redacted again as ${CATEGORY_INFO[s.category].label}.`);
    },
    removeAdded: (id) => {
      const { spans } = get();
      const s = spans.find((x) => x.id === id);
      if (!s?.added) return;
      changed(removeAddedSpan(spans, id), `Removed the ${CATEGORY_INFO[s.category].label} redaction you added.`, { selectedId: null });
    },
    add: (target, category, reason) => {
      const { text } = get();
      let { spans, serial } = get();
      const ranges = 'range' in target ? [target.range] : occurrences(text, target.find);
      if (ranges.length === 0) return 'find' in target ? `“${target.find.trim()}” does not occur in this text.` : 'Select some text first.';
      let added = 0;
      let merged = 0;
      let refusal = '';
      let lastId: string | null = null;
      for (const r of ranges) {
        const id = `h${++serial}`;
        const out = addByHand(spans, r.start, r.end, category, reason, id);
        if (out.ok) {
          spans = out.spans;
          added++;
          merged += out.merged;
          lastId = id;
        } else refusal ||= out.message;
      }
      if (added === 0) return refusal;
      const label = CATEGORY_INFO[category].label;
      const parts = [`Redacted ${added === 1 ? 'one place' : `${added} places`} as ${label}.`];
      if (merged) parts.push(`Merged with ${merged === 1 ? 'a redaction' : `${merged} redactions`} it overlapped.`);
      if (added < ranges.length) parts.push(`${ranges.length - added} left as they were: ${refusal}`);
      set({ serial, picked: null });
      changed(spans, parts.join(' '), { selectedId: lastId });
      return null;
    },
    setView: (view) => {
      set({ view });
      if (view === 'leaving' && get().applied === null) void get().refreshApplied();
    },
    setStyle: (style) => {
      set({ style, applied: null });
      if (get().view === 'leaving') void get().refreshApplied();
    },
    refreshApplied: async () => {
      const ticket = ++applyTicket;
      const { text, spans, style } = get();
      const r = await call('redaction.apply', { text, spans: leaving(spans), style });
      if (ticket !== applyTicket) return;
      if (!r.ok) return set({ applyError: r.error, applied: null });
      set({ applied: r.value.text, applyError: null });
    },
    settle: async () => {
      const { text, spans, style } = get();
      const kept = leaving(spans);
      const r = await call('redaction.apply', { text, spans: kept, style });
      if (!r.ok) {
        set({ applyError: r.error });
        return null;
      }
      return { text: r.value.text, spans: kept, changes: manualChanges(text, spans), style };
    },
  };
});

registerReset(() => {
  applyTicket++;
  useRedactionPreview.setState(initial);
});
