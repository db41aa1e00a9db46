// Names of people (and the proper nouns of places and organisations that look like them)
// without any context, by a lexicon and rules rather than an NLP tagger.
//
// Why rules and not `compromise`: measured on the two corpora and the synthetic notes
// (bench/deid.ts prints it), compromise's #Person tag found fewer than two thirds of the
// names, ran at well under 1 MB/s, and is a devDependency. Clinical prose is regular: a
// capitalised word in mid-sentence that is not English, a drug, an instrument, a therapy
// or a country is almost always a person, place or organisation; at the start of a
// sentence a known given name is a name, and an unknown word needs one more cue (a verb
// after it, a title or a relation before it, a surname beside it).
//
// One pass over the capitalised words; every cue is a Set lookup on the words around.

import { CONDITION_NOUNS, EPONYM_POSSESSIVE_NOUNS, EPONYMS_WITH_NOUN, HARD_KEEP, SOFT_KEEP, THERAPY_WORDS } from './clinical-terms.js';
import { isCommonWord, isEnglish, lexicon, type Lexicon } from './lexicon.js';
import { COUNTRIES, STATE_CODES, US_STATES } from './places.js';
import type { Category, Span } from './types.js';

// A capitalised word, with inner apostrophes/hyphens (O'Brien, Okafor-Reyes, D’Angelo).
const CAP_WORD = /(?<![\p{L}\p{N}_@./])\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
// Arabic particles joined to a surname lead it: "al-Hashimi", "bin-Saeed".
const PARTICLE_BEFORE = /(?:^|[^\p{L}])((?:al|el|ad|ar|as|ash|at|az|an|abd|abu|bin|bint|ibn)-)$/u;
const POSSESSIVE = /(?:['’]s|s['’]|['’])$/;

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));
const TITLES = set(`dr mr mrs ms mx miss prof professor rev sr sister brother father fr judge officer det detective
coach nurse aunt auntie uncle grandma grandpa cousin pastor sgt lt capt`);
// A lowercase word after a name that says a person did something.
const REPORTING = set(`reported reports stated states said says denied denies endorsed endorses shared shares
presented presents arrived arrives described describes expressed expresses agreed agrees attended attends noted notes
explained explains disclosed discloses admitted admits identified identifies appeared appears feels felt cried laughed
texted called calls told tells asked asks wants wanted struggles struggled continues continued returned completed
declined requested tolerated engaged participated verbalized verbalizes acknowledged acknowledges demonstrated
demonstrates remains remained became left came went got lives lived works worked spent spends moved moves meets met
is was has had will would could should can may might did does who and recalled recalls worries worried missed misses
needs needed tried tries started starts stopped stops began begins lost uses used drinks drank says has hasn't isn't
shouted yelled screamed whispered replied answered wrote texted emailed phoned
wasn't doesn't didn't won't can't`);
const FAMILY = set('family household families');
// Pronouns and determiners some surname lists hold ("He", "Her"): never a name, even before "lives".
const PRONOUNS = set('i he she it we they you him her us them his its our their your my me this that these those there here who what');
// Too weak to make a name of a word that is also English ("Hope and meaning…").
const WEAK_REPORTING = set("and is was has had will would could should can may might did does got came went left became remains remained isn't wasn't doesn't didn't won't can't hasn't");
// Words that say the next capitalised word is a person ("his wife Ana", "seen by Okafor").
const TRIGGERS = set(`client patient pt named called son daughter mother father mom dad wife husband partner
spouse fiance fiancee fiancé fiancée boyfriend girlfriend brother sister sibling friend cousin aunt uncle grandmother
grandfather grandson granddaughter niece nephew stepfather stepmother stepson stepdaughter roommate coworker co-worker
boss supervisor sponsor therapist psychiatrist counselor pcp caseworker manager officer attorney lawyer teacher coach
pastor guardian child children kid kids baby infant twin ex by signed cc attn dear regards sincerely student resident
veteran widow widower employee applicant inmate caller neighbor neighbour landlord tenant mentor hubby wifey bf gf
fiance fiancé bestie counselor clinician worker caseworker officer deputy detective judge ex-partner ex-husband
ex-wife ex-boyfriend ex-girlfriend ex-fiance ex-fiancé stepdad stepmom half-brother half-sister godmother godfather`);
const PHRASE_TRIGGERS = /\b(?:name is|name was|names are|goes by|known as|last name|first name|maiden name|seen by|referred by|signed by|reviewed by|supervised by|prepared by)\W*$/i;
const PHRASE_LAST = set('is was are by as name');
const LOCATION_BEFORE = /\b(?:in|from|near|outside|around|to|into|towards?|between|via|visiting|visited|born in|lives in|moved to|based in)\s+$/i;
const ORG_BEFORE = /\b(?:at|for|joined|attends|attended|employed by|works at|discharged from|admitted to|referred from|transferred from)\s+$/i;
// "seen at X", "transferred from X": a capitalised rare word after these names a place.
const PLACE_PREPOSITIONS = set('at from');
// Sentence-ending abbreviations that are not sentence ends.
const NOT_SENTENCE_END = set('st mt ft pt no vs approx jr sr e.g i.e');

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
    while (j >= 0 && isLetter(text.charCodeAt(j))) j--;
    const word = text.slice(j + 1, i);
    if (word.length === 1 && word >= 'A' && word <= 'Z') return false;
    const lower = word.toLowerCase();
    if (TITLES.has(lower) || NOT_SENTENCE_END.has(lower)) return false;
    return true;
  }
  return false;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;
}

