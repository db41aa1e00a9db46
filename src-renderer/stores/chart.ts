// The open client's chart: one read (clients.chart) and the actions taken from its header —
// discharge, re-admit, resolve a risk flag — each followed by a fresh read.

import { create } from 'zustand';
import { call, type WireError } from '../api.js';
import type { ClientChart } from '../records/types.js';
import { registerReset } from './reset.js';

interface ChartState {
  chart: ClientChart | null;
  loading: boolean;
  error: WireError | null;
  actionError: WireError | null;
  load: (clientId: string) => Promise<void>;
  discharge: (reason: string) => Promise<boolean>;
  readmit: (reason: string) => Promise<boolean>;
  resolveFlag: (flagId: string, note: string) => Promise<boolean>;
}

const empty = { chart: null, loading: false, error: null, actionError: null };
let ticket = 0;

export const useChart = create<ChartState>()((set, get) => {
  const act = async (run: () => ReturnType<typeof call<'clients.discharge'>> | ReturnType<typeof call<'clients.resolveFlag'>>) => {
    const clientId = get().chart?.client.clientId;
    if (!clientId) return false;
    set({ actionError: null });
    const result = await run();
    if (!result.ok) {
      set({ actionError: result.error });
      return false;
    }
    await get().load(clientId);
    return true;
  };
  return {
    ...empty,
    async load(clientId) {
      const mine = ++ticket;
      if (get().chart?.client.clientId !== clientId) set({ chart: null });
      set({ loading: true, error: null });
      const result = await call('clients.chart', { clientId });
      if (mine !== ticket) return;
      if (result.ok) set({ chart: result.value, loading: false });
      else set({ error: result.error, loading: false });
    },
    discharge: (reason) => act(() => call('clients.discharge', { clientId: get().chart?.client.clientId ?? '', ...(reason ? { reason } : {}) })),
    readmit: (reason) => act(() => call('clients.readmit', { clientId: get().chart?.client.clientId ?? '', ...(reason ? { reason } : {}) })),
    resolveFlag: (flagId, note) => act(() => call('clients.resolveFlag', { flagId, note })),
  };
});

registerReset(() => {
  ticket++;
  useChart.setState(empty);
});
