// The engine's word lists are plain files: each one named in SOURCES.md with its source, one
// entry a line, sorted where order means nothing, and copied beside the bundle by the build
// (vitest's global setup has just run scripts/build-main.mjs).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const data = path.join(root, 'src-main/deid/data');
const lists = readdirSync(data).filter((f) => f.endsWith('.txt'));

describe('de-identification word lists', () => {
  it('every list is named in SOURCES.md, and SOURCES.md names no list that is not there', () => {
    const sources = readFileSync(path.join(data, 'SOURCES.md'), 'utf8');
    const named = [...sources.matchAll(/^\| `([\w-]+\.txt)` \|/gm)].map((m) => m[1]);
    expect(lists.length).toBeGreaterThanOrEqual(7);
    expect([...named].sort()).toEqual([...lists].sort());
  });

  it('one entry a line: no blank line, no stray space, no duplicate; sorted except the ranked English list', () => {
    for (const file of lists) {
      const text = readFileSync(path.join(data, file), 'utf8');
      expect(text.endsWith('\n'), file).toBe(true);
      const lines = text.slice(0, -1).split('\n');
      expect(lines.filter((l) => l === '' || l !== l.trim() || /\s{2}|\t|_/.test(l)), file).toEqual([]);
      if (file === 'english.txt') continue;
      expect(new Set(lines).size, file).toBe(lines.length);
      expect(lines, file).toEqual([...lines].sort());
    }
  });

  it('the build copies every list beside the bundled engine, byte for byte', () => {
    for (const file of [...lists, 'SOURCES.md']) {
      expect(readFileSync(path.join(root, 'dist/main/data', file)).equals(readFileSync(path.join(data, file))), file).toBe(true);
    }
  });
});
