// Settings → Copies of the audit checkpoints: the folders that keep a copy of every signed
// checkpoint outside the vault (the key folder always; a backup drive or synced folder the
// therapist adds). The folder is picked in the main process's own dialog; the page never names
// a path except to remove one it was shown.

import { create } from 'zustand';
import { call, type WireError } from '../api.js';
import { registerReset } from './reset.js';

interface WitnessFoldersState {
  busy: boolean;
  error: WireError | null;
  keyFolder: string | null;
  folders: string[];
  load: () => Promise<void>;
  add: () => Promise<void>;
  remove: (folder: string) => Promise<void>;
}

const empty = { busy: false, error: null, keyFolder: null, folders: [] };

export const useWitnessFolders = create<WitnessFoldersState>()((set) => ({
  ...empty,
  async load() {
    const result = await call('audit.witnessFolders', {});
    if (result.ok) set({ keyFolder: result.value.keyFolder, folders: result.value.folders, error: null });
    else set({ error: result.error });
  },
  async add() {
    set({ busy: true, error: null });
    const result = await call('audit.addWitnessFolder', {});
    if (result.ok) set({ busy: false, keyFolder: result.value.keyFolder, folders: result.value.folders });
    else set({ busy: false, error: result.error });
  },
  async remove(folder) {
    set({ busy: true, error: null });
    const result = await call('audit.removeWitnessFolder', { folder });
    if (result.ok) set({ busy: false, keyFolder: result.value.keyFolder, folders: result.value.folders });
    else set({ busy: false, error: result.error });
  },
}));

registerReset(() => useWitnessFolders.setState(empty));
