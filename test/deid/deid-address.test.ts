import { describe, expect, it } from 'vitest';
import { deidentify } from '../../src-main/deid/index.js';

const red = (t: string): string => deidentify(t).text;

describe('address blocks', () => {
  it('[HIPAA 164.514(b)(2)(i)(B)] grows a street into the units, towns, countries and postcode written after it, across lines', () => {
    expect(red('Send it to 6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677')).toBe('Send it to [LOCATION]');
    expect(red('Write to 2437 Main St Suite 442 Mill Village NS B0J 2H0 please')).toBe('Write to [LOCATION] please');
    // A blank line or a field label ends the block.
    expect(red('12 Elm Street\n\nPlan: continue CBT')).toBe('[LOCATION]\n\nPlan: continue CBT');
    expect(red('Address: 24 Clarke Avenue Pines Beach\nPhone: 555-201-3344')).toBe('Address: [LOCATION]\nPhone: [PHONE]');
  });
  it('[HIPAA 164.514(b)(2)(i)(B)] keeps a US state and three ZIP digits after the block, as Safe Harbor allows', () => {
    expect(red('Lives at 12 Elm Street, Dayton, OH 45402 with her mother.')).toBe('Lives at [LOCATION], OH 454** with her mother.');
  });
  it('finds streets without a suffix between a building number and a house number', () => {
    expect(red('He lives at 1072 Pohlstrasse 9, Börßum.')).toBe('He lives at [LOCATION].');
    expect(red('lives at 10252 Μεγάλη Άμμος 184, ΠΑΦΟΣ')).toBe('lives at [LOCATION]');
    expect(red('808 Kálmán Imre u. 12. Apt. 762 Zalakaros Hungary 06554')).toBe('[LOCATION]');
    expect(red('Megan lives on Via Tasso 129 now.')).toBe('[NAME] lives on [LOCATION] now.');
    expect(red('The bus station is on the side of Joaquin Suarez 2906.')).toBe('The bus station is on the side of [LOCATION].');
  });
  it('never takes a pronoun for a name before "lives"', () => {
    expect(red('He lives in Ohio. Her sister visits.')).toBe('He lives in Ohio. Her sister visits.');
  });
  it('finds US military mail addresses', () => {
    expect(red('Ship to PSC 0413, Box 8144 APO AA 42323 today')).toBe('Ship to [LOCATION] today');
    expect(red('it is USNS Bergman FPO AP 93757')).toBe('it is [LOCATION]');
  });
  it('keeps doses, scores and dates that share the number-word-number shape', () => {
    for (const t of [
      'Took 2 Tylenol 500 mg for pain.',
      'since 28 November 2022; PCL-5 = 13 today',
      'She is on Lexapro 10 daily.',
      'Scored 14 on PHQ-9 12 weeks ago.',
      'Session 3 Monday 14:00 went well.',
    ]) {
      expect(red(t).replace('[DATE]', '28 November 2022'), t).toBe(t);
    }
  });
  it('finds towns in capitals after a place word, but not acronyms or shouting', () => {
    expect(red('Mr. Matthews grew up in ΑΛΑΣΣΑ.')).toBe('Mr. [NAME] grew up in [LOCATION].');
    expect(red('She flew to STAXROITH on Monday.')).toBe('She flew to [LOCATION] on Monday.');
    for (const t of ['Referred to PTSD clinic.', 'He was in CRISIS again.', 'Enrolled in DIALECTICAL skills group.']) expect(red(t), t).toBe(t);
  });
  it('finds a town with its postcode after "in", not a town with a year', () => {
    expect(red('Looking to support Factset in Bjert 6091 in its mission')).toMatch(/ in \[LOCATION\] \[ZIP\] in its mission$/);
    expect(red('Moved to Arendal 2019 after the divorce.')).toBe('Moved to [LOCATION] 2019 after the divorce.');
  });
});
