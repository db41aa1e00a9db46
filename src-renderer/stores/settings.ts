// Settings: the change-password form's outcome. Passwords stay in the form, never here; a
// new recovery code (after the data key was replaced) stays only until the form is left.

import { create } from 'zustand';
import { call, type WireError } from '../api.js';
import { registerReset } from './reset.js';

interface SettingsState {
  busy: boolean;
  error: WireError | null;
  passwordChanged: boolean;
  /** After a change that replaced the data key: the new recovery code, shown once. */
  newRecoveryCode: string | null;
  changePassword: (input: { vaultId: string; oldPassword: string; newPassword: string; rotateDataKey?: boolean }) => Promise<boolean>;
  dismiss: () => void;
}

const empty = { busy: false, error: null, passwordChanged: false, newRecoveryCode: null };

export const useSettings = create<SettingsState>()((set) => ({
  ...empty,
  async changePassword(input) {
    set({ busy: true, error: null, passwordChanged: false, newRecoveryCode: null });
    const result = await call('vault.changePassword', input);
    if (result.ok) set({ busy: false, passwordChanged: true, newRecoveryCode: result.value?.recoveryCode ?? null });
    else set({ busy: false, error: result.error });
    return result.ok;
  },
  dismiss: () => set(empty),
}));

registerReset(() => useSettings.setState(empty));
