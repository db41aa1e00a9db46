// The unlock screen: its last error, whether the secret key must be typed, and when a
// lockout ends (as a wall-clock time, so the countdown survives re-renders).

import { create } from 'zustand';
import { call, type OpenVault, type WireError } from '../api.js';
import { registerReset } from './reset.js';

interface UnlockState {
  busy: boolean;
  error: WireError | null;
  needSecretKey: boolean;
  lockedUntil: number | null;
  unlock: (input: { vaultId: string; password: string; secretKey?: string }) => Promise<OpenVault | null>;
  recover: (input: { vaultId: string; recoveryCode: string; newPassword: string; secretKey?: string }) => Promise<OpenVault | null>;
  askForSecretKey: () => void;
  clearError: () => void;
}

const empty = { busy: false, error: null, needSecretKey: false, lockedUntil: null };

export const useUnlock = create<UnlockState>()((set) => {
  const settle = (result: Awaited<ReturnType<typeof call<'vault.unlock'>>>): OpenVault | null => {
    if (result.ok) {
      set(empty);
      return result.value.state === 'unlocked' ? { vaultId: result.value.vaultId, displayName: result.value.displayName } : null;
    }
    const { error } = result;
    set((s) => ({
      busy: false,
      error,
      needSecretKey: s.needSecretKey || error.code === 'SECRET_KEY_MISSING' || error.code === 'SECRET_KEY_INVALID',
      lockedUntil: error.code === 'LOCKED_OUT' ? Date.now() + (error.details?.secondsLeft ?? 60) * 1000 : null,
    }));
    return null;
  };
  return {
    ...empty,
    async unlock(input) {
      set({ busy: true, error: null });
      return settle(await call('vault.unlock', input));
    },
    async recover(input) {
      set({ busy: true, error: null });
      return settle(await call('vault.recover', input));
    },
    askForSecretKey: () => set({ needSecretKey: true }),
    clearError: () => set({ error: null, lockedUntil: null }),
  };
});

/** Forget everything about the last attempt (leaving a vault's unlock screen). */
export function resetUnlock(): void {
  useUnlock.setState(empty);
}

registerReset(resetUnlock);
