// De-identification of clinical text by HIPAA Safe Harbor (45 CFR 164.514(b)(2)):
// detectors find spans in the original text, the merger unions overlaps, and the
// replacer writes either category tags ([NAME], [DATE]) or consistent surrogates.

import { randomInt } from 'node:crypto';
import { detectAges } from './detect-age.js';
import { detectContext } from './detect-context.js';
import { detectDates } from './detect-dates.js';
import { detectIdentifiers } from './detect-identifiers.js';
import { detectNames } from './detect-names.js';
import { detectBlockOrganizations } from './detect-orgs.js';
import { detectPlaces } from './detect-places.js';
import { clinicalPhrases } from './clinical-phrases.js';
import { shiftDate } from './date-shift.js';
import { mergeSpans } from './merge.js';
import { isLowerCaseText, recase, titleCaps } from './recase.js';
import { HARD_KEEP, SOFT_KEEP } from './clinical-terms.js';
import { isCommonWord, lexicon } from './lexicon.js';
import { ORG_SUFFIX, STREET_SUFFIX } from './places.js';
import { SurrogateBook } from './surrogates.js';
import type { DeidContext, DeidOptions, DeidResult, Span } from './types.js';
import { generalizeZip } from './zip.js';

export type { Category, DeidContext, DeidOptions, DeidResult, ReplacementStyle, Span } from './types.js';
export { CATEGORIES } from './types.js';

/** Every span found, merged, in text order; offsets into `text`. */
export function findSpans(text: string, context?: DeidContext): Span[] {
  // Named instruments and conditions ("Beck Depression Inventory", "Cushing's syndrome")
  // hold words the name and city rules would take; context still redacts inside them.
  // Text typed in lower case is read as a careful writer would have cased it (recase.ts).
  // Runs of capitals that name something are read in Title Case (recase.ts).
  const view = isLowerCaseText(text) ? recase(text) : titleCaps(text, ORG_HEAD);
  const keep = clinicalPhrases(view);
  const guessed = [...detectPlaces(view), ...detectNames(view)].filter((s) => !keep.some((k) => s.start >= k.start && s.end <= k.end));
  const all = mergeSpans([...detectContext(text, context), ...detectIdentifiers(text), ...detectDates(text), ...detectAges(text), ...guessed], text);
  // Signature blocks and letterheads: the employer between a name and an address.
  const blocks = detectBlockOrganizations(view, all);
  const merged = blocks.length > 0 ? mergeSpans([...all, ...blocks], text) : all;
  // A name found once is a name wherever else the document writes it ("Ms. Okafor … OKAFOR's").
  const again = [...namesAgain(view, merged), ...agesAfterNames(text, merged)];
  return again.length > 0 ? mergeSpans([...merged, ...again], text) : merged;
}

// "Agnes Dunleavy, 97, resident at…", "Mrs. Lusk, 92 — Capgras": an age written after a name.
const AGE_AFTER_NAME = /^,[ \t]*(9\d|1[01]\d)(?=[ \t]*(?:[,.;)—–-]|y\b|yo\b|y\/o|years?\b|$))/;

function agesAfterNames(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.category !== 'NAME') continue;
    const m = AGE_AFTER_NAME.exec(text.slice(s.end, s.end + 12));
    if (!m) continue;
    const start = s.end + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, category: 'AGE', source: 'age.after-name' });
  }
  return out;
}

const NAME_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/**
 * Every other place the document writes a word of a name it found, in any casing, possessive
 * or plural ("OKAFOR's", "the Okafors"), by one pass over the words. A word that is also
 * ordinary English ("Will", "Hope") counts only from a full name and only where it is
 * capitalised again.
 */
