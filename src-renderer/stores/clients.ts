// The client list: the name typed so far, the status filter, and the answer for them. Answers
// can arrive out of order while typing; only the newest question's answer is kept.

import { create } from 'zustand';
import { call, type WireError } from '../api.js';
import type { ClientSummary } from '../records/types.js';
import { registerReset } from './reset.js';

export type StatusFilter = 'active' | 'discharged' | 'all';

interface ClientListState {
  query: string;
  status: StatusFilter;
  clients: ClientSummary[];
  /** Whether the vault holds any client at all (the first-day empty state). */
  anyClients: boolean | null;
  loading: boolean;
  error: WireError | null;
  setQuery: (query: string) => void;
  setStatus: (status: StatusFilter) => void;
  load: () => Promise<void>;
}

const empty = { query: '', status: 'active' as StatusFilter, clients: [], anyClients: null, loading: false, error: null };
let ticket = 0;

export const useClientList = create<ClientListState>()((set, get) => ({
  ...empty,
  setQuery(query) {
    set({ query });
    void get().load();
  },
  setStatus(status) {
    set({ status });
    void get().load();
  },
  async load() {
    const mine = ++ticket;
    const { query, status } = get();
    set({ loading: true });
    const trimmed = query.trim();
    const result = await call('clients.list', { status, ...(trimmed ? { nameStartsWith: trimmed } : {}) });
    if (mine !== ticket) return;
    if (!result.ok) {
      set({ loading: false, error: result.error });
      return;
    }
    let anyClients = get().anyClients;
    if (result.value.length > 0) anyClients = true;
    else if (!trimmed || anyClients === null) {
      const all = await call('clients.list', { status: 'all' });
      anyClients = all.ok ? all.value.length > 0 : anyClients;
    }
    if (mine === ticket) set({ loading: false, error: null, clients: result.value, anyClients });
  },
}));

registerReset(() => {
  ticket++;
  useClientList.setState(empty);
});
