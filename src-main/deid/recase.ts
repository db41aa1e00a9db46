// Text typed all in lower case ("spoke w/ her sister dana kowalski, lives in harburg now")
// gives the name and place rules nothing to go on: they read capitalisation. For such a
// text the rules run on a re-cased copy of it, the same length, in which the words a
// careful writer would have capitalised are capitalised: the first word of a sentence,
// and every word that is a known name or town and not English, or is not English at all
// (a surname or a street no list knows). Ordinary words that are also names ("will",
// "hope", "mark") stay lower case, so they stay words.

import { HARD_KEEP, SOFT_KEEP } from './clinical-terms.js';
import { isCommonWord, isEnglish, lexicon } from './lexicon.js';

const TITLE_WORD = /(?<![\p{L}\p{M}])\p{Lu}\p{Ll}/gu;
const WORD = /(?<![\p{L}\p{M}\d_@./:#-])\p{Ll}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
// Endings of drug, chemical and medical words no list holds ("carbonate", "hydrochloride").
const MEDICAL_SUFFIX = /(?:ate|ide|ine|ol|pam|lam|one|itis|osis|emia|aemia|ectomy|otomy|plasty|scopy|gram|graphy|ase|ose|ium|mab|nib|vir|cillin|mycin|statin|pril|sartan|olol|azole|dipine|tidine|prazole|afil|gliptin|gliflozin|parin|xaban)$/;
const LETTER_WORD = /\p{L}{2,}/gu;
const LONE_LETTER = /(?<![\p{L}\p{M}\d'’.-])\p{Ll}(?![\p{L}\p{M}\d'’-])/gu;
// Shorthand of quick notes that no word list holds.
const SHORTHAND = new Set(
  `appt appts meds med mins hrs wks yrs mos yo y/o sxs pts dr drs re w/ w/o b/c bc abt wk wknd tmrw tmr thx pls plz
bf gf bff sis bro fam ok lol omg btw idk imo asap fyi rx dx tx hx sx fx pt f/u fu s/p c/o r/o h/o nkda vs approx incl
info eval evals reeval intake nite tonite gonna wanna gotta kinda sorta ya yea yeah nope cuz cos tho thru
acct acc mrn ssn dob id no num tel ph ext vin dl lic addr apt ste cell mob hr min sec amt qty ref`.split(/\s+/),
);

/** True when a text of some length has next to no Title-case word: typed in lower case. */
export function isLowerCaseText(text: string): boolean {
  // Most text is cased: a capitalised word per 200 characters settles it without counting words.
  let early = 0;
  const limit = text.length / 200 + 2;
  for (const _ of text.matchAll(TITLE_WORD)) if (++early > limit) return false;
  if (early > 8) return false;
  let words = 0;
  let lower = 0;
  for (const m of text.matchAll(LETTER_WORD)) {
    if (m[0].charCodeAt(0) >= 97) lower++;
    if (++words > 400) break;
  }
  // Lower case must be what the text is written in (a form in capitals is not).
  if (words < 3 || lower < words * 0.6) return false;
  let titled = 0;
  for (const _ of text.matchAll(TITLE_WORD)) titled++;
  if (titled <= words * 0.02) return true;
  // A few capitals (a street, "PHQ-9") in a note whose sentences start in lower case:
  // "ok so dawn came in late again, said the bus on Euclid was rerouted. didnt want to talk".
  let starts = 0;
  let lowerStarts = 0;
  for (const m of text.matchAll(SENTENCE_START)) {
    starts++;
    if (m[1]!.charCodeAt(0) >= 97) lowerStarts++;
  }
  return starts >= 2 && lowerStarts >= starts * 0.6 && titled <= words * 0.12;
}
const SENTENCE_START = /(?:^|[.!?][ \t]+|\n[ \t-]*)(\p{L})/gu;

function sentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '(' || text[i] === '“')) i--;
  return i < 0 || '.!?\n:;>'.includes(text[i]!);
}

