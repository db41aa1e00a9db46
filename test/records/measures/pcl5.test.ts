// PCL-5: total 0–80 with a provisional cut-point of 31–33 (Alcove flags at 33), and the DSM-5
// cluster rule: an item rated 2 ("Moderately") or more is an endorsed symptom; a provisional
// diagnosis needs 1 B (items 1–5), 1 C (6–7), 2 D (8–14) and 2 E (15–20) (Weathers et al.
// 2013; Bovin et al. 2016).

import { describe, expect, it } from 'vitest';
import { scoreMeasure } from '../../../src-main/records/measures/score.js';

/** Twenty zeros with the given 1-based items set. */
function answers(set: Record<number, number>): number[] {
  const a = new Array<number>(20).fill(0);
  for (const [item, v] of Object.entries(set)) a[Number(item) - 1] = v;
  return a;
}

// Cluster C (items 6–7) is left at 0 here, so only the total can give a provisional diagnosis.
const B_ALL_4 = { 1: 4, 2: 4, 3: 4, 4: 4, 5: 4 }; // 4×5 = 20

describe('PCL-5 total and cut-point', () => {
  it.each([
    [answers({}), '0', 0, 'below-cut-point', false],
    [answers({ ...B_ALL_4, 8: 4, 9: 4, 10: 2 }), '20 + 4+4+2 = 30', 30, 'below-cut-point', false],
    [answers({ ...B_ALL_4, 8: 4, 9: 4, 10: 2, 11: 1 }), '30 + 1 = 31', 31, 'below-cut-point', false],
    [answers({ ...B_ALL_4, 8: 4, 9: 4, 10: 2, 11: 2 }), '30 + 2 = 32', 32, 'below-cut-point', false],
    [answers({ ...B_ALL_4, 8: 4, 9: 4, 10: 2, 11: 2, 12: 1 }), '32 + 1 = 33', 33, 'probable-ptsd', true],
    [new Array<number>(20).fill(4), '4×20 = 80', 80, 'probable-ptsd', true],
  ])('%j (%s) scores %i, band %s', (a, _sum, score, band, flagged) => {
    const r = scoreMeasure('pcl5', a);
    expect(r.score).toBe(score);
    expect(r.maxScore).toBe(80);
    expect(r.severity.band).toBe(band);
    expect(r.flags.map((f) => f.kind)).toEqual(flagged ? ['probable-ptsd'] : []);
  });

  it('says when a total of 31 or 32 is inside the published 31–33 range but below the flag', () => {
    for (const extra of [1, 2]) {
      const r = scoreMeasure('pcl5', answers({ ...B_ALL_4, 8: 4, 9: 4, 10: 2, 11: extra }));
      expect(r.interpretation).toContain('within the published cut-point range');
    }
    expect(scoreMeasure('pcl5', answers({ ...B_ALL_4, 8: 4, 9: 4, 10: 2 })).interpretation).not.toContain('within the published'); // 30
    expect(scoreMeasure('pcl5', answers({ ...B_ALL_4, 8: 4, 9: 4, 10: 2, 11: 2, 12: 1 })).interpretation).not.toContain('within the published'); // 33
  });
});

