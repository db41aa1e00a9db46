// Names of people (and the proper nouns of places and organisations that look like them)
// without any context, by a lexicon and rules rather than an NLP tagger.
//
// Why rules and not `compromise`: measured on the two corpora and the synthetic notes
// (bench/deid.ts prints it), compromise's #Person tag found fewer than two thirds of the
// names, ran at well under 1 MB/s, and is a devDependency. Clinical prose is regular: a
// capitalised word in mid-sentence that is not common English, a drug, an instrument, a
// therapy or a country is almost always a person, place or organisation; at the start of
// a sentence we ask for more evidence (a known given name, a surname after it, a verb of
// reporting after it).

import { HARD_KEEP, SOFT_KEEP, EPONYMS_WITH_NOUN, CONDITION_NOUNS } from './clinical-terms.js';
import { lexicon, isCommonWord, type Lexicon } from './lexicon.js';
import { COUNTRIES, US_STATES } from './places.js';
import type { Category, Span } from './types.js';

// A capitalised word, with inner apostrophes/hyphens (O'Brien, Okafor-Reyes, D’Angelo).
const CAP_WORD = /(?<![\p{L}\p{N}_@./])\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
const TITLE = /^(?:dr|mr|mrs|ms|mx|miss|prof|professor|rev|sr|sister|brother|father|fr|judge|officer|det|detective|coach|nurse|aunt|auntie|uncle|grandma|grandpa|cousin)$/;
const REPORTING =
  /\s*(?:reported|reports|stated|states|said|says|denied|denies|endorsed|endorses|shared|shares|presented|presents|arrived|arrives|described|describes|expressed|expresses|agreed|agrees|attended|attends|noted|notes|explained|explains|disclosed|discloses|admitted|admits|identified|identifies|appeared|appears|feels|felt|cried|laughed|texted|called|told|asked|wants|wanted|struggles|struggled|continues|continued|returned|completed|declined|requested|tolerated|engaged|participated|verbalized|verbalizes|acknowledged|acknowledges|demonstrated|demonstrates|remains|remained|became|left|came|went|got|lives|lived|works|worked|and|who|was|is|has|had)\b/y;
const STRONG_REPORTING =
  /\s*(?:reported|reports|stated|states|said|says|denied|denies|endorsed|endorses|shared|shares|presented|presents|arrived|described|describes|expressed|expresses|agreed|attended|disclosed|admitted|cried|laughed|texted|told|verbalized|acknowledged|who)\b/y;
const TRIGGER_BEFORE =
  /(?:\b(?:client|patient|pt|named|called|name is|son|daughter|mother|father|mom|dad|wife|husband|partner|spouse|fianc[ée]e?|boyfriend|girlfriend|brother|sister|sibling|friend|cousin|aunt|uncle|grandmother|grandfather|niece|nephew|stepfather|stepmother|stepson|stepdaughter|roommate|coworker|co-worker|boss|supervisor|sponsor|therapist|psychiatrist|counselor|pcp|caseworker|case manager|probation officer|attorney|lawyer|teacher|coach|pastor|guardian|child|children|kids?|baby|infant|twin|ex)\s*,?\s*)$/i;
