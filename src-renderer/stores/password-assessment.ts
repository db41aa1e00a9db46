// Live password strength from the core (vault.assessPassword), for the strength meter. The
// password itself is never kept here, only the verdict for the latest one typed.

import { create } from 'zustand';
import { call, type ApiOutput } from '../api.js';
import { registerReset } from './reset.js';

export type Assessment = ApiOutput<'vault.assessPassword'>;

interface AssessmentState {
  assessment: Assessment | null;
  assess: (password: string, displayName?: string) => Promise<void>;
  clear: () => void;
}

let latest = 0;

export const usePasswordAssessment = create<AssessmentState>()((set) => ({
  assessment: null,
  async assess(password, displayName) {
    const ticket = ++latest;
    if (!password) {
      set({ assessment: null });
      return;
    }
    const input = displayName ? { password, displayName } : { password };
    const result = await call('vault.assessPassword', input);
    // Answers can arrive out of order; only the newest question's answer counts.
    if (ticket === latest && result.ok) set({ assessment: result.value });
  },
  clear: () => {
    latest++;
    set({ assessment: null });
  },
}));

registerReset(() => usePasswordAssessment.getState().clear());
