// The note being written. The typed text lives here, not in the editor, so leaving the screen
// never drops it: every edit schedules a save (debounced), and flushDrafts() writes whatever is
// pending at once — before navigation, before lock, before the window closes. Saves run one
// at a time; an edit made during a save is saved right after it.

import { create } from 'zustand';
import { call, type WireError } from '../api.js';
import type { Modality, Note, Sections } from '../records/types.js';
import { registerFlusher } from '../lock/flushers.js';
import { registerReset } from './reset.js';
import { placeOf } from '../lock/place.js';
import { useWorkspace } from './workspace.js';

export const AUTOSAVE_DELAY_MS = 800;

export interface NoteMetaEdit {
  sessionDate: string;
  durationMinutes: string;
  modality: Modality | '';
  serviceCode: string;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'failed'; error: WireError };

interface NoteDraftState {
  note: Note | null;
  sections: Sections;
  meta: NoteMetaEdit;
  save: SaveState;
  loadError: WireError | null;
  busy: boolean;
  actionError: WireError | null;
  /** False when another note still holds unsaved text (its save failed). */
  open: (noteId: string) => Promise<boolean>;
  edit: (section: string, text: string) => void;
  editMeta: (patch: Partial<NoteMetaEdit>) => void;
  sign: () => Promise<boolean>;
  amend: (text: string) => Promise<boolean>;
  close: () => Promise<void>;
}

function metaOf(note: Note): NoteMetaEdit {
  return {
    sessionDate: note.sessionDate,
    durationMinutes: note.durationMinutes === null ? '' : String(note.durationMinutes),
    modality: (note.modality as Modality | null) ?? '',
    serviceCode: note.serviceCode ?? '',
  };
}

const empty = {
  note: null,
  sections: {},
  meta: { sessionDate: '', durationMinutes: '', modality: '' as const, serviceCode: '' },
  save: { kind: 'idle' } as SaveState,
  loadError: null,
  busy: false,
  actionError: null,
};

// Edits are counted; a save records which count it wrote, so the store knows whether
// anything typed since is still unsaved.
let edits = 0;
let savedEdits = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<void> | null = null;

export const useNoteDraft = create<NoteDraftState>()((set, get) => ({
  ...empty,

  async open(noteId) {
    await flushDrafts();
    const held = get().note;
    // The note already open stays as it is: emptying and reloading it would drop a key typed
    // in between (after an unlock, restoring the place opens the same note a second time).
    if (held && held.noteId === noteId) return true;
    // A save failed and the text is only here: another note waits until this one is saved.
    if (held && hasUnsavedDraft()) return false;
    set({ ...empty });
    edits = savedEdits = 0;
    const result = await call('notes.get', { noteId });
    if (result.ok) set({ note: result.value, sections: { ...result.value.sections }, meta: metaOf(result.value) });
    else set({ loadError: result.error });
    return true;
  },

  edit(section, text) {
    const { note } = get();
    if (!note || note.status !== 'draft') return;
    set((s) => ({ sections: { ...s.sections, [section]: text }, save: { kind: 'pending' } }));
    touched();
  },

  editMeta(patch) {
    const { note } = get();
    if (!note || note.status !== 'draft') return;
    set((s) => ({ meta: { ...s.meta, ...patch }, save: { kind: 'pending' } }));
    touched();
  },

  // One round trip (issue 13): the final text, the session details and the place go with the
  // signature, which saves them in its own transaction and answers with the signed note. No
  // autosave first: a save already running is waited for, a pending one is folded in.
  async sign() {
    const { note } = get();
    if (!note) return false;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (inFlight) await inFlight;
    set({ busy: true, actionError: null });
    const writing = edits;
    const { sections, meta } = get();
    const result = await call('notes.sign', { noteId: note.noteId, sections, ...metaForSave(meta), place: placeOf(useWorkspace.getState().view) });
    if (useNoteDraft.getState().note?.noteId !== note.noteId) return false;
    if (!result.ok) {
      set({ busy: false, actionError: result.error });
      // Nothing was saved by the refused signature: the text is still only here, and the
      // autosave (and the flush at lock) writes it as before.
      if (edits !== savedEdits) touched(false);
      return false;
    }
    savedEdits = writing;
    set({ busy: false, note: result.value.note, sections: result.value.note.sections, save: { kind: 'saved', at: result.value.signedAt } });
    return true;
  },

  async amend(text) {
    const { note } = get();
    if (!note) return false;
    set({ busy: true, actionError: null });
    const result = await call('notes.amend', { noteId: note.noteId, text });
    if (!result.ok) {
      set({ busy: false, actionError: result.error });
      return false;
    }
    // The amended note comes back with the amendment: one round trip.
    set({ busy: false, note: result.value.note });
    return true;
  },

  async close() {
    await flushDrafts();
  },
}));