/** The lower-case word that ends just before `at` (skipping spaces and light punctuation). */
function wordBefore(text: string, at: number): { word: string; start: number } | null {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === ',' || text[i] === '.' || text[i] === ':' || text[i] === '(')) i--;
  const end = i + 1;
  while (i >= 0 && (isLetter(text.charCodeAt(i)) || text[i] === '-')) i--;
  return end > i + 1 ? { word: text.slice(i + 1, end).toLowerCase(), start: i + 1 } : null;
}

/** The word right after `at` if it is separated by one space (else ''). */
function wordAfter(text: string, at: number): string {
  if (text[at] !== ' ') return '';
  let j = at + 1;
  while (j < text.length && (isLetter(text.charCodeAt(j)) || text[j] === "'" || text[j] === '’')) j++;
  return text.slice(at + 1, j);
}

/** The lower-case word after a token and its possessive ("Barrett's| esophagus"), or ''. */
function nounAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && i < at + 2 && (text[i] === "'" || text[i] === '’' || text[i] === 's')) i++;
  if (text[i] !== ' ') return '';
  const from = ++i;
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return i > from ? text.slice(from, i).toLowerCase() : '';
}

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  for (const m of text.matchAll(CAP_WORD)) {
    let word = m[0];
    let start = m.index;
    if (start > 2 && text[start - 1] === '-') {
      const particle = PARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
      if (particle) {
        start -= particle[1]!.length;
        word = particle[1]! + word;
      }
    }
    const possessive = word.length > 2 && POSSESSIVE.test(word);
    if (possessive) word = word.replace(POSSESSIVE, '');
    toks.push({
      start,
      end: start + word.length,
      lower: word.toLowerCase(),
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

function triggered(text: string, t: Tok): boolean {
  const b = wordBefore(text, t.start);
  if (b && TRIGGERS.has(b.word)) return true;
  // Every phrase trigger ends in one of these words: test the phrases only after them.
  return (b === null || PHRASE_LAST.has(b.word)) && PHRASE_TRIGGERS.test(text.slice(Math.max(0, t.start - 24), t.start));
}

/** "at X", "from X", "admitted to X", "transferred to X". */
function isPlaceBefore(text: string, start: number): boolean {
  const b = wordBefore(text, start);
  if (!b) return false;
  if (PLACE_PREPOSITIONS.has(b.word)) return true;
  if (b.word === 'in') return RESIDE_IN.has(wordBefore(text, b.start)?.word ?? '');
  return b.word === 'to' && MOVED_TO.has(wordBefore(text, b.start)?.word ?? '');
}
const MOVED_TO = set('admitted transferred referred discharged taken brought sent readmitted');
// "residing in Westchester", "born in Newport": a rare English word there names a place.
const RESIDE_IN = set('residing resides reside lives lived living born raised based located stationed incarcerated housed');

/** A lowercase verb-like word after the token ("Talvoren spent…", "Okafor reports…"). */
function verbAfter(text: string, t: Tok, strong = false): boolean {
  const next = wordAfter(text, t.possessive ? t.end + 2 : t.end);
  return next !== '' && REPORTING.has(next) && !(strong && WEAK_REPORTING.has(next));
}

function pronounceable(w: string): boolean {
  const vowels = (w.match(/[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüý]/g) ?? []).length;
  return vowels / w.length >= 0.3 && !/[^aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüý]{4}/.test(w) && !/^[^aeiouy]{3}/.test(w);
}

/** A single token on its own merits; "maybe" tokens become names only beside a name. */
function judge(lex: Lexicon, text: string, t: Tok, prev: Tok | undefined): Verdict {
  const w = t.lower;
  if (prev !== undefined && prev.end + 2 >= t.start && TITLES.has(prev.lower) && /^\.?\s+$/.test(text.slice(prev.end, t.start)) && !HARD_KEEP.has(w)) return 'name';
  // A lone initial joins a neighbouring name ("Anna S.", "J. Smith", "Nikolaj N Møller") but is nothing alone.
  if (w.length < 2) {
    // "Counselor J. Whitmore": a role before an initial makes it a name's start.
    if (text[t.end] === '.' && triggered(text, t)) return 'name';
    return !t.sentenceStart && (text[t.end] === '.' || (w !== 'i' && w !== 'a')) ? 'maybe' : 'no';
  }
  if (HARD_KEEP.has(w) || PRONOUNS.has(w)) return 'no';
  // "Fairhaven, MA 02719": a state after a town is the state.
  if (t.allCaps && w.length === 2 && STATE_CODES.has(w.toUpperCase()) && /,[ \t]*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) return 'no';
  // "CIWA-guided", "PHQ-informed", "DBT-based": a clinical word leads the compound.
  const dash = w.indexOf('-');
  if (dash > 0 && (HARD_KEEP.has(w.slice(0, dash)) || THERAPY_WORDS.has(w.slice(0, dash))) && isEnglish(lex, w.slice(dash + 1)) && !lex.lastNames.has(w.slice(dash + 1)) && !lex.firstNames.has(w.slice(dash + 1))) return 'no';
  // A country or state is no one alone, but it can be a surname after a given name ("Emmett Israel"),
  // and a given name after a relation ("ex-partner Jordan", "daughter Georgia").
  if (isPlaceName(w)) return lex.firstNames.has(w) && triggered(text, t) ? 'name' : 'maybe';
  // An eponym before what it names: "Chaddock reflex", "Gleason score", "Barrett's esophagus",
  // "Huntington disease"; a person's possessive before a score or a test stays a name.
  const noun = nounAfter(text, t.end);
  if (noun && (t.possessive ? EPONYM_POSSESSIVE_NOUNS : CONDITION_NOUNS).has(noun) && (!t.possessive || !lex.firstNames.has(w) || EPONYMS_WITH_NOUN.has(w))) return 'no';
  if (SOFT_KEEP.has(w)) return 'maybe';
  const first = lex.firstNames.has(w);
  const last = lex.lastNames.has(w);
  const english = isEnglish(lex, w);
  const placeBefore = !t.sentenceStart && isPlaceBefore(text, t.start);
  if (t.allCaps) {
    // "seen at UCSF", "from UPMC": an acronym after at/from that is not clinical is a place.
    if (placeBefore && w.length >= 2 && !isCommonWord(lex, w, 5000)) return 'name';
    // Headings and acronyms are all caps; a name in capitals must be a known name or city.
    if (w.length < 4 || english) return 'no';
    if (first || lex.cities.has(w) || (last && w.length > 3)) return 'name';
    // "CLIENT: OKONJO, EMEKA", "brother IFEANYI": a word no list holds, said like a word (vowels,
    // no cluster of three consonants) rather than spelt like an acronym (LICDC, LSCSU).
    // Runs of capitals that name something were re-cased already (recase.ts); a lone word in
    // capitals needs a cue ("Wife ADAOBI", "brother IFEANYI", "OKONJO reports").
    if (!pronounceable(w)) return 'no';
    if (triggered(text, t) || t.possessive || verbAfter(text, t, true)) return 'name';
    return 'maybe';
  }
  // A heading ("Demographics:", "Plan:") is not a name; a speaker ("Ubul:", "John:") is.
  if (t.sentenceStart && text[t.end] === ':') {
    // A speaker ("Koppány: Who are you?", "Destiny: Remember me") is a name; a heading is not.
    const speaks = /^:[ \t]*["“\p{Lu}]/u.test(text.slice(t.end, t.end + 4));
    if (speaks && (!english || (first && !isCommonWord(lex, w, 1000)))) return 'name';
    if (english || !(first || last)) return english ? 'no' : 'maybe';
  }
  const ambiguous = lex.ambiguousFirst.has(w) || (english && isCommonWord(lex, w, 3000));
  if (ambiguous) {
    // "Jack B.", "Frank L.": a given name with a surname initial is a person.
    if (first && /^ \p{Lu}\.(?![\p{L}])/u.test(text.slice(t.end, t.end + 4))) return 'name';
    if (triggered(text, t) || t.possessive || verbAfter(text, t, true)) return first || last || !english ? 'name' : 'maybe';
    if (!t.sentenceStart && last && FAMILY.has(wordAfter(text, t.end))) return 'name';
    if (t.sentenceStart) return 'no';
    // Mid-sentence, a given name or a surname that is also a word joins a neighbouring name ("David Brown").
    return first || last ? 'maybe' : 'no';
  }
  if (!english) {
    if (first || lex.cities.has(w) || !t.sentenceStart) return 'name';
    // Spoken to: "Warrane, can I please speak to your boss?"
    if (text[t.end] === ',' && w.length >= 3 && /^, \p{Ll}/u.test(text.slice(t.end, t.end + 3))) return 'name';
    // Sentence start, unknown or a surname only: one more cue.
    if (triggered(text, t) || t.possessive || verbAfter(text, t)) return 'name';
    return 'maybe';
  }
  // An English word that is rare enough to be capitalised for a reason ("at Cedar Sinai").
  if (!t.sentenceStart) {
    if (placeBefore && !isCommonWord(lex, w, 5000)) return 'name';
    // "college student, Ji-woo Kang, self-referred": a person's role before a rare word.
    if (triggered(text, t) && (first || last || !isCommonWord(lex, w, 5000))) return 'name';
    // "Jay Pearce lives at…": a surname far down the English list, doing something.
    if (last && !isCommonWord(lex, w, 10_000) && verbAfter(text, t, true)) return 'name';
    // "the Rice family", "with Satish this week" (a given name far down the English list).
    if ((first || last) && (FAMILY.has(wordAfter(text, t.end)) || (first && !isCommonWord(lex, w, 10_000)))) return 'name';
    return first || last || !isCommonWord(lex, w, 5000) ? 'maybe' : 'no';
  }
  if (triggered(text, t) || (t.possessive && (first || last))) return first || last ? 'name' : 'maybe';
  return first || last ? 'maybe' : 'no';
}

function classify(lex: Lexicon, text: string, start: number, lowerRun: string): Category {
  const before = text.slice(Math.max(0, start - 24), start);
  // A town that is also a given name or surname ("Tyler", "Florence") is a person unless placed.
  if (LOCATION_BEFORE.test(before) || (lex.cities.has(lowerRun) && !lex.firstNames.has(lowerRun) && !lex.lastNames.has(lowerRun))) return 'LOCATION';
  if (ORG_BEFORE.test(before)) return 'ORGANIZATION';
  return 'NAME';
}

const RUN_GAP = /^\.?\s$|^\.? ?$/;
// Lower-case particles inside a name: "Maika van de Noort", "Willemine ten Pas", "Villafranca del Cid".
const PARTICLE_GAP = /^ (?:(?:van|von|der|den|de|del|della|di|da|do|dos|das|du|des|la|le|ten|ter|bin|ibn|al|el|af|zu|y|nad|pod|ap|ab|mac|ni|nic|ó|bint) ){1,2}$/;

// "my name is vitoria", "her maiden name is nyberg", "people call me višeslav": the words
// after these are a name in any case, unless they are common English.
const NAMED_AS = /\b(?:my name is|name is|name was|maiden name is|call me|calls me|called me|named|goes by|name(?=[ \t]*:))[: \t]+((?:[\p{L}\p{M}'’-]+)(?: (?:\p{L}\.|[\p{L}\p{M}'’-]+)){0,2})/giu;
const NAMED_AS_HINT = /\b(?:name|call|calls|called|named|goes by)\b/i;

function namedAs(lex: Lexicon, text: string, spans: Span[]): void {
  if (!NAMED_AS_HINT.test(text)) return;
  for (const m of text.matchAll(NAMED_AS)) {
    const words = m[1]!.split(' ');
    let n = 0;
    const initial = (w: string): boolean => /^\p{L}\.$/u.test(w);
    while (n < words.length && (initial(words[n]!) || (!isCommonWord(lex, words[n]!.toLowerCase(), 5000) && !HARD_KEEP.has(words[n]!.toLowerCase())))) n++;
    while (n > 0 && initial(words[n - 1]!)) n--;
    if (n === 0) continue;
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + words.slice(0, n).join(' ').length, category: 'NAME', source: 'names.named' });
  }
}

// Names typed in lower case ("follow up with patricia desrosiers", "leone mazzi nurse"): a
// given name no English reading claims, an optional initial, then a surname or a non-English word.

// Lower-case Latin letters start a word; letters, marks, apostrophes and hyphens continue one.
function isLowerStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
}
function isWordInside(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || c === 39 || c === 0x2019 || c === 45 || (c >= 48 && c <= 57);
}

