// DAST-10: problems related to drug use (not alcohol or tobacco) in the past 12 months.
//
// Copyright: © 1982 Harvey A. Skinner, PhD, and the Addiction Research Foundation (now CAMH,
// Toronto). Free for clinical and research use; commercial reproduction may need the
// copyright holder's permission. Items below are short paraphrases.

import type { AnswerOption, Instrument, SeverityBand } from '../types.js';

// One point per "Yes", except item 3, where "No" scores the point (Skinner 1982; scoring as in
// Skinner's "Guide for using the Drug Abuse Screening Test", ARF/CAMH). The entered value is the
// answer (1 = Yes, 0 = No); the score follows the keying.
const YES_SCORES: readonly AnswerOption[] = [
  { value: 0, label: 'No', score: 0 },
  { value: 1, label: 'Yes', score: 1 },
];
const NO_SCORES: readonly AnswerOption[] = [
  { value: 0, label: 'No', score: 1 },
  { value: 1, label: 'Yes', score: 0 },
];

// Degree of problems and suggested action: Skinner HA. The Drug Abuse Screening Test. Addict
// Behav 1982;7(4):363-371, with the DAST-10 interpretation guide (0, 1-2, 3-5, 6-8, 9-10) as
// reviewed in Yudko E, Lozhkina O, Fouts A. A comprehensive review of the psychometric
// properties of the Drug Abuse Screening Test. J Subst Abuse Treat 2007;32(2):189-198.
export const DAST10_BANDS: readonly SeverityBand[] = [
  { band: 'none', label: 'No problems reported', min: 0, max: 0, action: 'None at this time.' },
  { band: 'low', label: 'Low level', min: 1, max: 2, action: 'Monitor, reassess at a later date.' },
  { band: 'moderate', label: 'Moderate level', min: 3, max: 5, action: 'Further investigation.' },
  { band: 'substantial', label: 'Substantial level', min: 6, max: 8, action: 'Intensive assessment.' },
  { band: 'severe', label: 'Severe level', min: 9, max: 10, action: 'Intensive assessment.' },
];

/** Substantial level or worse: intensive assessment (Skinner 1982 guide). Alcove flags from here. */
export const DAST10_FLAG_AT = 6;

const texts = [
  'Have you used drugs other than those required for medical reasons?',
  'Do you use more than one drug at a time?',
  'Are you always able to stop using drugs when you want to?',
  'Have you had blackouts or flashbacks as a result of drug use?',
  'Do you ever feel bad or guilty about your drug use?',
  'Does your spouse (or parents) ever complain about your involvement with drugs?',
  'Have you neglected your family because of your use of drugs?',
  'Have you engaged in illegal activities in order to obtain drugs?',
  'Have you ever had withdrawal symptoms (felt sick) when you stopped taking drugs?',
  'Have you had medical problems as a result of your drug use (e.g. memory loss, hepatitis, convulsions, bleeding)?',
];

export const DAST10: Instrument = {
  id: 'dast10',
  shortName: 'DAST-10',
  name: 'Drug Abuse Screening Test (10-item)',
  instructions: 'In the past 12 months, about drug use other than alcohol and tobacco (including prescription drugs used other than as directed):',
  items: texts.map((text, i) =>
    i === 2 ? { number: 3, text, options: NO_SCORES, reverseScored: true } : { number: i + 1, text, options: YES_SCORES },
  ),
  minScore: 0,
  maxScore: 10,
  bands: DAST10_BANDS,
  copyright: '© 1982 Harvey A. Skinner and the Addiction Research Foundation (CAMH); free for clinical and research use.',
  sources: [
    'Skinner HA. The Drug Abuse Screening Test. Addict Behav. 1982;7(4):363-371.',
    'Yudko E, Lozhkina O, Fouts A. A comprehensive review of the psychometric properties of the Drug Abuse Screening Test. J Subst Abuse Treat. 2007;32(2):189-198.',
  ],
};