function namesAgain(view: string, spans: readonly Span[]): Span[] {
  const lex = lexicon();
  const words = new Map<string, boolean>(); // word -> also ordinary English
  for (const s of spans) {
    if (s.category !== 'NAME' || s.source === 'names.initials') continue;
    const parts = view.slice(s.start, s.end).match(NAME_WORD) ?? [];
    for (const w of parts) {
      const lower = w.toLowerCase().replace(/['’]s?$/, '');
      if (lower.length < 3 || HARD_KEEP.has(lower) || SOFT_KEEP.has(lower) || NOT_NAME_WORD.has(lower) || ORG_SUFFIX_WORD.test(w)) continue;
      const ordinary = isCommonWord(lex, lower, 5000) || lex.ambiguousFirst.has(lower);
      if (ordinary && (parts.length < 2 || !/^\p{Lu}/u.test(w))) continue;
      words.set(lower, ordinary || (words.get(lower) ?? false));
    }
  }
  if (words.size === 0) return [];
  // One native search per word over a lower-cased copy (same length, or fall back to none).
  const lower = view.toLowerCase();
  if (lower.length !== view.length) return [];
  const out: Span[] = [];
  for (const [word, ordinary] of words) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      if (at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
      let end = at + word.length;
      // "the Okafors", "the Joneses" are the name; "Okafor's" keeps its possessive outside.
      const tail = /^(?:es|s)?/.exec(lower.slice(end, end + 2))![0];
      if (tail && !isWordChar(lower.charCodeAt(end + tail.length))) end += tail.length;
      if (isWordChar(lower.charCodeAt(end))) continue;
      if (ordinary && !/^\p{Lu}/u.test(view[at]!)) continue;
      out.push({ start: at, end, category: 'NAME', source: 'names.again' });
    }
  }
  return out;
}
function isWordChar(code: number): boolean {
  // Letters and digits of any script (a code unit test; NaN past the end is no letter).
  if (Number.isNaN(code)) return false;
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0x2019 && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x206f));
}
const ORG_HEAD = new RegExp(`^(?:${ORG_SUFFIX}|Court|Office|Department|Division|Authority|Defender|Bureau|Schools|Sheriff|Police|Probation|Parole|Rescue)$`);
// Words that end an organisation's or a street's name are never a name word again ("County Jail").
const ORG_SUFFIX_WORD = new RegExp(`^(?:${ORG_SUFFIX}|${STREET_SUFFIX})$`, 'i');
const NOT_NAME_WORD = new Set('the and of van von der den del della de la le du des dos das bin ibn mac'.split(' '));

function tagFor(span: Span, original: string): string {
  if (span.category === 'AGE') return '90 or older';
  if (span.category === 'ZIP') return generalizeZip(original);
  return `[${span.category}]`;
}

function surrogateFor(span: Span, original: string, book: SurrogateBook): string {
  switch (span.category) {
    case 'AGE':
      return '90 or older';
    case 'ZIP':
      return generalizeZip(original);
    case 'NAME':
      return book.name(original);
    case 'DATE':
      return shiftDate(original, book.shiftDays) ?? '[DATE]';
    case 'LOCATION':
    case 'ORGANIZATION':
      return book.place(original, span.category);
    default:
      return book.shaped(original, span.category);
  }
}

/** Redact `text`; `context` is what the vault knows of the client. */
export function deidentify(text: string, context?: DeidContext, options: DeidOptions = {}): DeidResult {
  const spans = findSpans(text, context);
  return { text: applySpans(text, spans, options), spans };
}

/**
 * Replace the given spans (sorted, not overlapping) with tags or surrogates. The export
 * preview uses it for spans a clinician added or removed by hand.
 */
export function applySpans(text: string, spans: readonly Pick<Span, 'start' | 'end' | 'category'>[], options: DeidOptions = {}): string {
  const book = options.style === 'surrogates' ? new SurrogateBook(options.seed ?? randomInt(2 ** 31), options.dateShiftDays) : null;
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    const original = text.slice(span.start, span.end);
    const full = span as Span;
    parts.push(text.slice(at, span.start), book ? surrogateFor(full, original, book) : tagFor(full, original));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
