// The shapes shared by the instrument definitions and the scorer. Instrument metadata is plain
// JSON-serialisable data (no functions), so it can cross the API to the entry screen and the
// chart as it is.

export const INSTRUMENT_IDS = ['phq9', 'gad7', 'auditc', 'dast10', 'cuditr', 'pcl5'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** The client's sex as recorded for AUDIT-C cut-offs; 'unknown' uses the lower (more cautious) cut-off. */
export const SEXES = ['male', 'female', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

/**
 * One answer a client can give to an item. `value` is what is entered and stored (the CLI's
 * `--answers 0,1,…`); `score` is what it adds to the total. They differ only for reverse-scored
 * items (DAST-10 item 3: "No" is entered as 0 and scores 1).
 */
export interface AnswerOption {
  readonly value: number;
  readonly label: string;
  readonly score: number;
}

export interface InstrumentItem {
  /** 1-based, as printed on the published form. */
  readonly number: number;
  /** Short paraphrase for on-screen entry. */
  readonly text: string;
  readonly options: readonly AnswerOption[];
  /** The answer that scores highest is not the highest value (DAST-10 item 3). */
  readonly reverseScored?: boolean;
  /** An answer here can require action on the day, whatever the total (PHQ-9 item 9). */
  readonly critical?: boolean;
}

export interface SeverityBand {
  /** Stable id a chart or a filter can switch on, e.g. 'moderately-severe'. */
  readonly band: string;
  /** As the published source words it, for display. */
  readonly label: string;
  /** Inclusive bounds on the total score. */
  readonly min: number;
  readonly max: number;
  /** The source's suggested next step for this band, where it publishes one (DAST-10). */
  readonly action?: string;
}

export interface Subscale {
  readonly id: string;
  readonly label: string;
  /** 1-based item numbers. */
  readonly items: readonly number[];
  /** Items rated at or above this count as an endorsed symptom (PCL-5: 2, "Moderately"). */
  readonly endorsedAt?: number;
  /** Endorsed items needed to meet the cluster (PCL-5 DSM-5 rule). */
  readonly required?: number;
}

export interface Instrument {
  readonly id: InstrumentId;
  /** As clinicians write it: 'PHQ-9'. */
  readonly shortName: string;
  readonly name: string;
  /** The stem the form puts before the items, paraphrased. */
  readonly instructions: string;
  readonly items: readonly InstrumentItem[];
  readonly minScore: number;
  readonly maxScore: number;
  /** Severity bands. For AUDIT-C these depend on sex: see `severityBandsFor`. */
  readonly bands: readonly SeverityBand[];
  readonly subscales?: readonly Subscale[];
  /** Who holds the rights and whether Alcove may show the items. */
  readonly copyright: string;
  /** The published sources of the items and of the scoring rules. */
  readonly sources: readonly string[];
}

export interface ScoreOptions {
  /** Used by AUDIT-C only; left out or 'unknown' means the lower cut-off (3) is used. */
  sex?: Sex;
}

export type FlagKind =
  | 'suicidal-ideation'
  | 'probable-ptsd'
  | 'alcohol-misuse-positive-screen'
  | 'substantial-drug-problems'
  | 'possible-cannabis-use-disorder';

/**
 * Something the clinician should see beside the score. 'critical' means act on it today (a
 * risk flag on the client); 'info' marks a positive screen that calls for further assessment.
 */
export interface Flag {
  readonly kind: FlagKind;
  readonly severity: 'critical' | 'info';
  readonly message: string;
  /** The item that raised the flag, when one item did. */
  readonly item?: number;
}

export interface SubscaleScore {
  readonly label: string;
  readonly items: readonly number[];
  readonly score: number;
  readonly maxScore: number;
  /** PCL-5 clusters only: items rated 2 or more, how many are needed, and whether that is met. */
  readonly endorsed?: number;
  readonly required?: number;
  readonly met?: boolean;
}

export interface MeasureResult {
  readonly instrument: InstrumentId;
  readonly score: number;
  readonly maxScore: number;
  /** What each answer contributed, in item order (after any reverse scoring). */
  readonly itemScores: readonly number[];
  readonly severity: { readonly band: string; readonly label: string };
  readonly flags: readonly Flag[];
  readonly interpretation: string;
  readonly subscales?: Readonly<Record<string, SubscaleScore>>;
}
