// Everything typed and not yet in the vault, saved on demand before a lock. The note store's
// flushDrafts() is always called; any other editor holding unsaved text (a plan, a form)
// registers its own save here, and unregisters when it goes.

import { flushDrafts } from '../stores/note-draft.js';

export type Flusher = () => Promise<void>;

const flushers = new Set<Flusher>();

export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Save every pending draft; one failing editor does not stop the others. */
export async function flushAllDrafts(): Promise<void> {
  await Promise.allSettled([flushDrafts(), ...[...flushers].map((f) => f())]);
}