/** Schedule the autosave; `edited` counts a new edit (false: retry what is unsaved). */
function touched(edited = true): void {
  if (edited) edits++;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void flushDrafts();
  }, AUTOSAVE_DELAY_MS);
}

function metaForSave(meta: NoteMetaEdit): { sessionDate?: string; durationMinutes?: number; modality?: Modality; serviceCode?: string } {
  const minutes = Number(meta.durationMinutes);
  return {
    ...(/^\d{4}-\d{2}-\d{2}$/.test(meta.sessionDate) ? { sessionDate: meta.sessionDate } : {}),
    ...(meta.durationMinutes.trim() && Number.isInteger(minutes) && minutes > 0 ? { durationMinutes: minutes } : {}),
    ...(meta.modality ? { modality: meta.modality } : {}),
    ...(meta.serviceCode.trim() ? { serviceCode: meta.serviceCode.trim() } : {}),
  };
}

async function saveOnce(): Promise<void> {
  const { note, sections, meta } = useNoteDraft.getState();
  if (!note || note.status !== 'draft' || edits === savedEdits) return;
  const writing = edits;
  useNoteDraft.setState({ save: { kind: 'saving' } });
  const result = await call('notes.saveDraft', { noteId: note.noteId, sections, ...metaForSave(meta) });
  // The store may have moved on to another note (or been reset by a lock) meanwhile.
  if (useNoteDraft.getState().note?.noteId !== note.noteId) return;
  if (result.ok) {
    savedEdits = writing;
    useNoteDraft.setState({ save: edits === savedEdits ? { kind: 'saved', at: result.value.savedAt } : { kind: 'pending' } });
  } else {
    useNoteDraft.setState({ save: { kind: 'failed', error: result.error } });
  }
}

/**
 * Write every pending draft to the vault now, and resolve once it is written (or has failed
 * with its error shown). Called before navigation, before lock and before the window closes.
 */
export async function flushDrafts(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  // Wait for a save already running, then save what was typed since, until nothing is left
  // (or a save fails: its error is on screen and the text is still held here).
  for (let attempt = 0; attempt < 5; attempt++) {
    if (inFlight) {
      await inFlight;
      continue;
    }
    if (edits === savedEdits) return;
    inFlight = saveOnce().finally(() => {
      inFlight = null;
    });
    await inFlight;
    if (useNoteDraft.getState().save.kind === 'failed') return;
  }
}

/** True while something typed is not yet in the vault. */
export function hasUnsavedDraft(): boolean {
  return edits !== savedEdits;
}

// Closing the window: start the save at once (best effort; the lock and quit paths in main
// call flushDrafts() themselves and wait for it).
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', () => {
    if (hasUnsavedDraft()) void flushDrafts();
  });
  window.addEventListener('pagehide', () => {
    if (hasUnsavedDraft()) void flushDrafts();
  });
}

// The note being written is flushed with every other editor (lock, navigation, Lock button).
registerFlusher(flushDrafts);

registerReset(() => {
  if (timer) clearTimeout(timer);
  timer = null;
  edits = savedEdits = 0;
  useNoteDraft.setState({ ...empty });
});