/** A copy of `text`, offsets unchanged, with proper-noun-like words capitalised. */
export function recase(text: string): string {
  const lex = lexicon();
  const out = text.split('');
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (HARD_KEEP.has(lower) || SOFT_KEEP.has(lower) || SHORTHAND.has(lower)) continue;
    let proper: boolean;
    if (sentenceStart(text, m.index)) proper = true;
    else if (isCommonWord(lex, lower, 10_000) || lex.ambiguousFirst.has(lower)) proper = false;
    else if (lex.firstNames.has(lower) || lex.lastNames.has(lower)) proper = !isEnglish(lex, lower);
    else if (lex.cities.has(lower)) proper = !isEnglish(lex, lower) && !MEDICAL_SUFFIX.test(lower);
    // An English inflection the word list lacks ("rerouted", "journaling") is no proper noun.
    else proper = w.length >= 3 && !isEnglish(lex, lower) && !MEDICAL_SUFFIX.test(lower) && !/(?:ed|ing|ly|tion|ment|ness|able|ful|less|ous|ive|ize|ise|ies|est|er)$/.test(lower);
    if (!proper) continue;
    const up = w[0]!.toUpperCase();
    if (up.length === 1) out[m.index] = up;
  }
  // A lone letter between two capitalised words is an initial: "emidio p lombardo".
  for (const m of text.matchAll(LONE_LETTER)) {
    const before = /\p{Lu}[\p{L}\p{M}]*\.?[ \t]$/u.test(out.slice(Math.max(0, m.index - 20), m.index).join(''));
    const after = /^\.?[ \t]+\p{Lu}/u.test(out.slice(m.index + 1, m.index + 4).join(''));
    if (before && after) out[m.index] = m[0].toUpperCase();
  }
  return out.join('');
}

// Runs of words in capitals: letterheads, form values, court captions ("HARBOR HOUSE BEHAVIORAL
// HEALTH", "EMPLOYER: INLAND VALLEY LINEN SERVICE", "DIAZ, HECTOR"). The rules read Title Case,
// so a run is re-cased (same length) when it names something: it ends in an organisation's
// head word, it is a field's value, or it holds a name or town no English reading claims.
// Headings ("MEDICATION RECONCILIATION") and acronyms (PTSD, LCSW, ETOH) stay as they are.
const CAPS_RUN = /(?<![\p{L}\p{M}])\p{Lu}[\p{Lu}\p{M}'’.&-]*(?:(?:[ \t]+|,[ \t]*|[ \t]*[&/—–-][ \t]*)\p{Lu}[\p{Lu}\p{M}'’.&-]*|[ \t]+\d{1,3}(?:ST|ND|RD|TH)?\b)+(?![\p{Ll}])/gu;
const CAPS_HINT = /[A-Z]{2}[ ,]+[A-Z]{2}/;
const FIELD_BEFORE = /(?:name|employer|ins|insurance|payer|plan|provider|referring|contact|client|patient|pt|resident|school|facility|agency|to|from|re|cc|attn|court|church|pharmacy|guardian|parent|mother|father|spouse|member|subscriber|guarantor|physician|pcp|therapist|counselor|program|shelter|hospital|clinic|bill to)[ \t]*(?:#|name)?[ \t]*:[ \t]*$/i;
const LOWER_CONNECTORS = new Set(['OF', 'THE', 'AND', 'DE', 'LA', 'DEL', 'FOR', 'ON', 'IN', 'AT', 'DU', 'VAN', 'VON', 'Y']);

function titleWord(w: string): string {
  if (LOWER_CONNECTORS.has(w)) return w.toLowerCase();
  let out = '';
  let start = true;
  for (const ch of w) {
    const next = start ? ch : ch.toLowerCase();
    out += next.length === ch.length ? next : ch;
    start = /[\s'’&/.-]/u.test(ch) && ch !== "'" && ch !== '’';
  }
  return out;
}

function acronym(lex: ReturnType<typeof lexicon>, w: string): boolean {
  const lower = w.toLowerCase();
  if (w.length <= 2) return true;
  if ((HARD_KEEP.has(lower) || SOFT_KEEP.has(lower)) && w.length <= 5) return true;
  return !/[AEIOUY]/.test(w) || (!isEnglish(lex, lower) && !lex.firstNames.has(lower) && !lex.lastNames.has(lower) && !lex.cities.has(lower) && /^[^AEIOUY]{3}/.test(w));
}

/** A copy of `text`, offsets unchanged, with runs of capitals that name something in Title Case. */
export function titleCaps(text: string, orgHead: RegExp): string {
  if (!CAPS_HINT.test(text)) return text;
  const lex = lexicon();
  let out: string | null = null;
  for (const m of text.matchAll(CAPS_RUN)) {
    const run = m[0];
    const words = run.split(/[^\p{L}\p{M}'’.-]+/u).filter((w) => /\p{L}/u.test(w));
    if (words.length < 2) continue;
    const named =
      words.some((w) => orgHead.test(titleWord(w))) ||
      FIELD_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) ||
      words.some((w) => {
        const lower = w.toLowerCase().replace(/['’]s$/, '');
        return lower.length >= 3 && !isEnglish(lex, lower) && (lex.firstNames.has(lower) || lex.lastNames.has(lower) || lex.cities.has(lower));
      });
    if (!named) continue;
    const recased = run.replace(/[\p{L}\p{M}'’.-]+/gu, (w) => (acronym(lex, w) && !LOWER_CONNECTORS.has(w) ? w : titleWord(w)));
    if (recased.length !== run.length) continue;
    out ??= text;
    out = out.slice(0, m.index) + recased + out.slice(m.index + run.length);
  }
  return out ?? text;
}
