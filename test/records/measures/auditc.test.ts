// AUDIT-C: a positive screen at 4 or more for men and 3 or more for women (Bush et al. 1998;
// Bradley et al. 2003, 2007); with sex not recorded, the lower cut-off of 3 is used.

import { describe, expect, it } from 'vitest';
import { AUDITC_BANDS_BY_SEX, severityBandsFor } from '../../../src-main/records/measures/instruments.js';
import { scoreMeasure } from '../../../src-main/records/measures/score.js';
import type { Sex } from '../../../src-main/records/measures/types.js';

// Item 1 how often, item 2 drinks on a typical day, item 3 how often six or more.
const TWO = [2, 0, 0]; // 2–4 times a month, 1 or 2 drinks, never six or more: 2+0+0 = 2
const THREE = [2, 0, 1]; // … and six or more less than monthly: 2+0+1 = 3
const FOUR = [3, 0, 1]; // 2–3 times a week, 1 or 2 drinks, less than monthly: 3+0+1 = 4
const TWELVE = [4, 4, 4]; // 4 or more times a week, 10 or more drinks, daily: 4+4+4 = 12

describe('AUDIT-C scoring by sex', () => {
  it.each<[number[], number, Sex | undefined, 'negative' | 'positive']>([
    [[0, 0, 0], 0, 'male', 'negative'],
    [TWO, 2, 'male', 'negative'],
    [THREE, 3, 'male', 'negative'],
    [FOUR, 4, 'male', 'positive'],
    [TWELVE, 12, 'male', 'positive'],
    [[0, 0, 0], 0, 'female', 'negative'],
    [TWO, 2, 'female', 'negative'],
    [THREE, 3, 'female', 'positive'],
    [FOUR, 4, 'female', 'positive'],
    [TWO, 2, 'unknown', 'negative'],
    [THREE, 3, 'unknown', 'positive'],
    [TWO, 2, undefined, 'negative'],
    [THREE, 3, undefined, 'positive'],
    [TWELVE, 12, undefined, 'positive'],
  ])('%j scores %i; sex %s → %s screen', (answers, score, sex, band) => {
    const r = scoreMeasure('auditc', answers, sex === undefined ? {} : { sex });
    expect(r.score).toBe(score);
    expect(r.maxScore).toBe(12);
    expect(r.severity.band).toBe(band);
    expect(r.flags.map((f) => f.kind)).toEqual(band === 'positive' ? ['alcohol-misuse-positive-screen'] : []);
    expect(r.interpretation).toContain(`${band} screen for alcohol misuse`);
  });

  it('a score of 3 is positive for a woman and negative for a man', () => {
    expect(scoreMeasure('auditc', THREE, { sex: 'female' }).severity).toEqual({ band: 'positive', label: 'Positive screen for alcohol misuse' });
    expect(scoreMeasure('auditc', THREE, { sex: 'male' }).severity).toEqual({ band: 'negative', label: 'Negative screen' });
  });

  it('says when the lower cut-off was used because sex is not recorded', () => {
    for (const r of [scoreMeasure('auditc', THREE), scoreMeasure('auditc', THREE, { sex: 'unknown' })]) {
      expect(r.interpretation).toContain("The client's sex is not recorded, so the lower cut-off of 3 or more");
      expect(r.flags[0]?.message).toBe('AUDIT-C positive screen for alcohol misuse (3 or more): assess drinking further.');
      expect(r.flags[0]?.severity).toBe('info');
    }
    expect(scoreMeasure('auditc', THREE, { sex: 'female' }).interpretation).toContain('The cut-off for women is 3 or more');
    expect(scoreMeasure('auditc', FOUR, { sex: 'male' }).interpretation).toContain('The cut-off for men is 4 or more');
    expect(scoreMeasure('auditc', FOUR, { sex: 'male' }).flags[0]?.message).toContain('(4 or more)');
  });

  it('uses each item’s own 0–4 response scale', () => {
    // 10 or more drinks on a typical day (4) alone: 0+4+0 = 4.
    expect(scoreMeasure('auditc', [0, 4, 0], { sex: 'male' }).itemScores).toEqual([0, 4, 0]);
  });

  it('judges a score by the bands severityBandsFor returns for that sex', () => {
    expect(severityBandsFor('auditc', { sex: 'male' })).toBe(AUDITC_BANDS_BY_SEX.male);
    expect(severityBandsFor('auditc', {})).toBe(AUDITC_BANDS_BY_SEX.unknown);
    expect(AUDITC_BANDS_BY_SEX.male.map((b) => [b.min, b.max])).toEqual([[0, 3], [4, 12]]);
    expect(AUDITC_BANDS_BY_SEX.female.map((b) => [b.min, b.max])).toEqual([[0, 2], [3, 12]]);
    expect(AUDITC_BANDS_BY_SEX.unknown).toEqual(AUDITC_BANDS_BY_SEX.female);
  });

  it('ignores the sex option for other instruments', () => {
    expect(scoreMeasure('phq9', [1, 1, 1, 1, 1, 0, 0, 0, 0], { sex: 'male' }).score).toBe(5);
  });
});