const LOCATION_BEFORE = /\b(?:in|from|near|outside|around|to|into|towards?|between|via|visiting|visited|born in|lives in|moved to)\s+$/i;
const ORG_BEFORE = /\b(?:at|for|with|by|joined|attends|attended|employed by|works at|discharged from|admitted to|referred by|referred from|transferred from)\s+$/i;
const POSSESSIVE = /(?:['’]s|s['’]|['’])$/;

interface Tok {
  start: number;
  end: number; // without possessive
  lower: string;
  allCaps: boolean;
  sentenceStart: boolean;
  possessive: boolean;
}

/** True when the word before `start` ends a sentence (or there is none). */
function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“' || text[i] === '(' || text[i] === "'" || text[i] === '‘')) i--;
  if (i < 0) return true;
  const c = text[i]!;
  if (c === '\n' || c === '!' || c === '?' || c === ':' || c === ';' || c === '•' || c === '*' || c === '>' || c === '|' || c === '[') return true;
  if (c === '-' && (i === 0 || text[i - 1] === '\n' || text[i - 1] === ' ')) return text[i + 1] === ' ';
  if (c === '.') {
    // "Dr. Smith", "J. Smith", "St. Vincent": an abbreviation, not a sentence end.
    let j = i - 1;
    while (j >= 0 && /\p{L}/u.test(text[j]!)) j--;
    const word = text.slice(j + 1, i);
    if (word.length === 1 && word >= 'A' && word <= 'Z') return false;
    if (TITLE.test(word.toLowerCase()) || /^(?:st|mt|ft|pt|no|vs|approx|e\.g|i\.e|jr|sr)$/i.test(word)) return false;
    return true;
  }
  return false;
}

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  for (const m of text.matchAll(CAP_WORD)) {
    let word = m[0];
    const start = m.index;
    const possessive = POSSESSIVE.test(word) && word.length > 2;
    if (possessive) word = word.replace(POSSESSIVE, '');
    const lower = word.toLowerCase();
    toks.push({
      start,
      end: start + word.length,
      lower,
      allCaps: word.length > 1 && word === word.toUpperCase(),
      sentenceStart: atSentenceStart(text, start),
      possessive,
    });
  }
  return toks;
}

type Verdict = 'name' | 'maybe' | 'no';

function isPlaceName(lower: string): boolean {
  return COUNTRIES.has(lower) || US_STATES.has(lower);
}

function nextWordIs(text: string, end: number, re: RegExp): boolean {
  re.lastIndex = end;
  return re.test(text);
}

/** A single token on its own merits; "maybe" tokens become names only beside a name. */
function judge(lex: Lexicon, text: string, t: Tok, prev: Tok | undefined): Verdict {
  const w = t.lower;
  // A lone initial joins a neighbouring name ("Anna S.", "J. Smith") but is nothing alone.
  if (w.length < 2) return text[t.end] === '.' && !t.sentenceStart ? 'maybe' : 'no';
  if (HARD_KEEP.has(w) || isPlaceName(w)) return 'no';
  const prevIsTitle = prev !== undefined && prev.end + 2 >= t.start && TITLE.test(prev.lower) && /^\.?\s+$/.test(text.slice(prev.end, t.start));
  if (prevIsTitle) return 'name';
  if (EPONYMS_WITH_NOUN.has(w)) {
    const after = /^['’]?s?\s+(\p{L}+)/u.exec(text.slice(t.end, t.end + 30));
    if (after && CONDITION_NOUNS.has(after[1]!.toLowerCase())) return 'no';
  }
  if (SOFT_KEEP.has(w)) return 'maybe';
  if (t.allCaps) {
    // Headings and acronyms are all caps; a name in capitals must be a known name.
    if (w.length < 3 || isCommonWord(lex, w, 20_000)) return 'no';
    return lex.firstNames.has(w) || lex.lastNames.has(w) ? 'name' : 'no';
  }
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const triggered = TRIGGER_BEFORE.test(before);
  const first = lex.firstNames.has(w);
  const ambiguous = lex.ambiguousFirst.has(w) || (isCommonWord(lex, w, 3000) && !first) || (first && isCommonWord(lex, w, 1500) && w.length <= 4);
  if (ambiguous) {
    if (triggered || t.possessive) return 'name';
    if (nextWordIs(text, t.end, STRONG_REPORTING)) return 'name';
    if (t.sentenceStart) return 'no';
    // Mid-sentence, a given name or a surname that is also a word joins a neighbouring name ("David Brown").
    return first || lex.lastNames.has(w) ? 'maybe' : 'no';
  }
  if (first) return 'name';
  const common = isCommonWord(lex, w);
  if (!t.sentenceStart) return common ? (lex.lastNames.has(w) ? 'maybe' : 'no') : 'name';
  // Sentence start: capitalised anyway, so ask for evidence.
  if (common) return triggered ? 'name' : lex.lastNames.has(w) ? 'maybe' : 'no';
  if (triggered || t.possessive || nextWordIs(text, t.end, REPORTING)) return 'name';
  return 'maybe';
}

function classify(text: string, start: number): Category {
  const before = text.slice(Math.max(0, start - 24), start);
  if (LOCATION_BEFORE.test(before)) return 'LOCATION';
  if (ORG_BEFORE.test(before) && !/\b(?:with|by)\s+$/i.test(before)) return 'ORGANIZATION';
  return 'NAME';
}

/** Names (and name-like proper nouns) found without context. */
export function detectNames(text: string): Span[] {
  const lex = lexicon();
  const toks = tokenize(text);
  const verdicts: Verdict[] = toks.map((t, i) => judge(lex, text, t, toks[i - 1]));
  const spans: Span[] = [];
  let i = 0;
  while (i < toks.length) {
    // A run of capitalised words separated by single spaces or initials ("Anna S.", "Mary-Jo O'Neil").
    let j = i;
    while (j + 1 < toks.length && /^\.?\s$|^\.? ?$/.test(text.slice(toks[j]!.end, toks[j + 1]!.start)) && !toks[j]!.possessive) j++;
    let k = i;
    while (k <= j) {
      if (verdicts[k] !== 'name') {
        k++;
        continue;
      }
      // Grow a name across neighbours judged 'maybe' (surnames that are also words: "Michael Brown").
      let s = k;
      let e = k;
      while (s > i && verdicts[s - 1] === 'maybe' && !toks[s - 1]!.sentenceStart && !SOFT_KEEP.has(toks[s - 1]!.lower)) s--;
      const lead = toks[s - 1];
      // A sentence-initial word before a name joins it if it is a given name or not common English ("Émilie Okafor").
      if (s > i && lead && verdicts[s - 1] === 'maybe' && lead.sentenceStart && !SOFT_KEEP.has(lead.lower) && (lex.firstNames.has(lead.lower) || !isCommonWord(lex, lead.lower))) s--;
      while (e < j && (verdicts[e + 1] === 'name' || verdicts[e + 1] === 'maybe') && !HARD_KEEP.has(toks[e + 1]!.lower)) e++;
      const startTok = toks[s]!;
      const endTok = toks[e]!;
      const lowerRun = text.slice(startTok.start, endTok.end).toLowerCase();
      if (!isPlaceName(lowerRun)) {
        let end = endTok.end;
        // A trailing initial's period belongs to the name ("Anna S.").
        if (endTok.end - endTok.start === 1 && text[end] === '.') end++;
        spans.push({ start: startTok.start, end, category: classify(text, startTok.start), source: 'names' });
      }
      k = e + 1;
    }
    i = j + 1;
  }
  return spans;
}
