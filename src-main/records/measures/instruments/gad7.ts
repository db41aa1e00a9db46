// GAD-7: anxiety severity over the last two weeks.
//
// Copyright: developed by Drs Spitzer, Williams, Kroenke and Löwe with an educational grant from
// Pfizer Inc. No permission is required to reproduce, translate, display or distribute it.
// Items below are short paraphrases.

import type { Instrument, SeverityBand } from '../types.js';
import { OFTEN_LAST_TWO_WEEKS } from './options.js';

// "Scores of 5, 10, and 15 are taken as the cut-off points for mild, moderate, and severe
// anxiety, respectively": Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for
// assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092-1097.
export const GAD7_BANDS: readonly SeverityBand[] = [
  { band: 'minimal', label: 'Minimal', min: 0, max: 4 },
  { band: 'mild', label: 'Mild', min: 5, max: 9 },
  { band: 'moderate', label: 'Moderate', min: 10, max: 14 },
  { band: 'severe', label: 'Severe', min: 15, max: 21 },
];

/** Spitzer et al. 2006: a score of 10 or more is a reasonable cut-point for further evaluation of GAD. */
export const GAD7_FURTHER_EVALUATION_AT = 10;

const texts = [
  'Feeling nervous, anxious or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid, as if something awful might happen',
];

export const GAD7: Instrument = {
  id: 'gad7',
  shortName: 'GAD-7',
  name: 'Generalized Anxiety Disorder-7',
  instructions: 'Over the last 2 weeks, how often has the client been bothered by each of the following?',
  items: texts.map((text, i) => ({ number: i + 1, text, options: OFTEN_LAST_TWO_WEEKS })),
  // Total = sum of items 1-7, each 0-3 (Spitzer et al. 2006).
  minScore: 0,
  maxScore: 21,
  bands: GAD7_BANDS,
  copyright: 'Pfizer Inc. (Spitzer, Kroenke, Williams, Löwe); free to reproduce, no permission required.',
  sources: [
    'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097.',
  ],
};
