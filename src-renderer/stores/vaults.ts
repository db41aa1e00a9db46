// The vault picker's list: which vaults exist on this computer.

import { create } from 'zustand';
import { call, type VaultSummary, type WireError } from '../api.js';
import { registerReset } from './reset.js';

interface VaultListState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  vaults: VaultSummary[];
  error: WireError | null;
  load: () => Promise<void>;
}

const empty = { status: 'idle' as const, vaults: [], error: null };

export const useVaultList = create<VaultListState>()((set) => ({
  ...empty,
  async load() {
    set({ status: 'loading', error: null });
    const result = await call('vault.list', {});
    if (result.ok) set({ status: 'ready', vaults: result.value });
    else set({ status: 'failed', error: result.error });
  },
}));

registerReset(() => useVaultList.setState(empty));
