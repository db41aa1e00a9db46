import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { deidentifyJsonlLine, runDeidentify } from '../../src-main/cli/deidentify-command.js';
import { AlcoveError } from '../../src-main/errors.js';
import { generateNotes, generatePlainNotes } from '../../support/synth/index.js';

describe('synthetic notes', () => {
  it('label every PHI value and decoy at its exact offsets, deterministically', () => {
    const notes = generateNotes(20, 5);
    for (const n of notes) {
      for (const p of n.phi) expect(n.text.slice(p.start, p.end)).toBe(p.value);
      for (const d of n.decoys) expect(n.text.slice(d.start, d.end)).toBe(d.value);
    }
    expect(generateNotes(20, 5)[7]!.text).toBe(notes[7]!.text);
    expect(new Set(notes.map((n) => n.format))).toEqual(new Set(['SOAP', 'DAP', 'BIRP', 'prose']));
  });
  // Its speed is a benchmark figure, not a test: a timed assertion fails on a busy machine.
  it('make plain ~2 KB notes, the same for the same seed', () => {
    const notes = generatePlainNotes(200, 9);
    expect(generatePlainNotes(200, 9)[150]!.text).toBe(notes[150]!.text);
    expect(notes[0]!.text.length).toBeGreaterThan(1900);
    expect(notes[0]!.text).toContain(notes[0]!.clientName.split(' ')[0]!);
  });
});

describe('alcove deidentify', () => {
  async function run(input: string, mode: 'text' | 'json' | 'jsonl'): Promise<string> {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (c: Buffer) => (out += c.toString()));
    stdin.end(input);
    await runDeidentify({ stdin, stdout }, mode);
    return out;
  }
  it('prints redacted text, or JSON with spans', async () => {
    expect(await run('Maria Okafor on 3/14/2024', 'text')).toBe('[NAME] on [DATE]');
    expect(JSON.parse(await run('Maria Okafor', 'json'))).toEqual({ text: '[NAME]', spans: [{ start: 0, end: 12, category: 'NAME' }] });
  });
  it('streams JSONL and names the malformed line', async () => {
    const out = await run('{"id":"a","text":"Call 555-123-4567"}\n{"id":"b","text":"PHQ-9 = 14"}\n', 'jsonl');
    expect(out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string })).toMatchObject([
      { id: 'a', text: 'Call [PHONE]' },
      { id: 'b', text: 'PHQ-9 = 14' },
    ]);
    expect(() => deidentifyJsonlLine('{oops', 3)).toThrow(AlcoveError);
    expect(() => deidentifyJsonlLine('{oops', 3)).toThrow(/Line 3/);
  });
});
