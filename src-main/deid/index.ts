// The de-identification engine's door (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)): the
// rest of Alcove, the tests and the benchmarks import from here, or from types.ts for the
// shapes alone, and nothing else in this folder (test/layers.test.ts checks it). Its word
// lists are plain files in data/, read on first use.

export { applySpans, deidentify, findSpans } from './engine.js';
export { CATEGORIES } from './types.js';
export type { Category, DeidContext, DeidOptions, DeidResult, ReplacementStyle, Span } from './types.js';

// Parts the tests check on their own: date shifting, ZIP generalisation, and why a word was
// or was not read as a name.
export { shiftDate } from './date-shift.js';
export { generalizeZip } from './zip.js';
export { explainNames } from './detect-names.js';

// For the synthetic corpora and their scoring (support/synth): the seeded generator the
// surrogates use, and the place lists that tell a state or a country from a town.
export { prng } from './surrogates.js';
export { COUNTRIES, STATE_CODES, US_STATES } from './places.js';
