// The labelled texts bench/deid.ts and bench/deid-misses.ts score: the two corpora in
// ../shared/corpora mapped to our Safe Harbor categories, and two splits of our synthetic
// notes: the tuning split (seed 20240607) and a held-out split (another seed, other name
// pools, and invented names no lexicon holds) that is read only to report, never to tune.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, COUNTRIES, US_STATES, type Category } from '../src-main/deid/index.js';
import { generateNotes } from '../support/synth/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(repoRoot, '../shared/corpora');

export interface Item {
  corpus: string;
  id: string;
  text: string;
  phi: Array<{ value: string; category: Category; start: number; end: number }>;
  /** Text that must survive; `start` is -1 when the corpus gives no offset. */
  decoys: Array<{ value: string; start: number; end: number }>;
}

// Corpus labels -> our categories; null = outside Safe Harbor (countries, titles, years
// alone, weekdays, ages under 90, nationalities), so not scored as PHI.
const ASQ_MAP: Record<string, Category> = {
  NAME: 'NAME', GEOGRAPHIC_LOCATION: 'LOCATION', DATE: 'DATE', MEDICAL_RECORD_NUMBER: 'MRN',
  HEALTH_PLAN_BENEFICIARY_NUMBER: 'HEALTH_PLAN', PHONE_NUMBER: 'PHONE', SOCIAL_SECURITY_NUMBER: 'SSN',
  EMAIL_ADDRESS: 'EMAIL', UNIQUE_IDENTIFIER: 'ID', ACCOUNT_NUMBER: 'ACCOUNT', FAX_NUMBER: 'FAX',
  CERTIFICATE_LICENSE_NUMBER: 'LICENSE', IP_ADDRESS: 'IP',
};
function presidioCategory(type: string, value: string): Category | null {
  switch (type) {
    case 'PERSON': return 'NAME';
    case 'STREET_ADDRESS': return 'LOCATION';
    case 'GPE': return COUNTRIES.has(value.toLowerCase()) || US_STATES.has(value.toLowerCase()) ? null : 'LOCATION';
    case 'ORGANIZATION': return 'ORGANIZATION';
    case 'CREDIT_CARD': case 'IBAN_CODE': return 'ACCOUNT';
    case 'DATE_TIME':
      // A year alone, a weekday or a time of day is not a Safe Harbor date element.
      return /^(?:\d{4}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d{2})?\s*(?:am|pm)?)$/i.test(value.trim()) ? null : 'DATE';
    case 'PHONE_NUMBER': return 'PHONE';
    case 'AGE': return Number(value) >= 90 ? 'AGE' : null;
    case 'EMAIL_ADDRESS': return 'EMAIL';
    case 'ZIP_CODE': return 'ZIP';
    case 'DOMAIN_NAME': return 'URL';
    case 'US_SSN': return 'SSN';
    case 'IP_ADDRESS': return 'IP';
    case 'US_DRIVER_LICENSE': return 'LICENSE';
    default: return null; // TITLE, NRP
  }
}

interface RawLine { id: string; text: string; phi: Array<{ type: string; value: string; start?: number; end?: number }>; decoys?: string[] }

function loadCorpus(file: string, name: string, map: (type: string, value: string) => Category | null): Item[] {
  return readFileSync(path.resolve(corpora, file), 'utf8').split('\n').filter(Boolean).map((line) => {
    const raw = JSON.parse(line) as RawLine;
    const phi: Item['phi'] = [];
    for (const p of raw.phi) {
      const category = map(p.type, p.value);
      if (!category) continue;
      const start = p.start ?? raw.text.indexOf(p.value);
      phi.push({ value: p.value, category, start, end: p.end ?? start + p.value.length });
    }
    const decoys = [...new Set(raw.decoys ?? [])].map((value) => ({ value, start: -1, end: -1 }));
    return { corpus: name, id: raw.id, text: raw.text, phi, decoys };
  });
}

export const TUNING_SEED = 20240607;
export const HELD_OUT_SEED = 77031;

function synth(corpus: string, count: number, seed: number, heldOut: boolean): Item[] {
  return generateNotes(count, seed, { heldOut }).map((n) => ({
    corpus,
    id: n.id,
    text: n.text,
    phi: n.phi,
    decoys: n.decoys.map((d) => ({ value: d.value, start: d.start, end: d.end })),
  }));
}

/**
 * support/corpora/heldout-clinical.jsonl: 173 notes written by hand by someone who had not
 * seen the engine. Split by id: the even half (clinical-dev) may be read to find what the
 * engine misses in the general case; the odd half (clinical-heldout) is never read.
 * support/corpora/dev-clinical.jsonl (clinical-dev2): 199 more notes by another hand, also
 * written without sight of the engine, read to find misses like clinical-dev.
 * Held out: reported apart, never in the totals, never read to tune: synth-heldout (our
 * generator with another seed and other name pools) and clinical-heldout.
 */
export const HELD_OUT: ReadonlySet<string> = new Set(['synth-heldout', 'clinical-heldout', 'final-heldout']);
/** Reported apart and not in the totals (the corpora and our generator are the goal's text). */
export const REPORT_ONLY: ReadonlySet<string> = new Set([...HELD_OUT, 'clinical-dev', 'clinical-dev2']);

/**
 * support/corpora/final-heldout-clinical.jsonl: 150 notes by a third hand, written last, scored
 * only with `npm run bench:deid -- --final` so that no tuning run ever prints it.
 */
export const WITH_FINAL = process.argv.includes('--final');

const OUR_CATEGORIES = new Set<string>(CATEGORIES);
/** A hand-written corpus of ours: labelled with our own categories already. */
const handWritten = (file: string, corpus: string): Item[] =>
  loadCorpus(path.join(repoRoot, 'support/corpora', file), corpus, (t) => (OUR_CATEGORIES.has(t) ? (t as Category) : null));

/** The scored texts; the held-out ones are reported apart and must not drive tuning. */
export function loadItems(): Item[] {
  return [
    ...loadCorpus('asq-phi.jsonl', 'asq-phi', (t) => ASQ_MAP[t] ?? null),
    ...loadCorpus('presidio-synth.jsonl', 'presidio-synth', presidioCategory),
    ...synth('synth-notes', 400, TUNING_SEED, false),
    ...synth('synth-heldout', 400, HELD_OUT_SEED, true),
    ...handWritten('heldout-clinical.jsonl', 'clinical').map((item) => ({
      ...item,
      corpus: Number(item.id.slice(1)) % 2 === 0 ? 'clinical-dev' : 'clinical-heldout',
    })),
    ...handWritten('dev-clinical.jsonl', 'clinical-dev2'),
    ...(WITH_FINAL ? handWritten('final-heldout-clinical.jsonl', 'final-heldout') : []),
  ];
}
