// The six standard measures Alcove scores, as data: items, answer options, bands, critical
// items and sources. Each instrument lives in its own file under instruments/, next to the
// citations for its scoring rules; this file gathers them for the entry screen and the chart.

import { AUDITC, AUDITC_BANDS_BY_SEX } from './instruments/auditc.js';
import { CUDITR } from './instruments/cuditr.js';
import { DAST10 } from './instruments/dast10.js';
import { GAD7 } from './instruments/gad7.js';
import { PCL5 } from './instruments/pcl5.js';
import { PHQ9 } from './instruments/phq9.js';
import { INSTRUMENT_IDS, type Instrument, type InstrumentId, type ScoreOptions, type SeverityBand } from './types.js';

export { AUDITC_BANDS_BY_SEX, AUDITC_POSITIVE_AT } from './instruments/auditc.js';
export { CUDITR_HAZARDOUS_AT, CUDITR_POSSIBLE_DISORDER_AT } from './instruments/cuditr.js';
export { DAST10_FLAG_AT } from './instruments/dast10.js';
export { GAD7_FURTHER_EVALUATION_AT } from './instruments/gad7.js';
export { PCL5_CLUSTERS, PCL5_CUT_POINT, PCL5_CUT_POINT_RANGE } from './instruments/pcl5.js';
export { INSTRUMENT_IDS, SEXES } from './types.js';
export type * from './types.js';

/** Every instrument's metadata, in the order an entry screen lists them. */
export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = {
  phq9: PHQ9,
  gad7: GAD7,
  auditc: AUDITC,
  dast10: DAST10,
  cuditr: CUDITR,
  pcl5: PCL5,
};

/**
 * Severity bands per instrument (inclusive min and max on the total), for shading a chart.
 * AUDIT-C's cut-off depends on the client's sex; this table holds the bands for sex not
 * recorded (the lower cut-off). Use `severityBandsFor` to get the bands a score was judged by.
 */
export const SEVERITY_BANDS: Readonly<Record<InstrumentId, readonly SeverityBand[]>> = {
  phq9: PHQ9.bands,
  gad7: GAD7.bands,
  auditc: AUDITC.bands,
  dast10: DAST10.bands,
  cuditr: CUDITR.bands,
  pcl5: PCL5.bands,
};

/** The bands `scoreMeasure` uses for this instrument with these options. */
export function severityBandsFor(instrument: InstrumentId, options: ScoreOptions = {}): readonly SeverityBand[] {
  if (instrument === 'auditc') return AUDITC_BANDS_BY_SEX[options.sex ?? 'unknown'];
  return SEVERITY_BANDS[instrument];
}

export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === 'string' && (INSTRUMENT_IDS as readonly string[]).includes(value);
}
