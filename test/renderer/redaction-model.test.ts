import { describe, expect, it } from 'vitest';
import { addByHand, countByCategory, fromPreview, keep, leaving, manualChanges, occurrences, removeAdded, segments, undoKeep } from '../../src-renderer/components/redaction/model.js';

const text = 'Met Hope at the Elm Street clinic with Hope.';
const found = () =>
  fromPreview([
    { start: 4, end: 8, category: 'NAME', source: 'names' },
    { start: 16, end: 26, category: 'LOCATION', source: 'address' },
  ]);

describe('export preview model', () => {
  it('keeps a found span with its reason, reversibly, and counts only what leaves redacted', () => {
    const kept = keep(found(), 'f0', 'ordinary word');
    expect(countByCategory(kept)).toEqual({ LOCATION: 1 });
    expect(leaving(kept)).toEqual([{ start: 16, end: 26, category: 'LOCATION' }]);
    expect(manualChanges(text, kept)).toEqual([{ kind: 'kept', start: 4, end: 8, category: 'NAME', text: 'Hope', reason: 'ordinary word' }]);
    expect(countByCategory(undoKeep(kept, 'f0'))).toEqual({ NAME: 1, LOCATION: 1 });
  });

  it('merges a hand-added span with the found ones it overlaps, and gives them back when removed', () => {
    const out = addByHand(found(), 16, 33, 'ORGANIZATION', 'the clinic', 'h1');
    if (!out.ok) throw new Error(out.message);
    expect(out.merged).toBe(1);
    expect(leaving(out.spans)).toEqual([
      { start: 4, end: 8, category: 'NAME' },
      { start: 16, end: 33, category: 'ORGANIZATION' },
    ]);
    // The record names the place and category, never the words removed.
    expect(manualChanges(text, out.spans)).toEqual([{ kind: 'added', start: 16, end: 33, category: 'ORGANIZATION', reason: 'the clinic' }]);
    expect(removeAdded(out.spans, 'h1')).toEqual(found());
  });

  it('refuses text already redacted, and text kept by hand until the keep is undone', () => {
    expect(addByHand(found(), 17, 20, 'NAME', 'x', 'h1')).toEqual({ ok: false, message: 'This text is already redacted as Place.' });
    const kept = keep(found(), 'f0', 'ordinary word');
    const refused = addByHand(kept, 0, 8, 'NAME', 'x', 'h1');
    expect(refused.ok).toBe(false);
  });

  it('finds every occurrence ignoring case, and cuts the text into runs and spans that cover it exactly', () => {
    expect(occurrences(text, ' hope ')).toEqual([
      { start: 4, end: 8 },
      { start: 39, end: 43 },
    ]);
    const segs = segments(text, found());
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    expect(segs.filter((s) => s.span).length).toBe(2);
  });
});
