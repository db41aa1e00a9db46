// Settings: the change-password form's outcome. Passwords stay in the form, never here.

import { create } from 'zustand';
import { call, type WireError } from '../api.js';
import { registerReset } from './reset.js';

interface SettingsState {
  busy: boolean;
  error: WireError | null;
  passwordChanged: boolean;
  changePassword(input: { vaultId: string; oldPassword: string; newPassword: string }): Promise<boolean>;
  dismiss(): void;
}

const empty = { busy: false, error: null, passwordChanged: false };

export const useSettings = create<SettingsState>()((set) => ({
  ...empty,
  async changePassword(input) {
    set({ busy: true, error: null, passwordChanged: false });
    const result = await call('vault.changePassword', input);
    if (result.ok) set({ busy: false, passwordChanged: true });
    else set({ busy: false, error: result.error });
    return result.ok;
  },
  dismiss: () => set(empty),
}));

registerReset(() => useSettings.setState(empty));