function lowercaseNames(lex: Lexicon, text: string, spans: Span[]): void {
  let prev = -1; // start of a candidate given name
  let prevEnd = -1; // where the gap to the surname starts (after an initial, if any)
  let initial = false;
  // A scan by character codes: a regex match object per lower-case word cost more than the rules.
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (!isLowerStart(code)) continue;
    if (at > 0 && isWordInside(text.charCodeAt(at - 1))) {
      while (at + 1 < text.length && isWordInside(text.charCodeAt(at + 1))) at++;
      continue;
    }
    const start = at;
    while (at + 1 < text.length && isWordInside(text.charCodeAt(at + 1))) at++;
    const end = at + 1;
    const w = text.slice(start, end);
    const c = start > 0 ? text.charCodeAt(start - 1) : 32;
    const spaced = c === 32 || c === 9;
    if (prev >= 0 && spaced && blank(text, prevEnd, start)) {
      if (w.length === 1 && !initial) {
        initial = true;
        prevEnd = text[end] === '.' ? end + 1 : end;
        continue;
      }
      if (w.length >= 3 && isLowerSurname(lex, w)) {
        spans.push({ start: prev, end, category: 'NAME', source: 'names.lower' });
        prev = -1;
        continue;
      }
    }
    initial = false;
    prev = -1;
    // "sister maribel", "pt ramon": a given name no English reading claims, after a relation.
    if (w.length >= 3 && spaced && lex.firstNames.has(w) && !isEnglish(lex, w) && !lex.ambiguousFirst.has(w) && !SOFT_KEEP.has(w) && !HARD_KEEP.has(w)) {
      const before = wordBefore(text, start);
      if (before && TRIGGERS.has(before.word) && /^[ \t]+$/.test(text.slice(before.start + before.word.length, start))) {
        spans.push({ start, end, category: 'NAME', source: 'names.lower' });
        // …and a surname after it joins ("client vanessa torres").
        prev = start;
        prevEnd = end;
        continue;
      }
    }
    // Only after a space, a line start or light punctuation (not inside "McDonald" or an email).
    if (w.length < 3 || !(spaced || c === 10 || c === 40 || c === 34 || c === 44 || c === 58) || !lex.firstNames.has(w)) continue;
    if (isEnglish(lex, w) || lex.ambiguousFirst.has(w) || SOFT_KEEP.has(w) || HARD_KEEP.has(w) || FOREIGN_FUNCTION.has(w)) continue;
    prev = start;
    prevEnd = end;
  }
}

