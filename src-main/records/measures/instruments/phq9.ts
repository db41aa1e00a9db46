// PHQ-9: depression severity over the last two weeks.
//
// Copyright: developed by Drs Robert L. Spitzer, Janet B.W. Williams and Kurt Kroenke with an
// educational grant from Pfizer Inc. The form states that no permission is required to
// reproduce, translate, display or distribute it. Items below are short paraphrases.

import type { Instrument, SeverityBand } from '../types.js';
import { OFTEN_LAST_TWO_WEEKS } from './options.js';

// Cut-points 5, 10, 15 and 20 "represented mild, moderate, moderately severe, and severe
// depression": Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression
// severity measure. J Gen Intern Med 2001;16(9):606-613. Labels as in Kroenke & Spitzer,
// The PHQ-9: a new depression diagnostic and severity measure, Psychiatr Ann 2002;32(9):509-515
// (0-4 "none-minimal").
export const PHQ9_BANDS: readonly SeverityBand[] = [
  { band: 'minimal', label: 'None–minimal', min: 0, max: 4 },
  { band: 'mild', label: 'Mild', min: 5, max: 9 },
  { band: 'moderate', label: 'Moderate', min: 10, max: 14 },
  { band: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19 },
  { band: 'severe', label: 'Severe', min: 20, max: 27 },
];

const texts = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself, or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things such as reading or watching television',
  'Moving or speaking so slowly that others could notice, or being so fidgety or restless that you move around more than usual',
  'Thoughts that you would be better off dead, or of hurting yourself in some way',
];

export const PHQ9: Instrument = {
  id: 'phq9',
  shortName: 'PHQ-9',
  name: 'Patient Health Questionnaire-9',
  instructions: 'Over the last 2 weeks, how often has the client been bothered by each of the following?',
  items: texts.map((text, i) => ({
    number: i + 1,
    text,
    options: OFTEN_LAST_TWO_WEEKS,
    // Item 9 is the form's suicide item: any answer above 0 needs a risk assessment whatever the
    // total (Kroenke et al. 2001; the PHQ instruction manual, Pfizer).
    ...(i === 8 ? { critical: true } : {}),
  })),
  // Total = sum of items 1-9, each 0-3 (Kroenke et al. 2001). The tenth, functional question
  // ("how difficult have these problems made it…") is not scored and is not asked here.
  minScore: 0,
  maxScore: 27,
  bands: PHQ9_BANDS,
  copyright: 'Pfizer Inc. (Spitzer, Williams, Kroenke); free to reproduce, no permission required.',
  sources: [
    'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613.',
    'Kroenke K, Spitzer RL. The PHQ-9: a new depression diagnostic and severity measure. Psychiatr Ann. 2002;32(9):509-515.',
  ],
};
