// Which screen is showing, and the one vault it is about. Nothing else lives here.

import { create } from 'zustand';
import type { OpenVault, VaultSummary } from '../api.js';
import { registerReset } from './reset.js';

export type Screen =
  | { name: 'picker' }
  | { name: 'create' }
  | { name: 'unlock'; vault: Pick<VaultSummary, 'vaultId' | 'displayName'>; mode: 'password' | 'recovery' }
  | { name: 'locked'; vault: Pick<VaultSummary, 'vaultId' | 'displayName'> | null; reason: string }
  | { name: 'workspace'; vault: OpenVault };

interface NavigationState {
  screen: Screen;
  go: (screen: Screen) => void;
}

const initial: Screen = { name: 'picker' };

export const useNavigation = create<NavigationState>()((set) => ({
  screen: initial,
  go: (screen) => set({ screen }),
}));

registerReset(() => useNavigation.setState({ screen: initial }));
