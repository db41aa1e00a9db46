// Settings → Recovery code: the outcome of making a new one. The password stays in the form,
// never here; the new code stays only until the therapist says they kept it, leaves Settings
// or the vault locks.

import { create } from 'zustand';
import { call, type WireError } from '../api.js';
import { registerReset } from './reset.js';

interface RecoveryCodeState {
  busy: boolean;
  error: WireError | null;
  /** The code that replaced the old one, shown once. */
  recoveryCode: string | null;
  replace: (input: { vaultId: string; password: string }) => Promise<boolean>;
  dismiss: () => void;
}

const empty = { busy: false, error: null, recoveryCode: null };

export const useRecoveryCode = create<RecoveryCodeState>()((set) => ({
  ...empty,
  async replace(input) {
    set({ busy: true, error: null, recoveryCode: null });
    const result = await call('vault.newRecoveryCode', input);
    if (result.ok) set({ busy: false, recoveryCode: result.value.recoveryCode });
    else set({ busy: false, error: result.error });
    return result.ok;
  },
  dismiss: () => set(empty),
}));

registerReset(() => useRecoveryCode.setState(empty));
