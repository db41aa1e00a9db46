// Issue 13: a screen that calls a zustand store's hook with no selector re-renders on every
// change to that store (each keystroke into a note re-rendered the note screen). Every
// store hook in the renderer takes a selector; several fields go through useShallow.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../src-renderer');

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(full)));
    else if (/\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

describe('screens subscribe to what they show', () => {
  it('calls no store hook without a selector', async () => {
    const files = await sourceFiles(ROOT);
    const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
    // The store hooks: every `export const useX = create…`.
    const stores = texts.flatMap((t) => [...t.matchAll(/export const (use[A-Z]\w*) = create\b/g)].map((m) => m[1] as string));
    expect(stores).toEqual(expect.arrayContaining(['useWorkspace', 'useNoteDraft', 'useClientList', 'useChart']));
    const whole = new RegExp(`\\b(?:${stores.join('|')})\\(\\s*\\)`);
    const offenders = files
      .map((f, i) => [path.relative(ROOT, f).split(path.sep).join('/'), texts[i] as string] as const)
      .flatMap(([rel, text]) => text.split('\n').flatMap((line, n) => (whole.test(line) ? [`${rel}:${n + 1}: ${line.trim()}`] : [])));
    expect(offenders, 'store hooks called without a selector').toEqual([]);
  });
});
