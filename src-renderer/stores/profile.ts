// The practitioner profile as the screens need it: who will sign (the sign dialog), whether
// a signature is possible yet (the workspace's first-run prompt), and the settings form's
// save. The core checks everything; this only carries its answers.

import { create } from 'zustand';
import { call, type ApiInput, type ApiOutput, type WireError } from '../api.js';
import { registerReset } from './reset.js';

export type Profile = ApiOutput<'profile.get'>;
export type ProfileFields = ApiInput<'profile.update'>;

interface ProfileState {
  profile: Profile | null;
  busy: boolean;
  error: WireError | null;
  saved: boolean;
  load: () => Promise<void>;
  save: (fields: ProfileFields) => Promise<boolean>;
  dismiss: () => void;
}

const empty = { profile: null, busy: false, error: null, saved: false };

export const useProfile = create<ProfileState>()((set) => ({
  ...empty,
  async load() {
    const r = await call('profile.get', {});
    if (r.ok) set({ profile: r.value });
    else set({ error: r.error });
  },
  async save(fields) {
    set({ busy: true, error: null, saved: false });
    const r = await call('profile.update', fields);
    if (r.ok) set({ busy: false, profile: r.value, saved: true });
    else set({ busy: false, error: r.error });
    return r.ok;
  },
  dismiss: () => set({ error: null, saved: false }),
}));

/** A name and credentials are set: signing can go ahead. Unknown (not loaded yet) is not ready. */
export const selectReadyToSign = (s: ProfileState): boolean => Boolean(s.profile?.complete);

registerReset(() => useProfile.setState(empty));
