// CUDIT-R: items 1–7 score 0–4, item 8 scores 0, 2 or 4; 8 or more is hazardous use and 12 or
// more a possible cannabis use disorder (Adamson et al. 2010).

import { describe, expect, it } from 'vitest';
import { scoreMeasure } from '../../../src-main/records/measures/score.js';
import { expectValidationError } from './helpers.js';

describe('CUDIT-R scoring', () => {
  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0], '0', 0, 'below-hazardous'],
    [[3, 2, 0, 0, 0, 0, 0, 2], '3+2+2 = 7', 7, 'below-hazardous'],
    [[4, 2, 0, 0, 0, 0, 0, 2], '4+2+2 = 8', 8, 'hazardous'],
    [[4, 2, 1, 0, 0, 0, 0, 4], '4+2+1+4 = 11', 11, 'hazardous'],
    [[4, 2, 2, 0, 0, 0, 0, 4], '4+2+2+4 = 12', 12, 'possible-disorder'],
    [[4, 4, 4, 4, 4, 4, 4, 4], '4×8 = 32', 32, 'possible-disorder'],
  ])('%j (%s) scores %i, band %s', (answers, _sum, score, band) => {
    const r = scoreMeasure('cuditr', answers);
    expect(r.score).toBe(score);
    expect(r.maxScore).toBe(32);
    expect(r.severity.band).toBe(band);
  });

  it.each([
    [0, 'Never', 0],
    [2, 'Yes, but not in the past 6 months', 2],
    [4, 'Yes, during the past 6 months', 4],
  ])('item 8 answer %i (%s) scores %i', (value, _label, expected) => {
    const r = scoreMeasure('cuditr', [0, 0, 0, 0, 0, 0, 0, value]);
    expect(r.itemScores[7]).toBe(expected);
    expect(r.score).toBe(expected);
  });

  it.each([1, 3])('rejects item 8 = %i, which is not on its 0/2/4 scale', (value) => {
    expectValidationError(() => scoreMeasure('cuditr', [0, 0, 0, 0, 0, 0, 0, value]), `CUDIT-R item 8 must be 0, 2 or 4 (got ${value}).`);
  });

  it('accepts 1 and 3 on items 1–7', () => {
    expect(scoreMeasure('cuditr', [1, 3, 1, 3, 1, 3, 1, 0]).score).toBe(13); // 1+3+1+3+1+3+1+0 = 13
  });

  it('flags 12 or more as a possible cannabis use disorder, not 11', () => {
    expect(scoreMeasure('cuditr', [4, 2, 1, 0, 0, 0, 0, 4]).flags).toEqual([]); // 11
    const r = scoreMeasure('cuditr', [4, 2, 2, 0, 0, 0, 0, 4]); // 12
    expect(r.flags.map((f) => [f.kind, f.severity])).toEqual([['possible-cannabis-use-disorder', 'info']]);
    expect(r.interpretation).toContain('possible cannabis use disorder');
    expect(r.interpretation).toContain('Adamson et al. 2010');
  });

  it('does not flag hazardous use (8–11) but names it', () => {
    const r = scoreMeasure('cuditr', [4, 2, 0, 0, 0, 0, 0, 2]); // 8
    expect(r.flags).toEqual([]);
    expect(r.interpretation).toMatch(/^CUDIT-R total 8 of 32: hazardous cannabis use/);
  });
});