function blank(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

// Function words of the languages clients write in, which name lists from 70 locales hold.
const FOREIGN_FUNCTION = set(`los las con del por para que una uno unos unas el la les des une sur dans avec pour chez
mit und der die das ein eine von zu nel della sul con per che dos das com uma pelo pela na no em ao aos ng sa mga
ang si ni kay và của cho với trong không có`);

function isLowerSurname(lex: Lexicon, w: string): boolean {
  if (HARD_KEEP.has(w) || SOFT_KEEP.has(w) || PRONOUNS.has(w) || FOREIGN_FUNCTION.has(w)) return false;
  if (lex.lastNames.has(w)) return !isCommonWord(lex, w, 20_000);
  return !isEnglish(lex, w) && !lex.cities.has(w);
}

/** Whether two capitalised words belong to one run (one space, an initial, or a particle between two name words). */
function joined(lex: Lexicon, text: string, a: Tok, b: Tok, va: Verdict, vb: Verdict): boolean {
  const gap = text.slice(a.end, b.start);
  // A full stop joins only after an initial or a title ("J. Smith", "St. Vincent"), not
  // after a word ending a sentence ("…moved to Lexington. Bruce called").
  if (gap[0] === '.' && a.end - a.start > 1 && !TITLES.has(a.lower) && !NOT_SENTENCE_END.has(a.lower)) return false;
  if (b.start - a.end <= 2) return RUN_GAP.test(gap);
  // (A rare word before the particle joins even when judged alone as no name: "Rhys ap Gwilym".)
  const aOk = va !== 'no' || (a.sentenceStart && !isCommonWord(lex, a.lower, 10_000));
  return gap.length <= 12 && aOk && vb !== 'no' && (va === 'name' || vb === 'name') && PARTICLE_GAP.test(gap);
}

// A note signed with initials at its end or a line's end: "…Tuesday 2 pm. -SL", "— jm".
const SIGNED_INITIALS = /(?:^|[.!?)][ \t]{1,3}|\n[ \t]*)[-–—/~][ \t]?([A-Za-z]{2,3})[ \t]*$/gm;

