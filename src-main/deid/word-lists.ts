// The engine's word lists, plain UTF-8 files in data/ (one entry a line; SOURCES.md names
// where each comes from). They sit beside this file in the source and beside the bundle in
// dist/main (scripts/build-main.mjs copies data/ there), so one relative path serves both.

import { readFileSync } from 'node:fs';

const DATA = new URL('./data/', import.meta.url);

export type WordList = 'english' | 'given-names' | 'surnames' | 'cities' | 'street-suffixes' | 'us-towns' | 'us-counties';

/** The entries of one list, in file order (English is ranked most frequent first). */
export function readWordList(name: WordList): string[] {
  return readFileSync(new URL(`${name}.txt`, DATA), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
