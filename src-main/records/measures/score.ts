// Scores one completed measure exactly as its published rules state: validates every answer
// against the item's allowed values, sums the item scores (after reverse keying), finds the
// severity band, and raises the flags a clinician must see. Pure: no clock, no I/O.

import { AlcoveError } from '../../errors.js';
import { AUDITC_POSITIVE_AT } from './instruments/auditc.js';
import { CUDITR_POSSIBLE_DISORDER_AT } from './instruments/cuditr.js';
import { DAST10_FLAG_AT } from './instruments/dast10.js';
import { GAD7_FURTHER_EVALUATION_AT } from './instruments/gad7.js';
import { PCL5_CLUSTERS, PCL5_CUT_POINT, PCL5_CUT_POINT_RANGE } from './instruments/pcl5.js';
import { INSTRUMENTS, isInstrumentId, severityBandsFor } from './instruments.js';
import {
  INSTRUMENT_IDS,
  SEXES,
  type Flag,
  type Instrument,
  type InstrumentId,
  type InstrumentItem,
  type MeasureResult,
  type ScoreOptions,
  type Sex,
  type SeverityBand,
  type SubscaleScore,
} from './types.js';

/**
 * Score one administration of `instrument` from the client's answers, one per item in form
 * order. Answers are the entered values (DAST-10: 1 = Yes, 0 = No), not item scores.
 * Throws AlcoveError('VALIDATION_FAILED') naming the first wrong answer.
 */
export function scoreMeasure(instrument: InstrumentId, answers: readonly number[], options: ScoreOptions = {}): MeasureResult {
  const def = instrumentFor(instrument);
  const sex = sexFrom(options);
  const itemScores = itemScoresFor(def, answers);
  const score = itemScores.reduce((sum, s) => sum + s, 0);
  const band = bandFor(def, severityBandsFor(def.id, { sex }), score);
  const head = `${def.shortName} total ${score} of ${def.maxScore}`;
  const base = { instrument: def.id, score, maxScore: def.maxScore, itemScores, severity: { band: band.band, label: band.label } };

  switch (def.id) {
    case 'phq9': {
      const flags: Flag[] = [];
      let interpretation = `${head}: ${band.label.toLowerCase()} depression (band ${range(band)}; cut-points 5, 10, 15, 20, Kroenke et al. 2001).`;
      const item9 = itemScores[8] ?? 0;
      if (item9 > 0) {
        flags.push({ kind: 'suicidal-ideation', item: 9, severity: 'critical', message: 'PHQ-9 item 9 answered above 0: assess suicide risk today.' });
        interpretation += ` Item 9 (thoughts of being better off dead or of self-harm) was answered "${labelOf(def, 9, answers)}": assess suicide risk today, whatever the total.`;
      }
      return { ...base, flags, interpretation };
    }
    case 'gad7': {
      let interpretation = `${head}: ${band.label.toLowerCase()} anxiety (band ${range(band)}; cut-points 5, 10, 15, Spitzer et al. 2006).`;
      if (score >= GAD7_FURTHER_EVALUATION_AT) interpretation += ' A score of 10 or more warrants further evaluation for generalized anxiety disorder.';
      return { ...base, flags: [], interpretation };
    }
    case 'auditc': {
      const positiveAt = AUDITC_POSITIVE_AT[sex];
      const positive = score >= positiveAt;
      const cutOff =
        sex === 'male'
          ? 'The cut-off for men is 4 or more (Bush et al. 1998; Bradley et al. 2007).'
          : sex === 'female'
            ? 'The cut-off for women is 3 or more (Bradley et al. 2003, 2007).'
            : "The client's sex is not recorded, so the lower cut-off of 3 or more (used for women) was applied; for men it is 4 or more (Bradley et al. 2007).";
      const flags: Flag[] = positive
        ? [
            {
              kind: 'alcohol-misuse-positive-screen',
              severity: 'info',
              message: `AUDIT-C positive screen for alcohol misuse (${positiveAt} or more): assess drinking further.`,
            },
          ]
        : [];
      return { ...base, flags, interpretation: `${head}: ${positive ? 'positive' : 'negative'} screen for alcohol misuse. ${cutOff}` };
    }
    case 'dast10': {
      const flags: Flag[] =
        score >= DAST10_FLAG_AT
          ? [
              {
                kind: 'substantial-drug-problems',
                severity: 'info',
                message: 'DAST-10 score of 6 or more (substantial or severe level of drug-related problems): intensive assessment is suggested.',
              },
            ]
          : [];
      const action = band.action ? ` Suggested action: ${band.action.charAt(0).toLowerCase()}${band.action.slice(1)}` : '';
      return {
        ...base,
        flags,
        interpretation: `${head}: ${band.label.toLowerCase()} of problems related to drug use (band ${range(band)}; Skinner 1982).${action}`,
      };
    }
    case 'cuditr': {
      const flags: Flag[] =
        score >= CUDITR_POSSIBLE_DISORDER_AT
          ? [
              {
                kind: 'possible-cannabis-use-disorder',
                severity: 'info',
                message: 'CUDIT-R score of 12 or more: possible cannabis use disorder; further assessment is suggested.',
              },
            ]
          : [];
      return {
        ...base,
        flags,
        interpretation: `${head}: ${band.label.toLowerCase()} (8 or more indicates hazardous use; 12 or more a possible cannabis use disorder; Adamson et al. 2010).`,
      };
    }
    case 'pcl5':
      return { ...base, ...scorePcl5(head, score, itemScores) };
  }
}

