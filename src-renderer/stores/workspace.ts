// The workspace shell: which section is showing. Records arrive with later issues; each
// section's own store will register its reset the same way.

import { create } from 'zustand';
import { registerReset } from './reset.js';

export const SECTIONS = ['clients', 'search', 'audit', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

interface WorkspaceState {
  section: Section;
  show(section: Section): void;
}

export const useWorkspace = create<WorkspaceState>()((set) => ({
  section: 'clients',
  show: (section) => set({ section }),
}));

registerReset(() => useWorkspace.setState({ section: 'clients' }));
