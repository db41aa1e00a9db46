import { describe, expect, it } from 'vitest';
import { deidentify, explainNames, findSpans } from '../../src-main/deid/index.js';
import { keptAt, leakedAt, fragmentsOf, indexText, survivors, tokens } from '../../support/deid-score.js';

const found = (text: string): string[] => findSpans(text).map((s) => text.slice(s.start, s.end));

describe('names without context', () => {
  it('finds common given names and surnames that film subtitles rank as common words', () => {
    expect(deidentify('Seen by Jane Smith at 12 Elm Street.').text).toBe('Seen by [NAME] at [LOCATION].');
    expect(found('female with myeloma, Mary Smith, last seen')).toEqual(['Mary Smith']);
    expect(found('male, James T., who presented')).toEqual(['James T.']);
    expect(found('seen by Dr. L. Wang on')).toEqual(['L. Wang']);
  });
  it('takes a known given name, or an unknown word before a verb, at the start of a sentence', () => {
    expect(found('Gerhard moved to Ohio.')).toEqual(['Gerhard']);
    expect(found('Plan: Talvoren spent much of the hour on grief.')).toEqual(['Talvoren']);
  });
  it('keeps ordinary words that are also names at the start of a sentence', () => {
    for (const t of ['Hope and meaning were explored.', 'Grace and self-compassion were discussed.', 'Will follow up next week.', 'May benefit from IOP.']) {
      expect(deidentify(t).text, t).toBe(t);
    }
  });
  it('keeps instruments and conditions named after people and places', () => {
    for (const t of ['She completed the Beck Depression Inventory.', 'Client completed the Columbia Suicide Severity Rating Scale.', 'History of Cushing\u2019s syndrome and Bell\u2019s palsy.']) {
      expect(deidentify(t).text, t).toBe(t);
    }
  });
});

describe('places and organisations', () => {
  it('finds streets with USPS suffixes and numbered streets', () => {
    expect(found('lives at 1829 Willard Walks and 254 E 3rd Street')).toEqual(['1829 Willard Walks', '254 E 3rd Street']);
  });
  it('finds known cities of several words, acronyms after "at", company shapes', () => {
    expect(found('from New York City')).toEqual(['New York City']);
    expect(found('treated at UCSF on')).toEqual(['UCSF']);
    expect(found('works at Morissette - Jones and Ferry and Sons')).toEqual(['Morissette - Jones', 'Ferry and Sons']);
  });
});

describe('bench scoring', () => {
  const leak = (input: string, output: string, value: string): boolean => {
    const start = input.indexOf(value);
    const toks = tokens(input);
    const blank = input.slice(0, start) + ' '.repeat(value.length) + input.slice(start + value.length);
    return leakedAt(toks, survivors(toks, tokens(output)), start, start + value.length, 'EMAIL', fragmentsOf(value, 'EMAIL'), indexText(output), indexText(blank));
  };
  it('charges a surviving name token to the name, not to the redacted email built from it', () => {
    const input = 'Maria called; email maria.okafor@mail.com today.';
    expect(leak(input, 'Maria called; email [EMAIL] today.', 'maria.okafor@mail.com')).toBe(false);
    expect(leak(input, '[NAME] called; email maria.[NAME]@mail.com today.', 'maria.okafor@mail.com')).toBe(true);
  });
  it('keeps a decoy by position, whatever happened to the same digits in a date', () => {
    const input = 'PHQ-9 score of 20 on March 3, 2020.';
    const toks = tokens(input);
    const at = input.indexOf('20');
    expect(keptAt(toks, survivors(toks, tokens('PHQ-9 score of 20 on [DATE].')), at, at + 2)).toBe(true);
    expect(keptAt(toks, survivors(toks, tokens('PHQ-9 score of [ID] on [DATE].')), at, at + 2)).toBe(false);
  });
});

describe('explainNames', () => {
  it('says what the name rules made of each capitalised word alone', () => {
    expect(explainNames('Hope remains. Ms. Okafor called.')).toEqual([
      { word: 'Hope', verdict: 'no' },
      { word: 'Ms', verdict: 'maybe' }, // a title is no name alone; it makes the next word one
      { word: 'Okafor', verdict: 'name' },
    ]);
  });
});
