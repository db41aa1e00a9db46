// GAD-7 against its published bands (Spitzer et al. 2006: 5, 10, 15) at every boundary.

import { describe, expect, it } from 'vitest';
import { scoreMeasure } from '../../../src-main/records/measures/score.js';

describe('GAD-7 scoring', () => {
  it.each([
    [[0, 0, 0, 0, 0, 0, 0], '0', 0, 'minimal'],
    [[1, 1, 1, 1, 0, 0, 0], '1×4 = 4', 4, 'minimal'],
    [[1, 1, 1, 1, 1, 0, 0], '1×5 = 5', 5, 'mild'],
    [[2, 2, 2, 2, 1, 0, 0], '2×4 + 1 = 9', 9, 'mild'],
    [[2, 2, 2, 2, 2, 0, 0], '2×5 = 10', 10, 'moderate'],
    [[2, 2, 2, 2, 2, 2, 2], '2×7 = 14', 14, 'moderate'],
    [[3, 3, 3, 3, 3, 0, 0], '3×5 = 15', 15, 'severe'],
    [[3, 3, 3, 3, 3, 3, 3], '3×7 = 21', 21, 'severe'],
  ])('%j (%s) scores %i, band %s', (answers, _sum, score, band) => {
    const r = scoreMeasure('gad7', answers);
    expect(r.score).toBe(score);
    expect(r.maxScore).toBe(21);
    expect(r.severity.band).toBe(band);
    expect(r.flags).toEqual([]);
  });

  it('suggests further evaluation for GAD from 10, not at 9', () => {
    expect(scoreMeasure('gad7', [2, 2, 2, 2, 1, 0, 0]).interpretation).not.toContain('further evaluation'); // 9
    expect(scoreMeasure('gad7', [2, 2, 2, 2, 2, 0, 0]).interpretation).toContain('further evaluation for generalized anxiety disorder'); // 10
  });

  it('words the interpretation with the band and the source', () => {
    expect(scoreMeasure('gad7', [3, 3, 3, 3, 3, 0, 0]).interpretation).toMatch(/^GAD-7 total 15 of 21: severe anxiety \(band 15–21; .*Spitzer et al\. 2006\)/);
  });
});
