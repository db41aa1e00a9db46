// Where the clinician is, told to main as ids only (the view, the client, the note, the
// section and the cursor's offset, never any text), so that after a lock they come back to
// the same note with the cursor where it was. Main keeps it in memory, per vault.

import { call, type ApiInput, type ApiOutput } from '../api.js';
import { useWorkspace, type RecordView } from '../stores/workspace.js';

export type Place = ApiInput<'session.rememberPlace'>['place'];

const SECTION_ID = /^note-section-([a-z]{1,20})$/;
const REMEMBER_DELAY_MS = 400;

/** The section and cursor offset in the note being written, as last seen. */
let caret: { noteId: string; section: string; cursor: number } | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let lastSent = '';

export function placeOf(view: RecordView): Place {
  switch (view.name) {
    case 'client-list':
      return { view: 'client-list' };
    case 'chart':
      return { view: 'chart', clientId: view.clientId };
    case 'measure':
      return { view: 'measure', clientId: view.clientId };
    case 'plan':
      return { view: 'plan', clientId: view.clientId, planId: view.planId };
    case 'note-preview':
      // A preview's choices are wiped by a lock, so after unlock the clinician is back at the note.
      return { view: 'note', clientId: view.clientId, noteId: view.noteId };
    case 'note': {
      const at = caret?.noteId === view.noteId ? { section: caret.section, cursor: caret.cursor } : {};
      return { view: 'note', clientId: view.clientId, noteId: view.noteId, ...at };
    }
  }
}

export function viewOf(place: Place): RecordView | null {
  const { clientId, noteId, planId } = place;
  if (place.view === 'client-list') return { name: 'client-list' };
  if (!clientId) return null;
  if (place.view === 'chart') return { name: 'chart', clientId };
  if (place.view === 'measure') return { name: 'measure', clientId };
  if (place.view === 'note' && noteId) return { name: 'note', clientId, noteId };
  if (place.view === 'plan' && planId) return { name: 'plan', clientId, planId };
  return null;
}

/** Tell main where we are now (only when it changed), at once. */
export async function rememberPlaceNow(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const place = placeOf(useWorkspace.getState().view);
  const key = JSON.stringify(place);
  if (key === lastSent) return;
  const r = await call('session.rememberPlace', { place });
  if (r.ok) lastSent = key;
}

function rememberSoon(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void rememberPlaceNow(), REMEMBER_DELAY_MS);
}

/** The caret in a note section moved (typing, clicking, focusing): note where it is. */
function onCaret(e: Event): void {
  const el = e.target;
  if (!(el instanceof HTMLTextAreaElement)) return;
  const section = SECTION_ID.exec(el.id)?.[1];
  const view = useWorkspace.getState().view;
  if (!section || view.name !== 'note') return;
  caret = { noteId: view.noteId, section, cursor: el.selectionStart };
  rememberSoon();
}

/** Follow moves between records and the caret inside a note; returns the way to stop. */
export function trackPlace(): () => void {
  const stopView = useWorkspace.subscribe((s, prev) => {
    if (s.view !== prev.view) rememberSoon();
  });
  const events = ['focusin', 'keyup', 'mouseup', 'input', 'select'] as const;
  for (const name of events) document.addEventListener(name, onCaret, true);
  return () => {
    stopView();
    for (const name of events) document.removeEventListener(name, onCaret, true);
    if (timer) clearTimeout(timer);
    timer = null;
  };
}

/** A fresh session (a reload, a lock) starts with nothing sent. */
export function forgetPlace(): void {
  caret = null;
  lastSent = '';
  if (timer) clearTimeout(timer);
  timer = null;
}

const RESTORE_WAIT_MS = 5_000;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Put the cursor back in its section once the note's editor is on screen. */
async function focusSection(noteId: string, section: string, cursor: number | undefined): Promise<void> {
  const until = Date.now() + RESTORE_WAIT_MS;
  while (Date.now() < until) {
    const view = useWorkspace.getState().view;
    if (view.name !== 'note' || view.noteId !== noteId) return; // the clinician went elsewhere
    const el = document.getElementById(`note-section-${section}`);
    if (el instanceof HTMLTextAreaElement) {
      // Let the screen's own focus (its heading) happen first, then take it.
      await nextFrame();
      await nextFrame();
      const at = Math.min(cursor ?? el.value.length, el.value.length);
      el.focus();
      el.setSelectionRange(at, at);
      caret = { noteId, section, cursor: at };
      return;
    }
    await nextFrame();
  }
}

/** After an unlock: ask main where the clinician was and go back there. */
export async function restoreLastPlace(): Promise<ApiOutput<'session.lastPlace'>> {
  const r = await call('session.lastPlace', {});
  if (!r.ok || !r.value) return null;
  const place = r.value;
  const view = viewOf(place);
  if (!view) return null;
  if (place.view === 'note' && place.noteId && place.section) {
    caret = { noteId: place.noteId, section: place.section, cursor: place.cursor ?? 0 };
  }
  useWorkspace.getState().open(view);
  if (view.name === 'note' && place.section) await focusSection(view.noteId, place.section, place.cursor);
  return place;
}
