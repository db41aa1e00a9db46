// Every way a caller can hand in a wrong answer sheet is refused with VALIDATION_FAILED and a
// sentence naming the measure and the item, and nothing is scored.

import { describe, expect, it } from 'vitest';
import { AlcoveError } from '../../../src-main/errors.js';
import { scoreMeasure } from '../../../src-main/records/measures/score.js';
import type { InstrumentId, ScoreOptions } from '../../../src-main/records/measures/types.js';
import { expectValidationError } from './helpers.js';

const zeros = (n: number): number[] => new Array<number>(n).fill(0);
const withItem = (n: number, item: number, value: unknown): number[] => {
  const a: unknown[] = zeros(n);
  a[item - 1] = value;
  return a as number[];
};

describe('answer validation', () => {
  it('names the item and the allowed values when a value is out of range', () => {
    expectValidationError(() => scoreMeasure('phq9', withItem(9, 4, 5)), 'PHQ-9 item 4 must be 0, 1, 2 or 3 (got 5).');
    expectValidationError(() => scoreMeasure('gad7', withItem(7, 7, 4)), 'GAD-7 item 7 must be 0, 1, 2 or 3 (got 4).');
    expectValidationError(() => scoreMeasure('auditc', withItem(3, 2, 5)), 'AUDIT-C item 2 must be 0, 1, 2, 3 or 4 (got 5).');
    expectValidationError(() => scoreMeasure('pcl5', withItem(20, 20, 5)), 'PCL-5 item 20 must be 0, 1, 2, 3 or 4 (got 5).');
    expectValidationError(() => scoreMeasure('cuditr', withItem(8, 1, 5)), 'CUDIT-R item 1 must be 0, 1, 2, 3 or 4 (got 5).');
  });

  it('names the yes/no labels for DAST-10', () => {
    expectValidationError(() => scoreMeasure('dast10', withItem(10, 3, 2)), 'DAST-10 item 3 must be 0 (No) or 1 (Yes) (got 2).');
  });

  it('rejects negative values', () => {
    expectValidationError(() => scoreMeasure('phq9', withItem(9, 1, -1)), 'PHQ-9 item 1 must be 0, 1, 2 or 3 (got -1).');
  });

  it.each([
    [2.5, '2.5'],
    [0.0000001, '1e-7'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('rejects the non-integer %s', (value, shown) => {
    expectValidationError(() => scoreMeasure('phq9', withItem(9, 2, value)), `PHQ-9 item 2 must be 0, 1, 2 or 3 (got ${shown}).`);
  });

  it.each([
    ['2', 'a string'],
    [true, 'a boolean'],
    [null, 'nothing'],
    [undefined, 'nothing'],
    [{}, 'a object'],
  ])('rejects the non-number %j', (value, shown) => {
    expectValidationError(() => scoreMeasure('gad7', withItem(7, 5, value)), `GAD-7 item 5 must be 0, 1, 2 or 3 (got ${shown}).`);
  });

  it('rejects a missing answer in a sparse list', () => {
    const sparse = zeros(9);
    // eslint-disable-next-line @typescript-eslint/no-array-delete -- the hole is the point: a sparse list, as a careless caller might send
    delete sparse[6];
    expectValidationError(() => scoreMeasure('phq9', sparse), 'PHQ-9 item 7 must be 0, 1, 2 or 3 (got nothing).');
  });

  it('names the first wrong item when several are wrong', () => {
    const a = withItem(9, 3, 7);
    a[7] = 9;
    expectValidationError(() => scoreMeasure('phq9', a), 'PHQ-9 item 3 must be 0, 1, 2 or 3 (got 7).');
  });

  it.each<[InstrumentId, string, number]>([
    ['phq9', 'PHQ-9', 9],
    ['gad7', 'GAD-7', 7],
    ['auditc', 'AUDIT-C', 3],
    ['dast10', 'DAST-10', 10],
    ['cuditr', 'CUDIT-R', 8],
    ['pcl5', 'PCL-5', 20],
  ])('%s needs exactly %s answers', (id, name, n) => {
    expectValidationError(() => scoreMeasure(id, zeros(n - 1)), `${name} needs ${n} answers, one per item (got ${n - 1}).`);
    expectValidationError(() => scoreMeasure(id, zeros(n + 1)), `${name} needs ${n} answers, one per item (got ${n + 1}).`);
    expectValidationError(() => scoreMeasure(id, []), `${name} needs ${n} answers, one per item (got 0).`);
  });

  it('rejects answers that are not a list', () => {
    expectValidationError(() => scoreMeasure('phq9', '0,1,2' as unknown as number[]), 'PHQ-9 answers must be a list of 9 numbers, one per item.');
    expectValidationError(() => scoreMeasure('phq9', null as unknown as number[]), 'PHQ-9 answers must be a list of 9 numbers, one per item.');
  });

  it('rejects an unknown instrument, echoing only a short plain id', () => {
    expectValidationError(() => scoreMeasure('phq10' as InstrumentId, zeros(9)), 'Unknown measure "phq10": use one of phq9, gad7, auditc, dast10, cuditr, pcl5.');
    expectValidationError(() => scoreMeasure('PHQ9' as InstrumentId, zeros(9)), /^Unknown measure "PHQ9"/);
    expectValidationError(
      () => scoreMeasure('Jane Doe, DOB 1980-01-01' as InstrumentId, zeros(9)),
      'Unknown measure: use one of phq9, gad7, auditc, dast10, cuditr, pcl5.',
    );
    expectValidationError(() => scoreMeasure(undefined as unknown as InstrumentId, zeros(9)), /^Unknown measure:/);
  });

  it('rejects an unknown sex option', () => {
    expectValidationError(
      () => scoreMeasure('auditc', zeros(3), { sex: 'M' } as unknown as ScoreOptions),
      "The client's sex must be male, female or unknown.",
    );
  });

  it('throws an AlcoveError that crosses the wire as VALIDATION_FAILED', () => {
    try {
      scoreMeasure('phq9', withItem(9, 4, 5));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AlcoveError);
      expect((err as AlcoveError).code).toBe('VALIDATION_FAILED');
    }
  });

  it('accepts -0 as 0', () => {
    expect(scoreMeasure('phq9', withItem(9, 1, -0)).score).toBe(0);
  });
});
