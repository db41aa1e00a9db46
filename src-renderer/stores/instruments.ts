// The measures' metadata (items, answers, severity bands), fetched once per session from the
// core: the renderer holds no copy of its own.

import { create } from 'zustand';
import { call, type WireError } from '../api.js';
import { readInstruments, type Instrument } from '../records/types.js';
import { registerReset } from './reset.js';

interface InstrumentState {
  instruments: Instrument[] | null;
  error: WireError | null;
  load: () => Promise<void>;
}

let loading: Promise<void> | null = null;

export const useInstruments = create<InstrumentState>()((set, get) => ({
  instruments: null,
  error: null,
  load() {
    if (get().instruments) return Promise.resolve();
    loading ??= call('measures.instruments', {}).then((r) => {
      loading = null;
      if (r.ok) set({ instruments: readInstruments(r.value), error: null });
      else set({ error: r.error });
    });
    return loading;
  },
}));

registerReset(() => {
  loading = null;
  useInstruments.setState({ instruments: null, error: null });
});
