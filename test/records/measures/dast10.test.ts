// DAST-10: one point per "Yes" except item 3 ("always able to stop?"), where "No" scores
// (Skinner 1982); bands 0, 1–2, 3–5, 6–8, 9–10 (Skinner 1982; Yudko et al. 2007). Answers are
// entered as 1 = Yes, 0 = No.

import { describe, expect, it } from 'vitest';
import { scoreMeasure } from '../../../src-main/records/measures/score.js';

const Y = 1;
const N = 0;

describe('DAST-10 scoring', () => {
  it.each([
    // item:  1  2  3  4  5  6  7  8  9 10
    [[N, N, Y, N, N, N, N, N, N, N], 'item 3 Yes scores 0: 0', 0, 'none'],
    [[Y, N, Y, N, N, N, N, N, N, N], '1', 1, 'low'],
    [[Y, Y, Y, N, N, N, N, N, N, N], '1+1 = 2', 2, 'low'],
    [[Y, Y, N, N, N, N, N, N, N, N], '1+1 + item 3 No 1 = 3', 3, 'moderate'],
    [[Y, Y, N, Y, Y, N, N, N, N, N], '1+1+1+1+1 = 5', 5, 'moderate'],
    [[Y, Y, N, Y, Y, Y, N, N, N, N], '5 + 1 = 6', 6, 'substantial'],
    [[Y, Y, N, Y, Y, Y, Y, Y, N, N], '6 + 1 + 1 = 8', 8, 'substantial'],
    [[Y, Y, Y, Y, Y, Y, Y, Y, Y, Y], 'all Yes: 9 Yes items, item 3 Yes 0 = 9', 9, 'severe'],
    [[Y, Y, N, Y, Y, Y, Y, Y, Y, Y], '9 Yes items + item 3 No 1 = 10', 10, 'severe'],
  ])('%j (%s) scores %i, band %s', (answers, _sum, score, band) => {
    const r = scoreMeasure('dast10', answers);
    expect(r.score).toBe(score);
    expect(r.maxScore).toBe(10);
    expect(r.severity.band).toBe(band);
  });

  it('reverse-scores item 3: "No" scores 1 and "Yes" scores 0', () => {
    const no = scoreMeasure('dast10', [N, N, N, N, N, N, N, N, N, N]);
    expect(no.score).toBe(1); // all "No": only item 3 counts, 1
    expect(no.itemScores).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(no.severity).toEqual({ band: 'low', label: 'Low level' });
    const yes = scoreMeasure('dast10', [N, N, Y, N, N, N, N, N, N, N]);
    expect(yes.itemScores[2]).toBe(0);
    expect(yes.severity).toEqual({ band: 'none', label: 'No problems reported' });
  });

  it('flags 6 or more (substantial or severe), not 5', () => {
    expect(scoreMeasure('dast10', [Y, Y, N, Y, Y, N, N, N, N, N]).flags).toEqual([]); // 5
    const six = scoreMeasure('dast10', [Y, Y, N, Y, Y, Y, N, N, N, N]); // 6
    expect(six.flags).toHaveLength(1);
    expect(six.flags[0]).toMatchObject({ kind: 'substantial-drug-problems', severity: 'info' });
    expect(scoreMeasure('dast10', [Y, Y, N, Y, Y, Y, Y, Y, Y, Y]).flags.map((f) => f.kind)).toEqual(['substantial-drug-problems']); // 10
  });

  it('gives the published suggested action', () => {
    expect(scoreMeasure('dast10', [Y, Y, N, N, N, N, N, N, N, N]).interpretation).toBe(
      'DAST-10 total 3 of 10: moderate level of problems related to drug use (band 3–5; Skinner 1982). Suggested action: further investigation.',
    );
    expect(scoreMeasure('dast10', [N, N, Y, N, N, N, N, N, N, N]).interpretation).toContain('band 0;');
    expect(scoreMeasure('dast10', [Y, Y, N, Y, Y, Y, N, N, N, N]).interpretation).toContain('intensive assessment');
  });
});
