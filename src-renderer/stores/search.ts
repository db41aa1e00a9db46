// Global search: what was typed, the filters, and the ranked hits. Searching as you type
// (prefix matching on the last word); answers arriving out of order are dropped. The core
// ranks a window of the newest matches; "search older records" widens it.

import { create } from 'zustand';
import { call, type WireError } from '../api.js';
import type { RecordType, SearchHit } from '../records/types.js';
import { registerReset } from './reset.js';

export const SEARCH_DELAY_MS = 200;
const MAX_WINDOW = 1_000_000;

export interface SearchFilters {
  clientId: string;
  recordTypes: RecordType[];
  from: string;
  to: string;
}

interface SearchState {
  query: string;
  filters: SearchFilters;
  hits: SearchHit[];
  window: number | null;
  complete: boolean;
  searched: string | null;
  loading: boolean;
  error: WireError | null;
  setQuery: (query: string) => void;
  setFilters: (patch: Partial<SearchFilters>) => void;
  run: (window?: number) => Promise<void>;
  searchOlder: () => Promise<void>;
}

const empty = {
  query: '',
  filters: { clientId: '', recordTypes: [], from: '', to: '' } as SearchFilters,
  hits: [],
  window: null,
  complete: true,
  searched: null,
  loading: false,
  error: null,
};

let ticket = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

export const useSearch = create<SearchState>()((set, get) => {
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void get().run();
    }, SEARCH_DELAY_MS);
  };
  return {
    ...empty,
    setQuery(query) {
      set({ query });
      later();
    },
    setFilters(patch) {
      set((s) => ({ filters: { ...s.filters, ...patch } }));
      later();
    },
    async run(window) {
      const mine = ++ticket;
      const { query, filters } = get();
      if (!query.trim()) {
        set({ hits: [], searched: null, complete: true, window: null, loading: false, error: null });
        return;
      }
      set({ loading: true, error: null });
      const r = await call('search.query', {
        query,
        prefix: true,
        limit: 50,
        ...(window ? { window } : {}),
        ...(filters.clientId ? { clientId: filters.clientId } : {}),
        ...(filters.recordTypes.length ? { recordTypes: filters.recordTypes } : {}),
        ...(filters.from ? { from: filters.from } : {}),
        ...(filters.to ? { to: filters.to } : {}),
      });
      if (mine !== ticket) return;
      if (r.ok) set({ hits: r.value.hits, window: r.value.window, complete: r.value.complete, searched: query, loading: false });
      else set({ error: r.error, loading: false, hits: [], searched: query });
    },
    async searchOlder() {
      const current = get().window ?? 1000;
      await get().run(Math.min(MAX_WINDOW, current * 10));
    },
  };
});

registerReset(() => {
  ticket++;
  if (timer) clearTimeout(timer);
  timer = null;
  useSearch.setState(empty);
});
