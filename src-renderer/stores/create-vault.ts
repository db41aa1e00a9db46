// Creating a vault: the form's progress and, for one screen only, the recovery kit. The kit
// is dropped the moment the therapist confirms they saved it (and on any lock).

import { create } from 'zustand';
import { call, type RecoveryKit, type WireError } from '../api.js';
import { registerReset } from './reset.js';

interface CreateVaultState {
  busy: boolean;
  error: WireError | null;
  kit: RecoveryKit | null;
  createVault: (displayName: string, password: string) => Promise<void>;
  forgetKit: () => void;
}

const empty = { busy: false, error: null, kit: null };

export const useCreateVault = create<CreateVaultState>()((set) => ({
  ...empty,
  async createVault(displayName, password) {
    set({ busy: true, error: null });
    const result = await call('vault.create', { displayName, password });
    if (result.ok) set({ busy: false, kit: result.value });
    else set({ busy: false, error: result.error });
  },
  forgetKit: () => set(empty),
}));

registerReset(() => useCreateVault.setState(empty));
