// The workspace shell: which section is showing and, inside Clients, which record. Every move
// writes every pending draft first (flushAllDrafts), so leaving a note or a form never leaves
// its text behind.

import { create } from 'zustand';
import { flushAllDrafts } from '../lock/flushers.js';
import { registerReset } from './reset.js';

export const SECTIONS = ['clients', 'search', 'audit', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export type RecordView =
  | { name: 'client-list' }
  | { name: 'chart'; clientId: string }
  | { name: 'note'; clientId: string; noteId: string }
  | { name: 'measure'; clientId: string }
  | { name: 'plan'; clientId: string; planId: string }
  | { name: 'note-preview'; clientId: string; noteId: string };

interface WorkspaceState {
  section: Section;
  view: RecordView;
  /** Bumped to ask the search box to take focus (Ctrl/Cmd+K). */
  searchFocus: number;
  show: (section: Section) => void;
  open: (view: RecordView) => void;
  focusSearch: () => void;
}

const initial = { section: 'clients' as Section, view: { name: 'client-list' } as RecordView, searchFocus: 0 };

export const useWorkspace = create<WorkspaceState>()((set) => ({
  ...initial,
  show: (section) => {
    void flushAllDrafts();
    set((s) => (section === 'clients' && s.section === 'clients' ? { view: { name: 'client-list' } } : { section }));
  },
  open: (view) => {
    void flushAllDrafts();
    set({ section: 'clients', view });
  },
  focusSearch: () => {
    void flushAllDrafts();
    set((s) => ({ section: 'search', searchFocus: s.searchFocus + 1 }));
  },
}));

registerReset(() => useWorkspace.setState(initial));
