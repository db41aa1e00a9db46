// PCL-5: PTSD symptoms over the past month, mapped one item per DSM-5 symptom.
//
// Copyright: developed by the US Department of Veterans Affairs National Center for PTSD
// (Weathers et al. 2013); a US government work in the public domain. Items below are short
// paraphrases.

import type { Instrument, SeverityBand, Subscale } from '../types.js';
import { scale } from './options.js';

/**
 * The total at which Alcove reports probable PTSD. The National Center for PTSD and Bovin et
 * al. 2016 give a cut-point range of 31-33; Alcove uses the top of that range, so a score of 31
 * or 32 is reported as within the range but below the flag (see the interpretation). Bovin MJ,
 * Marx BP, Weathers FW, et al. Psychometric properties of the PTSD Checklist for DSM-5 (PCL-5)
 * in veterans. Psychol Assess 2016;28(11):1379-1391.
 */
export const PCL5_CUT_POINT = 33;
export const PCL5_CUT_POINT_RANGE = { min: 31, max: 33 } as const;

// There are no empirically derived severity ranges for the PCL-5 (National Center for PTSD,
// "Using the PCL-5"); the only published cut-off on the total is the provisional cut-point.
export const PCL5_BANDS: readonly SeverityBand[] = [
  { band: 'below-cut-point', label: 'Below the provisional PTSD cut-point', min: 0, max: PCL5_CUT_POINT - 1 },
  { band: 'probable-ptsd', label: 'At or above the provisional PTSD cut-point', min: PCL5_CUT_POINT, max: 80 },
];

// DSM-5 cluster scoring: B items 1-5, C 6-7, D 8-14, E 15-20; an item rated 2 ("Moderately") or
// higher counts as an endorsed symptom; a provisional diagnosis needs at least 1 B, 1 C, 2 D and
// 2 E (Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for
// DSM-5 (PCL-5). National Center for PTSD, 2013; Bovin et al. 2016).
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
export const PCL5_CLUSTERS: readonly Subscale[] = [
  { id: 'B', label: 'Intrusion (B)', items: range(1, 5), endorsedAt: 2, required: 1 },
  { id: 'C', label: 'Avoidance (C)', items: range(6, 7), endorsedAt: 2, required: 1 },
  { id: 'D', label: 'Negative alterations in cognitions and mood (D)', items: range(8, 14), endorsedAt: 2, required: 2 },
  { id: 'E', label: 'Alterations in arousal and reactivity (E)', items: range(15, 20), endorsedAt: 2, required: 2 },
];

const texts = [
  'Repeated, disturbing and unwanted memories of the stressful experience',
  'Repeated, disturbing dreams of the stressful experience',
  'Suddenly feeling or acting as if the stressful experience were happening again',
  'Feeling very upset when something reminded you of the stressful experience',
  'Strong physical reactions when reminded of the stressful experience (e.g. heart pounding, trouble breathing, sweating)',
  'Avoiding memories, thoughts or feelings related to the stressful experience',
  'Avoiding external reminders of the stressful experience (people, places, conversations, activities, objects, situations)',
  'Trouble remembering important parts of the stressful experience',
  'Strong negative beliefs about yourself, other people or the world',
  'Blaming yourself or someone else for the stressful experience or what happened after it',
  'Strong negative feelings such as fear, horror, anger, guilt or shame',
  'Loss of interest in activities you used to enjoy',
  'Feeling distant or cut off from other people',
  'Trouble experiencing positive feelings (e.g. happiness, or loving feelings for people close to you)',
  'Irritable behaviour, angry outbursts or acting aggressively',
  'Taking too many risks or doing things that could cause you harm',
  'Being "superalert", watchful or on guard',
  'Feeling jumpy or easily startled',
  'Difficulty concentrating',
  'Trouble falling or staying asleep',
];

const BOTHERED = scale(['Not at all', 'A little bit', 'Moderately', 'Quite a bit', 'Extremely']);

export const PCL5: Instrument = {
  id: 'pcl5',
  shortName: 'PCL-5',
  name: 'PTSD Checklist for DSM-5',
  instructions: 'In the past month, how much has the client been bothered by each problem in response to the stressful experience?',
  items: texts.map((text, i) => ({ number: i + 1, text, options: BOTHERED })),
  // Total = sum of the 20 items, each 0-4 (Weathers et al. 2013).
  minScore: 0,
  maxScore: 80,
  bands: PCL5_BANDS,
  subscales: PCL5_CLUSTERS,
  copyright: 'US Department of Veterans Affairs, National Center for PTSD; public domain.',
  sources: [
    'Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD; 2013.',
    'Bovin MJ, Marx BP, Weathers FW, et al. Psychometric properties of the PTSD Checklist for Diagnostic and Statistical Manual of Mental Disorders-Fifth Edition (PCL-5) in veterans. Psychol Assess. 2016;28(11):1379-1391.',
  ],
};
