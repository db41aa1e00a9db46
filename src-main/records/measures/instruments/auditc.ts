// AUDIT-C: the three alcohol-consumption questions of the WHO AUDIT, used on their own as a
// screen for alcohol misuse (risky drinking through alcohol use disorder).
//
// Copyright: the AUDIT is the World Health Organization's and may be reproduced without
// permission (Babor et al. 2001); the AUDIT-C was validated by the US Department of Veterans
// Affairs (Bush et al. 1998), a US government work in the public domain. Items below are short
// paraphrases; the answer options are the published ones.

import type { Instrument, Sex, SeverityBand } from '../types.js';
import { scale } from './options.js';

/**
 * A score at or above this is a positive screen. Bush K, Kivlahan DR, McDonell MB, Fihn SD,
 * Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med
 * 1998;158(16):1789-1795 (men, ≥4); Bradley KA, Bush KR, Epler AJ, et al. Two brief
 * alcohol-screening tests from the AUDIT: validation in a female Veterans Affairs patient
 * population. Arch Intern Med 2003;163(7):821-829 (women, ≥3); Bradley KA, DeBenedetti AF,
 * Volk RJ, et al. AUDIT-C as a brief screen for alcohol misuse in primary care. Alcohol Clin
 * Exp Res 2007;31(7):1208-1217 (≥4 men, ≥3 women). With sex not recorded Alcove uses the
 * lower cut-off, so that no woman's positive screen is missed.
 */
export const AUDITC_POSITIVE_AT: Readonly<Record<Sex, number>> = { male: 4, female: 3, unknown: 3 };

function bandsFor(positiveAt: number): readonly SeverityBand[] {
  return [
    { band: 'negative', label: 'Negative screen', min: 0, max: positiveAt - 1 },
    { band: 'positive', label: 'Positive screen for alcohol misuse', min: positiveAt, max: 12 },
  ];
}

/** The bands under each sex's cut-off. The published sources give a positive/negative screen, not graded severity. */
export const AUDITC_BANDS_BY_SEX: Readonly<Record<Sex, readonly SeverityBand[]>> = {
  male: bandsFor(AUDITC_POSITIVE_AT.male),
  female: bandsFor(AUDITC_POSITIVE_AT.female),
  unknown: bandsFor(AUDITC_POSITIVE_AT.unknown),
};

// Item wording and the 0-4 scoring of each option: WHO AUDIT questions 1-3 (Babor TF,
// Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: guidelines for use in primary care, 2nd
// ed. WHO 2001), as used in Bush et al. 1998.
export const AUDITC: Instrument = {
  id: 'auditc',
  shortName: 'AUDIT-C',
  name: 'Alcohol Use Disorders Identification Test – Consumption',
  instructions: 'Questions about the client’s drinking over the past year.',
  items: [
    {
      number: 1,
      text: 'How often do you have a drink containing alcohol?',
      options: scale(['Never', 'Monthly or less', '2–4 times a month', '2–3 times a week', '4 or more times a week']),
    },
    {
      number: 2,
      text: 'How many standard drinks do you have on a typical day when you are drinking?',
      options: scale(['1 or 2', '3 or 4', '5 or 6', '7 to 9', '10 or more']),
    },
    {
      number: 3,
      text: 'How often do you have six or more drinks on one occasion?',
      options: scale(['Never', 'Less than monthly', 'Monthly', 'Weekly', 'Daily or almost daily']),
    },
  ],
  // Total = sum of the three items, each 0-4 (Bush et al. 1998).
  minScore: 0,
  maxScore: 12,
  bands: AUDITC_BANDS_BY_SEX.unknown,
  copyright: 'WHO AUDIT (reproducible without permission); AUDIT-C by the US Department of Veterans Affairs, public domain.',
  sources: [
    'Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med. 1998;158(16):1789-1795.',
    'Bradley KA, Bush KR, Epler AJ, et al. Two brief alcohol-screening tests from the AUDIT: validation in a female Veterans Affairs patient population. Arch Intern Med. 2003;163(7):821-829.',
    'Bradley KA, DeBenedetti AF, Volk RJ, Williams EC, Frank D, Kivlahan DR. AUDIT-C as a brief screen for alcohol misuse in primary care. Alcohol Clin Exp Res. 2007;31(7):1208-1217.',
    'Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: the Alcohol Use Disorders Identification Test. Guidelines for use in primary care. 2nd ed. WHO; 2001.',
  ],
};
