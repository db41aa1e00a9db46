// Everything typed and not yet in the vault, saved on demand before a lock. Every editor
// registers its save here for as long as it holds text, and unregisters when it goes: each
// form through useDraft() (drafts.ts), the note being written through its store
// (note-draft.ts). A lock, a move to another record and the Lock button all call
// flushAllDrafts(); nothing flushes one editor behind the others' backs.

export type Flusher = () => Promise<void>;

const flushers = new Set<Flusher>();

export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** How many editors are registered (for tests and diagnostics). */
export function registeredFlusherCount(): number {
  return flushers.size;
}

/** Save every pending draft; one failing editor does not stop the others. */
export async function flushAllDrafts(): Promise<void> {
  await Promise.allSettled([...flushers].map((f) => f()));
}