function signedInitials(lex: Lexicon, text: string, spans: Span[]): void {
  if (!/[-–—/~][ \t]?[A-Za-z]{2,3}[ \t]*$/m.test(text)) return;
  for (const m of text.matchAll(SIGNED_INITIALS)) {
    const initials = m[1]!;
    const lower = initials.toLowerCase();
    // Capitals there sign ("-SL" even though SL also means sublingual); lower case must not be a word.
    if (HARD_KEEP.has(lower) || (initials !== initials.toUpperCase() && (isCommonWord(lex, lower, 1000) || SOFT_KEEP.has(lower)))) continue;
    const start = m.index + m[0].length - initials.length - (m[0].length - m[0].trimEnd().length);
    spans.push({ start, end: start + initials.length, category: 'NAME', source: 'names.initials' });
  }
}

// Who was in the room: "Members present: Ray (P.), Luis, Darnell", "names as they signed in:
// Destiny, River, Sky". After such a label every item of the list is a person, even one whose
// name is a word.
const ROSTER = /\b(?:members? present|present|attendees?|attending|participants?|in attendance|signed in|group members?|residents? present|members|family|household|children|kids|siblings|grandchildren|joined(?: from)?|dialed in|on the call|callers)[ \t]*(?:were|was|included|:|—|–|-)+[ \t]*/gi;
const ROSTER_ITEM = /[ \t]*(?:and[ \t]+)?((?:\p{Lu}(?:[\p{L}\p{M}'’-]+|\.))(?:[ \t]+(?:\p{Lu}(?:[\p{L}\p{M}'’-]+|\.)|["“][^"”\n]{1,20}["”]))*)(?:[ \t]*\(([^)\n]{0,40})\))?[ \t]*(?:,|;|$|(?=[ \t]+and[ \t])|(?=\.[ \t\n]|\.$))/uy;

function rosters(text: string, spans: Span[]): void {
  if (!/present|attend|participant|signed in|members|family|household|children|kids|siblings|joined|dialed|on the call|callers/i.test(text)) return;
  for (const m of text.matchAll(ROSTER)) {
    let at = m.index + m[0].length;
    for (let n = 0; n < 30; n++) {
      ROSTER_ITEM.lastIndex = at;
      const item = ROSTER_ITEM.exec(text);
      if (!item || item[0].length === 0) break;
      const name = item[1]!;
      const lower = name.toLowerCase();
      const start = at + item[0].indexOf(name);
      if (!HARD_KEEP.has(lower) && !SOFT_KEEP.has(lower.split(/\s+/)[0]!)) spans.push({ start, end: start + name.length, category: 'NAME', source: 'names.roster' });
      // "Hal (Cheyenne), Minnie (Laramie)", "Ray (P.)": a town or an initial in brackets after a member.
      const aside = item[2];
      if (aside && /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/u.test(aside) && !SOFT_KEEP.has(aside.toLowerCase()) && !HARD_KEEP.has(aside.toLowerCase())) {
        const at2 = at + item[0].indexOf(`(${aside})`) + 1;
        spans.push({ start: at2, end: at2 + aside.length, category: aside.length <= 3 ? 'NAME' : 'LOCATION', source: 'names.roster' });
      }
      at += item[0].length;
      if (text[at - 1] !== ',' && text[at - 1] !== ';' && !/^[ \t]+and[ \t]/.test(text.slice(at, at + 6))) break;
    }
  }
}

// A name someone goes by: 'asked to go by "Frank"', 'wants to be called "Sparrow"', and a
// nickname between a given name and a surname: 'Jerome "Bookie" Castleberry'.
const GOES_BY = /\b(?:go(?:es)? by|goes by|called|call (?:him|her|them|me)|nicknamed?|known as|prefers?|wants to be called|asked to be called|name is)[ \t]+["“'‘](\p{Lu}[\p{L}\p{M}'’ .-]{0,24}?)["”'’]/gu;
const NICKNAME_INSIDE = /(\p{Lu}[\p{L}\p{M}'’-]+)[ \t]+["“](\p{Lu}[\p{L}\p{M}'’ .-]{0,20}?)["”][ \t]+(\p{Lu}[\p{L}\p{M}'’-]+)/gu;

function nicknames(lex: Lexicon, text: string, spans: Span[]): void {
  if (!/["“']/.test(text)) return;
  for (const m of text.matchAll(GOES_BY)) {
    const start = m.index + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 1);
    spans.push({ start, end: start + m[1]!.length, category: 'NAME', source: 'names.nickname' });
  }
  if (/\p{Lu}[\p{L}\p{M}'’-]+[ \t]+["“]\p{Lu}/u.test(text)) for (const m of text.matchAll(NICKNAME_INSIDE)) {
    const first = m[1]!.toLowerCase();
    const last = m[3]!.toLowerCase();
    if (HARD_KEEP.has(first) || SOFT_KEEP.has(first) || HARD_KEEP.has(last)) continue;
    if (!(lex.firstNames.has(first) || !isEnglish(lex, first)) || !(lex.lastNames.has(last) || !isEnglish(lex, last))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, category: 'NAME', source: 'names.nickname' });
  }
}

/** Each capitalised word and what the rules made of it alone (for tuning and for tests). */
export function explainNames(text: string): Array<{ word: string; verdict: Verdict }> {
  const lex = lexicon();
  const toks = tokenize(text);
  return toks.map((t, i) => ({ word: text.slice(t.start, t.end), verdict: judge(lex, text, t, toks[i - 1]) }));
}

/** Names (and name-like proper nouns) found without context. */
export function detectNames(text: string): Span[] {
  const lex = lexicon();
  const toks = tokenize(text);
  const verdicts: Verdict[] = toks.map((t, i) => judge(lex, text, t, toks[i - 1]));
  // Coordination: "Usamov and Bowers", "Dale and White": a known name joined to a name.
  for (let k = 1; k < toks.length; k++) {
    if (verdicts[k] !== 'maybe' || verdicts[k - 1] !== 'name' || toks[k]!.lower.length < 2) continue;
    const gap = text.slice(toks[k - 1]!.end, toks[k]!.start);
    if ((gap === ' and ' || gap === ' & ' || gap === ', ') && (lex.firstNames.has(toks[k]!.lower) || lex.lastNames.has(toks[k]!.lower))) verdicts[k] = 'name';
  }
  // …and the first of a list of names: "leonti, terrence, pamela".
  for (let k = toks.length - 2; k >= 0; k--) {
    if (verdicts[k] !== 'maybe' || verdicts[k + 1] !== 'name' || toks[k]!.lower.length < 2 || toks[k]!.possessive) continue;
    const gap = text.slice(toks[k]!.end, toks[k + 1]!.start);
    if ((gap === ' and ' || gap === ' & ' || gap === ', ') && (lex.firstNames.has(toks[k]!.lower) || lex.lastNames.has(toks[k]!.lower) || !isEnglish(lex, toks[k]!.lower))) verdicts[k] = 'name';
  }
  const spans: Span[] = [];
  let i = 0;
  while (i < toks.length) {
    // A run of capitalised words separated by single spaces or initials ("Anna S.", "Mary-Jo O'Neil").
    let j = i;
    while (j + 1 < toks.length && !toks[j]!.possessive && joined(lex, text, toks[j]!, toks[j + 1]!, verdicts[j]!, verdicts[j + 1]!)) j++;
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
      // A sentence-initial word before a name joins it if it is a given name or not English ("Émilie Okafor").
      if (s > i && lead && verdicts[s - 1] === 'maybe' && lead.sentenceStart && !SOFT_KEEP.has(lead.lower) && (lex.firstNames.has(lead.lower) || !isEnglish(lex, lead.lower) || !isCommonWord(lex, lead.lower, 10_000))) s--;
      // …even a given name that is also a word, before a surname judged a name ("Jay Pearce lives…").
      else if (s > i && s === k && lead && verdicts[s - 1] === 'no' && lead.sentenceStart && lex.firstNames.has(lead.lower) && !HARD_KEEP.has(lead.lower) && !SOFT_KEEP.has(lead.lower) && !PRONOUNS.has(lead.lower) && lex.lastNames.has(toks[s]!.lower) && !isCommonWord(lex, toks[s]!.lower, 10_000)) s--;
      // …and a rare word joined to the name by a particle ("Rhys ap Gwilym").
      else if (s > i && s === k && lead && verdicts[s - 1] === 'no' && lead.sentenceStart && !isCommonWord(lex, lead.lower, 10_000) && !HARD_KEEP.has(lead.lower) && !SOFT_KEEP.has(lead.lower) && PARTICLE_GAP.test(text.slice(lead.end, toks[s]!.start))) s--;
      // An acronym of the trade ("EMEKA MRN: …", "Lopez DOB") ends a name.
      while (e < j && (verdicts[e + 1] === 'name' || verdicts[e + 1] === 'maybe') && !HARD_KEEP.has(toks[e + 1]!.lower) && !(toks[e + 1]!.allCaps && SOFT_KEEP.has(toks[e + 1]!.lower)) && !toks[e + 1]!.sentenceStart) e++;
      const startTok = toks[s]!;
      const endTok = toks[e]!;
      const lowerRun = text.slice(startTok.start, endTok.end).toLowerCase();
      if (!isPlaceName(lowerRun)) {
        let end = endTok.end;
        // A trailing initial's period belongs to the name ("Anna S.").
        if (endTok.end - endTok.start === 1 && text[end] === '.') end++;
        spans.push({ start: startTok.start, end, category: classify(lex, text, startTok.start, lowerRun), source: 'names' });
      }
      k = e + 1;
    }
    i = j + 1;
  }
  namedAs(lex, text, spans);
  signedInitials(lex, text, spans);
  rosters(text, spans);
  nicknames(lex, text, spans);
  lowercaseNames(lex, text, spans);
  return spans;
}