function scorePcl5(head: string, score: number, itemScores: readonly number[]): Pick<MeasureResult, 'flags' | 'interpretation' | 'subscales'> {
  const subscales: Record<string, SubscaleScore> = {};
  for (const c of PCL5_CLUSTERS) {
    const scores = c.items.map((n) => itemScores[n - 1] ?? 0);
    const endorsedAt = c.endorsedAt ?? 2;
    const required = c.required ?? 1;
    const endorsed = scores.filter((s) => s >= endorsedAt).length;
    subscales[c.id] = {
      label: c.label,
      items: c.items,
      score: scores.reduce((a, b) => a + b, 0),
      maxScore: c.items.length * 4,
      endorsed,
      required,
      met: endorsed >= required,
    };
  }
  const byClusters = Object.values(subscales).every((c) => c.met === true);
  const byTotal = score >= PCL5_CUT_POINT;
  const clusters = PCL5_CLUSTERS.map((c) => {
    const s = subscales[c.id];
    return `${c.id} ${s?.endorsed ?? 0} of ${c.items.length} (needs ${c.required ?? 1})`;
  }).join(', ');

  let interpretation = `${head}: ${byTotal ? 'at or above' : 'below'} the provisional PTSD cut-point of ${PCL5_CUT_POINT} (published range ${PCL5_CUT_POINT_RANGE.min}–${PCL5_CUT_POINT_RANGE.max}, Bovin et al. 2016).`;
  if (score >= PCL5_CUT_POINT_RANGE.min && score < PCL5_CUT_POINT) {
    interpretation += ` The total is within the published cut-point range; consider further assessment.`;
  }
  interpretation += ` DSM-5 cluster rule, items rated 2 or more: ${clusters}; ${byClusters ? 'met' : 'not met'} (Weathers et al. 2013).`;

  const flags: Flag[] = [];
  if (byTotal || byClusters) {
    const basis = byTotal && byClusters ? 'by total score and by the DSM-5 cluster rule' : byTotal ? 'by total score' : 'by the DSM-5 cluster rule';
    flags.push({ kind: 'probable-ptsd', severity: 'info', message: `PCL-5 provisional PTSD ${basis}: confirm with a clinical interview such as the CAPS-5.` });
    interpretation += ` Provisional PTSD ${basis}; a provisional result needs a clinical interview to confirm.`;
  }
  return { flags, interpretation, subscales };
}

function instrumentFor(instrument: unknown): Instrument {
  if (!isInstrumentId(instrument)) {
    const shown = typeof instrument === 'string' && /^[A-Za-z0-9-]{1,20}$/.test(instrument) ? ` "${instrument}"` : '';
    throw new AlcoveError('VALIDATION_FAILED', `Unknown measure${shown}: use one of ${INSTRUMENT_IDS.join(', ')}.`);
  }
  return INSTRUMENTS[instrument];
}

function sexFrom(options: ScoreOptions | undefined): Sex {
  const sex: unknown = options?.sex;
  if (sex === undefined) return 'unknown';
  if (typeof sex === 'string' && (SEXES as readonly string[]).includes(sex)) return sex as Sex;
  throw new AlcoveError('VALIDATION_FAILED', "The client's sex must be male, female or unknown.");
}

function itemScoresFor(def: Instrument, answers: unknown): number[] {
  const n = def.items.length;
  if (!Array.isArray(answers)) {
    throw new AlcoveError('VALIDATION_FAILED', `${def.shortName} answers must be a list of ${n} numbers, one per item.`);
  }
  if (answers.length !== n) {
    throw new AlcoveError('VALIDATION_FAILED', `${def.shortName} needs ${n} answers, one per item (got ${answers.length}).`);
  }
  return def.items.map((item, i) => {
    const value: unknown = answers[i];
    const option = typeof value === 'number' && Number.isInteger(value) ? item.options.find((o) => o.value === value) : undefined;
    if (!option) {
      throw new AlcoveError('VALIDATION_FAILED', `${def.shortName} item ${item.number} must be ${allowed(item)} (got ${shown(value)}).`);
    }
    return option.score;
  });
}

/** "0, 1, 2 or 3"; yes/no items name their labels: "0 (No) or 1 (Yes)". */
function allowed(item: InstrumentItem): string {
  const parts = item.options.map((o) => (item.options.length === 2 ? `${o.value} (${o.label})` : String(o.value)));
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1] ?? ''}`;
}

function shown(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (value === undefined || value === null) return 'nothing';
  return `a ${typeof value}`;
}

function bandFor(def: Instrument, bands: readonly SeverityBand[], score: number): SeverityBand {
  const band = bands.find((b) => score >= b.min && score <= b.max);
  // Unreachable while the bands cover [minScore, maxScore] (a test checks this).
  if (!band) throw new AlcoveError('INTERNAL', `${def.shortName} has no severity band for a total of ${score}.`);
  return band;
}

function labelOf(def: Instrument, itemNumber: number, answers: readonly number[]): string {
  const item = def.items[itemNumber - 1];
  return item?.options.find((o) => o.value === answers[itemNumber - 1])?.label ?? '';
}

function range(band: SeverityBand): string {
  return band.min === band.max ? String(band.min) : `${band.min}–${band.max}`;
}
