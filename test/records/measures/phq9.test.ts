// PHQ-9 against its published bands (Kroenke, Spitzer & Williams 2001: 5, 10, 15, 20) at every
// boundary, and the item 9 risk flag. Answers are constructed by hand; the sum is in each row.

import { describe, expect, it } from 'vitest';
import { scoreMeasure } from '../../../src-main/records/measures/score.js';

describe('PHQ-9 scoring', () => {
  it.each([
    // answers                        arithmetic          score band
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], '0', 0, 'minimal'],
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], '1+1+1+1 = 4', 4, 'minimal'],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], '1×5 = 5', 5, 'mild'],
    [[2, 2, 2, 2, 1, 0, 0, 0, 0], '2×4 + 1 = 9', 9, 'mild'],
    [[2, 2, 2, 2, 2, 0, 0, 0, 0], '2×5 = 10', 10, 'moderate'],
    [[3, 3, 3, 3, 2, 0, 0, 0, 0], '3×4 + 2 = 14', 14, 'moderate'],
    [[3, 3, 3, 3, 3, 0, 0, 0, 0], '3×5 = 15', 15, 'moderately-severe'],
    [[3, 3, 3, 3, 3, 3, 1, 0, 0], '3×6 + 1 = 19', 19, 'moderately-severe'],
    [[3, 3, 3, 3, 3, 3, 2, 0, 0], '3×6 + 2 = 20', 20, 'severe'],
    [[3, 3, 3, 3, 3, 3, 3, 3, 0], '3×8 = 24', 24, 'severe'],
  ])('%j (%s) scores %i, band %s', (answers, _sum, score, band) => {
    const r = scoreMeasure('phq9', answers);
    expect(r.score).toBe(score);
    expect(r.maxScore).toBe(27);
    expect(r.severity.band).toBe(band);
    expect(r.flags).toEqual([]);
  });

  it('labels the bands as published', () => {
    expect(scoreMeasure('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 0]).severity).toEqual({ band: 'minimal', label: 'None–minimal' });
    expect(scoreMeasure('phq9', [3, 3, 3, 3, 3, 0, 0, 0, 0]).severity).toEqual({ band: 'moderately-severe', label: 'Moderately severe' });
  });

  it('scores the maximum, 27 (3×9), as severe with the item 9 risk flag', () => {
    const r = scoreMeasure('phq9', [3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(r.score).toBe(27);
    expect(r.severity).toEqual({ band: 'severe', label: 'Severe' });
    expect(r.flags).toHaveLength(1);
  });

  it('raises a critical risk flag when item 9 is above 0, even with a minimal total', () => {
    // 0×8 + 1 = 1: minimal depression, but item 9 ("Several days") must still be seen today.
    const r = scoreMeasure('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(r.score).toBe(1);
    expect(r.severity.band).toBe('minimal');
    expect(r.flags).toStrictEqual([
      { kind: 'suicidal-ideation', item: 9, severity: 'critical', message: 'PHQ-9 item 9 answered above 0: assess suicide risk today.' },
    ]);
    expect(r.interpretation).toContain('Item 9');
    expect(r.interpretation).toContain('"Several days"');
    expect(r.interpretation).toContain('assess suicide risk today');
  });

  it.each([1, 2, 3])('flags item 9 = %i', (v) => {
    expect(scoreMeasure('phq9', [0, 0, 0, 0, 0, 0, 0, 0, v]).flags.map((f) => f.kind)).toEqual(['suicidal-ideation']);
  });

  it('does not flag item 9 = 0 even at the maximum of the other items (3×8 = 24)', () => {
    const r = scoreMeasure('phq9', [3, 3, 3, 3, 3, 3, 3, 3, 0]);
    expect(r.flags).toEqual([]);
    expect(r.interpretation).not.toContain('suicide');
  });

  it('reports the item scores in order and cites the source in the interpretation', () => {
    const r = scoreMeasure('phq9', [2, 1, 0, 3, 0, 1, 2, 0, 0]); // 2+1+0+3+0+1+2+0+0 = 9
    expect(r.itemScores).toEqual([2, 1, 0, 3, 0, 1, 2, 0, 0]);
    expect(r.score).toBe(9);
    expect(r.interpretation).toBe('PHQ-9 total 9 of 27: mild depression (band 5–9; cut-points 5, 10, 15, 20, Kroenke et al. 2001).');
  });
});
