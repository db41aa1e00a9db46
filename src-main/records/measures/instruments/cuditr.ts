// CUDIT-R: cannabis misuse over the past six months.
//
// Copyright: Adamson et al. 2010; the authors make the CUDIT-R freely available for clinical
// and research use with citation. Items below are short paraphrases; the answer options and
// their scores are the published ones.

import type { Instrument, SeverityBand } from '../types.js';
import { scale } from './options.js';

// "Scores of 8 or more indicate hazardous cannabis use, while scores of 12 or more indicate a
// possible cannabis use disorder for which further intervention may be required": Adamson SJ,
// Kay-Lambkin FJ, Baker AL, Lewin TJ, Thornton L, Kelly BJ, Sellman JD. An improved brief
// measure of cannabis misuse: the Cannabis Use Disorders Identification Test-Revised (CUDIT-R).
// Drug Alcohol Depend 2010;110(1-2):137-143, and the published form.
export const CUDITR_BANDS: readonly SeverityBand[] = [
  { band: 'below-hazardous', label: 'Below the hazardous-use cut-off', min: 0, max: 7 },
  { band: 'hazardous', label: 'Hazardous cannabis use', min: 8, max: 11 },
  { band: 'possible-disorder', label: 'Possible cannabis use disorder', min: 12, max: 32 },
];

export const CUDITR_HAZARDOUS_AT = 8;
export const CUDITR_POSSIBLE_DISORDER_AT = 12;

const HOW_OFTEN = scale(['Never', 'Less than monthly', 'Monthly', 'Weekly', 'Daily or almost daily']);

// Items 1-7 score 0-4; item 8 scores 0, 2 or 4 (Adamson et al. 2010, published form).
export const CUDITR: Instrument = {
  id: 'cuditr',
  shortName: 'CUDIT-R',
  name: 'Cannabis Use Disorders Identification Test – Revised',
  instructions: 'Questions about the client’s cannabis use over the past six months.',
  items: [
    {
      number: 1,
      text: 'How often do you use cannabis?',
      options: scale(['Never', 'Monthly or less', '2–4 times a month', '2–3 times a week', '4 or more times a week']),
    },
    {
      number: 2,
      text: 'How many hours were you "stoned" on a typical day when you had been using cannabis?',
      options: scale(['Less than 1', '1 or 2', '3 or 4', '5 or 6', '7 or more']),
    },
    { number: 3, text: 'How often were you unable to stop using cannabis once you had started?', options: HOW_OFTEN },
    { number: 4, text: 'How often did you fail to do what was normally expected of you because of using cannabis?', options: HOW_OFTEN },
    { number: 5, text: 'How often did you devote a great deal of your time to getting, using or recovering from cannabis?', options: HOW_OFTEN },
    { number: 6, text: 'How often did you have a problem with your memory or concentration after using cannabis?', options: HOW_OFTEN },
    {
      number: 7,
      text: 'How often do you use cannabis in situations that could be physically hazardous, such as driving, operating machinery or caring for children?',
      options: HOW_OFTEN,
    },
    {
      number: 8,
      text: 'Have you ever thought about cutting down, or stopping, your use of cannabis?',
      options: scale(['Never', 'Yes, but not in the past 6 months', 'Yes, during the past 6 months'], [0, 2, 4]),
    },
  ],
  minScore: 0,
  maxScore: 32,
  bands: CUDITR_BANDS,
  copyright: 'Adamson et al. 2010; free to use for clinical and research purposes with citation.',
  sources: [
    'Adamson SJ, Kay-Lambkin FJ, Baker AL, Lewin TJ, Thornton L, Kelly BJ, Sellman JD. An improved brief measure of cannabis misuse: the Cannabis Use Disorders Identification Test-Revised (CUDIT-R). Drug Alcohol Depend. 2010;110(1-2):137-143.',
  ],
};
