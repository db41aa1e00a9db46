import { describe, expect, it } from 'vitest';
import { deidentify } from '../../src-main/deid/index.js';

const red = (t: string): string => deidentify(t).text;

describe('phones in international forms', () => {
  it('[HIPAA 164.514(b)(2)(i)(D)] takes a phone whose label is on the line above, or that runs into a label', () => {
    expect(red('Phone:\n467 3395')).toBe('Phone:\n[PHONE]');
    expect(red('Hungary (37) 788-063-Office')).toBe('Hungary [PHONE]-Office');
    expect(red('Mobile: 0341 8387176 Desk')).toBe('Mobile: [PHONE] Desk');
    expect(red('my registered 668 5702. Could you check?')).toBe('my registered [PHONE]. Could you check?');
  });
  it('takes 8 digits in spaced groups, but not scores or dates', () => {
    expect(red("They're not answering at 78 651 450")).toBe("They're not answering at [PHONE]");
    for (const t of ['PHQ-9 scores were 14 12 10 8 and 21 24.', 'BP 120 80, pulse 72.', 'Seen on 2024-03-14 for follow-up.']) {
      expect(red(t).replace('[DATE]', '2024-03-14'), t).toBe(t);
    }
  });
});

describe('postcodes by label', () => {
  it('takes a labelled postcode of any country shape', () => {
    expect(red('My zip code is 2371')).toBe('My zip code is [ZIP]');
    expect(red('Postcode: 53-320')).toBe('Postcode: [ZIP]');
    expect(red('postal code B0J 2H0')).toBe('postal code [ZIP]');
  });
});

describe('organisations', () => {
  it('takes an employer or a school named after "works for", "studied at"', () => {
    expect(red('I used to work for Microsoft as a clerk.')).toBe('I used to work for [ORGANIZATION] as a clerk.');
    expect(red('She is employed by Kessler Marine and likes it.')).toBe('She is employed by [ORGANIZATION] and likes it.');
  });
  it('keeps chain brands, programmes and generic places after the same cues', () => {
    for (const t of ['She works at Walmart and attends AA.', 'He works at the Outpatient Clinic on Monday.', 'Works for Medicaid waiver program.']) {
      expect(red(t), t).toBe(t);
    }
  });
  it('takes a facility with a lower-case head named by its place, not by a clinical word', () => {
    expect(red('seen at our NYC clinic today')).toBe('seen at our [ORGANIZATION] today');
    expect(red('seen at the Chicago downtown clinic')).toBe('seen at the [ORGANIZATION]');
    for (const t of ['Referred to the PTSD clinic.', 'Seen at the Memory clinic.', 'Back at the Monday clinic.']) expect(red(t), t).toBe(t);
  });
  it('knows clubs, orchestras and capital firms by their suffix, not a sentence-initial verb before a generic one', () => {
    expect(red('Where: Kuncsorba Country Club.')).toBe('Where: [ORGANIZATION].');
    expect(red('Hanne spoke at Can Capital.')).toBe('[NAME] spoke at [ORGANIZATION].');
    for (const t of ['Discussed Human Resources meeting.', 'Clinical Research shows benefit.']) expect(red(t), t).toBe(t);
  });
});

describe('names typed in lower case', () => {
  it('takes a given name no English reading claims before a surname', () => {
    expect(red('follow up with patricia desrosiers in a couple of months.')).toBe('follow up with [NAME] in a couple of months.');
    expect(red('emidio p lombardo called')).toBe('[NAME] called');
  });
  it('keeps lower-case prose, drugs and a given name alone', () => {
    // In text typed in lower case, a given name no English reading claims is a name even alone.
    expect(red('client met with sara at the park')).toBe('client met with [NAME] at the park');
    for (const t of ['patient taking lithium carbonate daily', 'discussed grief and hope with mother', 'will grace the meeting']) {
      expect(red(t), t).toBe(t);
    }
  });
});

describe('asq-style cues', () => {
  it('takes a given name that is also a word when a surname initial follows', () => {
    expect(red('a 65-year-old male, Jack B., who has COPD')).toBe('a 65-year-old male, [NAME], who has COPD');
    expect(red('Frank L. presented at clinic.')).toBe('[NAME] presented at clinic.');
    expect(red('Frank discussion followed. Will follow up.')).toBe('Frank discussion followed. Will follow up.');
  });
  it('takes a rare word after "residing in" as a place, not an ordinary one', () => {
    expect(red('male, residing in Westchester, seen today')).toBe('male, residing in [LOCATION], seen today');
    expect(red('She lives in Recovery housing now.')).toBe('She lives in Recovery housing now.');
  });
  it('finds day-month-year written with dashes', () => {
    expect(red('noted on 17-Feb-2023 at our branch')).toBe('noted on [DATE] at our branch');
    expect(red('noted on Feb-17-23.')).toBe('noted on [DATE].');
    expect(red('PHQ-9 on 3-4 days, GAD-7 = 12.')).toBe('PHQ-9 on 3-4 days, GAD-7 = 12.');
  });
});