describe('PCL-5 DSM-5 cluster rule', () => {
  it('meets the clusters with a total of only 12 (below the cut-point): flagged by the cluster rule', () => {
    // B item 1, C item 6, D items 8 and 9, E items 15 and 16, each at 2: 2×6 = 12.
    const r = scoreMeasure('pcl5', answers({ 1: 2, 6: 2, 8: 2, 9: 2, 15: 2, 16: 2 }));
    expect(r.score).toBe(12);
    expect(r.severity.band).toBe('below-cut-point');
    expect(r.subscales).toMatchObject({
      B: { endorsed: 1, required: 1, met: true, score: 2, maxScore: 20 },
      C: { endorsed: 1, required: 1, met: true, score: 2, maxScore: 8 },
      D: { endorsed: 2, required: 2, met: true, score: 4, maxScore: 28 },
      E: { endorsed: 2, required: 2, met: true, score: 4, maxScore: 24 },
    });
    expect(r.flags).toEqual([
      { kind: 'probable-ptsd', severity: 'info', message: 'PCL-5 provisional PTSD by the DSM-5 cluster rule: confirm with a clinical interview such as the CAPS-5.' },
    ]);
    expect(r.interpretation).toContain('B 1 of 5 (needs 1), C 1 of 2 (needs 1), D 2 of 7 (needs 2), E 2 of 6 (needs 2); met');
  });

  it('meets the total (34) but not the clusters (no C or E symptom): flagged by total score', () => {
    // B items 1–5 at 4 (20) and D items 8–14 at 2 (14): 20 + 14 = 34; C and E all 0.
    const r = scoreMeasure('pcl5', answers({ ...B_ALL_4, 8: 2, 9: 2, 10: 2, 11: 2, 12: 2, 13: 2, 14: 2 }));
    expect(r.score).toBe(34);
    expect(r.severity.band).toBe('probable-ptsd');
    expect(r.subscales).toMatchObject({
      B: { score: 20, endorsed: 5, met: true },
      C: { score: 0, endorsed: 0, met: false },
      D: { score: 14, endorsed: 7, met: true },
      E: { score: 0, endorsed: 0, met: false },
    });
    expect(r.flags.map((f) => f.message)).toEqual(['PCL-5 provisional PTSD by total score: confirm with a clinical interview such as the CAPS-5.']);
    expect(r.interpretation).toContain('not met');
  });

  it('names both bases when both are met', () => {
    const r = scoreMeasure('pcl5', new Array<number>(20).fill(2)); // 2×20 = 40
    expect(r.score).toBe(40);
    expect(r.flags[0]?.message).toContain('by total score and by the DSM-5 cluster rule');
  });

  it('does not count an item rated 1 ("A little bit") as a symptom', () => {
    // As the 12-point case, but item 6 (the only C symptom) at 1: C 0 of 2, not met; total 11.
    const r = scoreMeasure('pcl5', answers({ 1: 2, 6: 1, 8: 2, 9: 2, 15: 2, 16: 2 }));
    expect(r.score).toBe(11);
    expect(r.subscales?.['C']).toMatchObject({ endorsed: 0, met: false });
    expect(r.flags).toEqual([]);
  });

  it('needs two D and two E symptoms, however severe one of them is', () => {
    // One D symptom at 4 (item 8) and item 9 at 1: D 1 of 7. 2+2+4+1+2+2 = 13.
    const oneD = scoreMeasure('pcl5', answers({ 1: 2, 6: 2, 8: 4, 9: 1, 15: 2, 16: 2 }));
    expect(oneD.subscales?.['D']).toMatchObject({ endorsed: 1, required: 2, met: false });
    expect(oneD.flags).toEqual([]);
    // One E symptom (item 15 at 4): E 1 of 6. 2+2+2+2+4 = 12.
    const oneE = scoreMeasure('pcl5', answers({ 1: 2, 6: 2, 8: 2, 9: 2, 15: 4 }));
    expect(oneE.subscales?.['E']).toMatchObject({ endorsed: 1, met: false });
    expect(oneE.flags).toEqual([]);
  });

  it('assigns items 1–5, 6–7, 8–14 and 15–20 to B, C, D and E', () => {
    const r = scoreMeasure('pcl5', answers({}));
    expect(Object.fromEntries(Object.entries(r.subscales ?? {}).map(([k, v]) => [k, v.items]))).toEqual({
      B: [1, 2, 3, 4, 5],
      C: [6, 7],
      D: [8, 9, 10, 11, 12, 13, 14],
      E: [15, 16, 17, 18, 19, 20],
    });
  });

  it('has no subscales on the other instruments', () => {
    expect(scoreMeasure('phq9', new Array<number>(9).fill(0)).subscales).toBeUndefined();
  });
});
