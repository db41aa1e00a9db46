// Overlapping findings become one span: the union of their ranges, carrying the most
// specific category (an email beats the name inside it; a ZIP beats "a long number").

import type { Category, Span } from './types.js';

const PRIORITY: readonly Category[] = [
  'EMAIL', 'URL', 'IP', 'SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'BIOMETRIC',
  'FAX', 'PHONE', 'AGE', 'DATE', 'ZIP', 'ID', 'ORGANIZATION', 'LOCATION', 'NAME',
];
const RANK = new Map<Category, number>(PRIORITY.map((c, i) => [c, i]));
// A whole address block outranks the postcode, house numbers and town words inside it
// (one [LOCATION], not an [ID] that swallowed a street), never a phone or a date.
const ADDRESS_RANK = (RANK.get('ZIP') ?? 99) - 0.5;
// A word that is both a town on the list and a person found by a name rule ("Tyler", "Marta
// Palermo") is tagged a name: the list knows every town, the name rule saw a person.
const CITY_GUESS_RANK = (RANK.get('NAME') ?? 99) + 0.5;
const rankOf = (s: Span): number =>
  s.source === 'address' || s.source.startsWith('street.') ? ADDRESS_RANK : s.source === 'city.known' ? CITY_GUESS_RANK : RANK.get(s.category) ?? 99;

/**
 * The full stop after a word of four lower-case letters or more ends the sentence, not the
 * span ("in March.", "Rogers and Torres."): every detector's spans give it back here, once.
 * Abbreviations keep theirs ("Blvd.", "Jan.", "Jr.").
 */
function withoutSentenceStop(text: string, s: Span): Span {
  if (text.charCodeAt(s.end - 1) !== 46 || !/\p{Ll}{4}\.$/u.test(text.slice(Math.max(s.start, s.end - 5), s.end))) return s;
  return { ...s, end: s.end - 1 };
}

export function mergeSpans(spans: Span[], text?: string): Span[] {
  if (text !== undefined) spans = spans.map((s) => withoutSentenceStop(text, s));
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      // A ZIP kept to 3 digits must not be swallowed by a longer address span's category.
      if (rankOf(s) < rankOf(last)) {
        if (s.category === 'ZIP' && (s.start > last.start || s.end < last.end)) {
          continue; // the address around it is replaced whole
        }
        last.category = s.category;
        last.source = s.source;
      }
      if (s.end > last.end) last.end = s.end;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}
