// The instrument metadata an entry screen is built from: the right number of items, each
// item's published answer scale, the reverse-keyed and critical items, and plain data that
// survives the trip across the API.

import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, isInstrumentId, severityBandsFor, SEVERITY_BANDS } from '../../../src-main/records/measures/instruments.js';
import { INSTRUMENT_IDS } from '../../../src-main/records/measures/types.js';

describe('instrument metadata', () => {
  it('lists the six instruments under their ids, with their item counts and ranges', () => {
    expect(Object.keys(INSTRUMENTS)).toEqual([...INSTRUMENT_IDS]);
    const shape = Object.fromEntries(INSTRUMENT_IDS.map((id) => [id, [INSTRUMENTS[id].shortName, INSTRUMENTS[id].items.length, INSTRUMENTS[id].maxScore]]));
    expect(shape).toEqual({
      phq9: ['PHQ-9', 9, 27],
      gad7: ['GAD-7', 7, 21],
      auditc: ['AUDIT-C', 3, 12],
      dast10: ['DAST-10', 10, 10],
      cuditr: ['CUDIT-R', 8, 32],
      pcl5: ['PCL-5', 20, 80],
    });
  });

  it.each(INSTRUMENT_IDS)('%s: items are numbered 1..n and the maximum is the sum of the best answers', (id) => {
    const def = INSTRUMENTS[id];
    expect(def.id).toBe(id);
    expect(def.items.map((i) => i.number)).toEqual(def.items.map((_, i) => i + 1));
    expect(def.items.reduce((s, i) => s + Math.max(...i.options.map((o) => o.score)), 0)).toBe(def.maxScore);
    expect(def.items.reduce((s, i) => s + Math.min(...i.options.map((o) => o.score)), 0)).toBe(def.minScore);
    for (const item of def.items) {
      expect(item.text.length).toBeGreaterThan(5);
      expect(new Set(item.options.map((o) => o.value)).size).toBe(item.options.length);
      for (const o of item.options) expect(o.label.length).toBeGreaterThan(0);
    }
    expect(def.copyright.length).toBeGreaterThan(10);
    expect(def.sources.length).toBeGreaterThan(0);
  });

  it('uses the published answer labels', () => {
    expect(INSTRUMENTS.phq9.items[0]?.options.map((o) => `${o.value} ${o.label}`)).toEqual([
      '0 Not at all',
      '1 Several days',
      '2 More than half the days',
      '3 Nearly every day',
    ]);
    expect(INSTRUMENTS.pcl5.items[0]?.options.map((o) => o.label)).toEqual(['Not at all', 'A little bit', 'Moderately', 'Quite a bit', 'Extremely']);
    expect(INSTRUMENTS.auditc.items[1]?.options.map((o) => o.label)).toEqual(['1 or 2', '3 or 4', '5 or 6', '7 to 9', '10 or more']);
    expect(INSTRUMENTS.cuditr.items[7]?.options.map((o) => [o.value, o.score])).toEqual([
      [0, 0],
      [2, 2],
      [4, 4],
    ]);
  });

  it('marks DAST-10 item 3 as the only reverse-scored item, with "No" scoring 1', () => {
    const reversed = INSTRUMENT_IDS.flatMap((id) => INSTRUMENTS[id].items.filter((i) => i.reverseScored).map((i) => `${id}:${i.number}`));
    expect(reversed).toEqual(['dast10:3']);
    expect(INSTRUMENTS.dast10.items[2]?.text).toBe('Are you always able to stop using drugs when you want to?');
    expect(INSTRUMENTS.dast10.items[2]?.options).toEqual([
      { value: 0, label: 'No', score: 1 },
      { value: 1, label: 'Yes', score: 0 },
    ]);
  });

  it('marks PHQ-9 item 9 as the only critical item', () => {
    const critical = INSTRUMENT_IDS.flatMap((id) => INSTRUMENTS[id].items.filter((i) => i.critical).map((i) => `${id}:${i.number}`));
    expect(critical).toEqual(['phq9:9']);
  });

  it('is plain data that survives JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(INSTRUMENTS))).toEqual(INSTRUMENTS);
    expect(JSON.parse(JSON.stringify(SEVERITY_BANDS))).toEqual(SEVERITY_BANDS);
  });

  it('gives the chart the same bands the score was judged by', () => {
    for (const id of INSTRUMENT_IDS) if (id !== 'auditc') expect(severityBandsFor(id, { sex: 'male' })).toBe(SEVERITY_BANDS[id]);
    expect(severityBandsFor('auditc')).toBe(SEVERITY_BANDS.auditc);
  });

  it('recognises instrument ids', () => {
    expect(INSTRUMENT_IDS.every(isInstrumentId)).toBe(true);
    for (const v of ['PHQ9', 'phq-9', '', null, 9, 'toString', '__proto__']) expect(isInstrumentId(v)).toBe(false);
  });
});
