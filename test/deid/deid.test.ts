import { describe, expect, it } from 'vitest';
import { deidentify, findSpans, generalizeZip, shiftDate } from '../../src-main/deid/index.js';

const cats = (text: string): string[] => findSpans(text).map((s) => `${text.slice(s.start, s.end)}=${s.category}`);

describe('detectors', () => {
  it('[HIPAA 164.514(b)(2)(i)(A)] finds names with and without titles, keeps possessives outside the span', () => {
    expect(cats('Client Maria Okafor met Dr. Smith.')).toEqual(['Maria Okafor=NAME', 'Smith=NAME']);
    expect(deidentify("Okafor's son David Brown called.").text).toBe("[NAME]'s son [NAME] called.");
  });
  it('[HIPAA 164.514(b)(2)(i)(C)] finds dates in every common form', () => {
    for (const d of ['03/14/2024', '2024-03-14', 'March 3rd', 'March 3, 2024', '3 March 2024', 'Mar. 3', 'March 2024', '3/14']) {
      expect(deidentify(`Seen on ${d} for follow-up.`).text, d).toBe('Seen on [DATE] for follow-up.');
    }
  });
  it('[HIPAA 164.514(b)(2)(i)(D)] [HIPAA 164.514(b)(2)(i)(E)] [HIPAA 164.514(b)(2)(i)(F)] [HIPAA 164.514(b)(2)(i)(G)] [HIPAA 164.514(b)(2)(i)(H)] [HIPAA 164.514(b)(2)(i)(I)] [HIPAA 164.514(b)(2)(i)(J)] [HIPAA 164.514(b)(2)(i)(L)] [HIPAA 164.514(b)(2)(i)(N)] [HIPAA 164.514(b)(2)(i)(O)] finds identifiers by pattern and by label', () => {
    const t = 'SSN 123-45-6789, MRN: 00123456, member ID HP-1234-5678, acct 9876543210, call (555) 123-4567, fax 555-987-6543, a@b.org, https://x.org/a, 192.168.1.1, VIN 1HGCM82633A004352.';
    expect(cats(t).map((c) => c.split('=')[1])).toEqual(['SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT', 'PHONE', 'FAX', 'EMAIL', 'URL', 'IP', 'VEHICLE']);
  });
  it('[HIPAA 164.514(b)(2)(i)(B)] finds addresses, cities, ZIPs and facilities', () => {
    expect(deidentify('Lives at 12 Elm Street, Dayton, OH 45402; seen at Lakeside Clinic.').text).toBe('Lives at [LOCATION], OH 454**; seen at [ORGANIZATION].');
  });
  it('[HIPAA 164.514(b)(2)(i)(C)] turns ages over 89 into "90 or older" and keeps younger ages', () => {
    expect(deidentify('A 92-year-old and a 34-year-old.').text).toBe('A 90 or older and a 34-year-old.');
  });
});

describe('clinical meaning survives', () => {
  const keep = [
    'PHQ-9 = 14 and GAD-7 = 12 today.',
    'Sertraline 50 mg and Zoloft 100 mg daily.',
    'Dx F12.20 and F43.10 per DSM-5.',
    "History of Crohn's disease and Parkinson's.",
    'Continue CBT and DBT skills; EMDR next.',
    'Session on Monday in 2019 for 45 minutes at 3:00 pm.',
    'Client expressed hope that she will attend; she may call.',
    'Mark progress toward goals at each session.',
    'Pain rated 7/10; BP 120/80.',
  ];
  for (const t of keep) it(t, () => expect(deidentify(t).text).toBe(t));
});

describe('context', () => {
  it('[HIPAA 164.514(b)(2)(i)(A)] catches every casing, possessive and inflection of known names', () => {
    const r = deidentify("OKAFOR called; Okafor's sister and the okafors; Nnamdi came.", { names: ['Nnamdi Okafor'] });
    expect(r.text).toBe("[NAME] called; [NAME]'s sister and the [NAME]; [NAME] came.");
  });
  it('catches identifiers written with other separators', () => {
    expect(deidentify('Reach at 555 123 4567.', { identifiers: ['555-123-4567'] }).text).toBe('Reach at [PHONE].');
  });
});

describe('surrogates', () => {
  it('maps the same name to the same surrogate and shifts dates keeping intervals', () => {
    const text = 'Maria Okafor seen 03/14/2024. Okafor returned 03/21/2024 with Maria.';
    const r = deidentify(text, undefined, { style: 'surrogates', seed: 7, dateShiftDays: 10 });
    expect(r.text).toMatch(/seen 03\/24\/2024\. .* returned 03\/31\/2024/);
    const names = r.spans.filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));
    expect(names).toEqual(['Maria Okafor', 'Okafor', 'Maria']);
    const [full, last] = r.text.split(' seen')[0]!.split(' ');
    expect(r.text).toContain(`${last} returned`);
    expect(r.text).toContain(`with ${full}.`);
    expect(r.text).not.toMatch(/Maria|Okafor/);
  });
  it('is deterministic for a seed', () => {
    const t = 'John Doe on March 3rd';
    expect(deidentify(t, undefined, { style: 'surrogates', seed: 3 }).text).toBe(deidentify(t, undefined, { style: 'surrogates', seed: 3 }).text);
  });
  it('shifts spelled dates in their own form', () => {
    expect(shiftDate('March 3rd', 10)).toBe('March 13th');
    expect(shiftDate('March 3, 2024', 30)).toBe('April 2, 2024');
    expect(shiftDate('2024-03-14', -14)).toBe('2024-02-29');
  });
  it('[HIPAA 164.514(b)(2)(i)(B)] keeps only allowed ZIP prefixes', () => {
    expect(generalizeZip('45402')).toBe('454**');
    expect(generalizeZip('03601')).toBe('000**');
  });
});

describe('offsets', () => {
  it('point into the original text', () => {
    const text = 'Émilie Okafor (DOB 1/2/1980) — email e.okafor@mail.com';
    for (const s of deidentify(text).spans) expect(text.slice(s.start, s.end).length).toBe(s.end - s.start);
    expect(deidentify(text).spans.map((s) => text.slice(s.start, s.end))).toEqual(['Émilie Okafor', '1/2/1980', 'e.okafor@mail.com']);
  });
});
