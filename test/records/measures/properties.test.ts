// Properties over every valid answer sheet: the score is the sum of the item scores under the
// instrument's published rules (computed here independently of the instrument tables), lies in
// [0, maxScore], sits in the band it is labelled with, and raises exactly the flags the rules
// call for. Bands cover each range with no gap or overlap.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDITC_BANDS_BY_SEX, INSTRUMENTS, SEVERITY_BANDS, severityBandsFor } from '../../../src-main/records/measures/instruments.js';
import { scoreMeasure } from '../../../src-main/records/measures/score.js';
import { INSTRUMENT_IDS, SEXES, type InstrumentId, type Sex, type SeverityBand } from '../../../src-main/records/measures/types.js';
import { expectValidationError } from './helpers.js';

// The published rules, restated without reading the instrument tables.
const RULES: Record<InstrumentId, { n: number; values: (item: number) => number[]; score: (item: number, v: number) => number; max: number }> = {
  phq9: { n: 9, values: () => [0, 1, 2, 3], score: (_i, v) => v, max: 27 },
  gad7: { n: 7, values: () => [0, 1, 2, 3], score: (_i, v) => v, max: 21 },
  auditc: { n: 3, values: () => [0, 1, 2, 3, 4], score: (_i, v) => v, max: 12 },
  // 1 = Yes, 0 = No; item 3 is keyed for "No".
  dast10: { n: 10, values: () => [0, 1], score: (i, v) => (i === 3 ? 1 - v : v), max: 10 },
  cuditr: { n: 8, values: (i) => (i === 8 ? [0, 2, 4] : [0, 1, 2, 3, 4]), score: (_i, v) => v, max: 32 },
  pcl5: { n: 20, values: () => [0, 1, 2, 3, 4], score: (_i, v) => v, max: 80 },
};

const answersFor = (id: InstrumentId): fc.Arbitrary<number[]> =>
  fc.tuple(...Array.from({ length: RULES[id].n }, (_, i) => fc.constantFrom(...RULES[id].values(i + 1))));

const sexArb: fc.Arbitrary<Sex | undefined> = fc.constantFrom<Sex | undefined>(...SEXES, undefined);

describe.each(INSTRUMENT_IDS)('%s properties', (id) => {
  const rules = RULES[id];

  it('scores the sum of the item scores, within [0, max], inside its band', () => {
    fc.assert(
      fc.property(answersFor(id), sexArb, (answers, sex) => {
        const options = sex === undefined ? {} : { sex };
        const r = scoreMeasure(id, answers, options);
        const expected = answers.reduce((sum, v, i) => sum + rules.score(i + 1, v), 0);
        expect(r.score).toBe(expected);
        expect(r.itemScores).toEqual(answers.map((v, i) => rules.score(i + 1, v)));
        expect(r.maxScore).toBe(rules.max);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(r.maxScore);
        const band = severityBandsFor(id, options).find((b) => b.band === r.severity.band);
        expect(band).toBeDefined();
        expect(band?.label).toBe(r.severity.label);
        expect(r.score).toBeGreaterThanOrEqual(band?.min ?? Infinity);
        expect(r.score).toBeLessThanOrEqual(band?.max ?? -Infinity);
        expect(r.interpretation.startsWith(`${INSTRUMENTS[id].shortName} total ${r.score} of ${r.maxScore}`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('raises exactly the flags its rules call for', () => {
    fc.assert(
      fc.property(answersFor(id), sexArb, (answers, sex) => {
        const r = scoreMeasure(id, answers, sex === undefined ? {} : { sex });
        const kinds = r.flags.map((f) => f.kind);
        const total = answers.reduce((sum, v, i) => sum + rules.score(i + 1, v), 0);
        const endorsed = (from: number, to: number): number => answers.slice(from - 1, to).filter((v) => v >= 2).length;
        const expected: string[] = [];
        if (id === 'phq9' && (answers[8] ?? 0) > 0) expected.push('suicidal-ideation');
        if (id === 'auditc' && total >= (sex === 'male' ? 4 : 3)) expected.push('alcohol-misuse-positive-screen');
        if (id === 'dast10' && total >= 6) expected.push('substantial-drug-problems');
        if (id === 'cuditr' && total >= 12) expected.push('possible-cannabis-use-disorder');
        if (id === 'pcl5') {
          const clusters = endorsed(1, 5) >= 1 && endorsed(6, 7) >= 1 && endorsed(8, 14) >= 2 && endorsed(15, 20) >= 2;
          if (clusters || total >= 33) expected.push('probable-ptsd');
          expect(Object.values(r.subscales ?? {}).every((c) => c.met === true)).toBe(clusters);
          expect(Object.values(r.subscales ?? {}).reduce((s, c) => s + c.score, 0)).toBe(total);
        }
        expect(kinds).toEqual(expected);
        for (const f of r.flags) expect(f.severity).toBe(f.kind === 'suicidal-ideation' ? 'critical' : 'info');
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any sheet with one value off the item’s scale', () => {
    const bad = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noInteger: true }));
    fc.assert(
      fc.property(answersFor(id), fc.nat({ max: rules.n - 1 }), bad, (answers, index, value) => {
        fc.pre(!rules.values(index + 1).includes(value));
        const sheet = [...answers];
        sheet[index] = value;
        expectValidationError(() => scoreMeasure(id, sheet), new RegExp(`^${INSTRUMENTS[id].shortName} item ${index + 1} must be `));
      }),
      { numRuns: 200 },
    );
  });
});

describe('severity bands', () => {
  const variants: [string, readonly SeverityBand[], number][] = [
    ...INSTRUMENT_IDS.map((id): [string, readonly SeverityBand[], number] => [id, SEVERITY_BANDS[id], INSTRUMENTS[id].maxScore]),
    ...SEXES.map((sex): [string, readonly SeverityBand[], number] => [`auditc (${sex})`, AUDITC_BANDS_BY_SEX[sex], 12]),
  ];

  it.each(variants)('%s: bands run from 0 to the maximum with no gap or overlap', (_name, bands, max) => {
    expect(bands[0]?.min).toBe(0);
    expect(bands[bands.length - 1]?.max).toBe(max);
    for (let i = 0; i < bands.length; i++) {
      const b = bands[i] as SeverityBand;
      expect(b.min).toBeLessThanOrEqual(b.max);
      if (i > 0) expect(b.min).toBe((bands[i - 1] as SeverityBand).max + 1);
    }
    // And by brute force: every whole score from 0 to max is in exactly one band.
    for (let s = 0; s <= max; s++) expect(bands.filter((b) => s >= b.min && s <= b.max)).toHaveLength(1);
    expect(new Set(bands.map((b) => b.band)).size).toBe(bands.length);
  });

  it('publishes the cut-offs the sources give', () => {
    const cuts = (id: InstrumentId): number[] => SEVERITY_BANDS[id].map((b) => b.min);
    expect(cuts('phq9')).toEqual([0, 5, 10, 15, 20]); // Kroenke et al. 2001
    expect(cuts('gad7')).toEqual([0, 5, 10, 15]); // Spitzer et al. 2006
    expect(cuts('auditc')).toEqual([0, 3]); // Bradley et al. 2007, sex not recorded
    expect(cuts('dast10')).toEqual([0, 1, 3, 6, 9]); // Skinner 1982
    expect(cuts('cuditr')).toEqual([0, 8, 12]); // Adamson et al. 2010
    expect(cuts('pcl5')).toEqual([0, 33]); // Bovin et al. 2016, top of 31–33
  });
});
