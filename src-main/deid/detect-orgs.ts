// Organisations named by what is said of them rather than by a suffix: an employer or a
// school after "works at", "employed by", "studied at" ("works for Microsoft"), and a
// facility written with a lower-case head after its place ("the Chicago downtown clinic",
// "our NYC clinic", "UCLA med center").

import { HARD_KEEP, SOFT_KEEP, THERAPY_WORDS } from './clinical-terms.js';
import { isCommonWord, isEnglish, lexicon } from './lexicon.js';
import type { Span } from './types.js';

const W = "\\p{Lu}[\\p{L}\\p{M}'’&.-]*";
const RUN = `${W}(?:[ \\t]+(?:of[ \\t]+|and[ \\t]+|&[ \\t]+|for[ \\t]+)?${W}){0,4}`;
// Employment and schooling. Chain brands that locate no one ("works at Walmart") are in
// SOFT_KEEP and stay; programme acronyms ("attends AA") too.
const EMPLOYER = new RegExp(
  `\\b(?:works?|worked|working|employed|hired|interns?|interned|interning|volunteers?|volunteered|volunteering|job|jobs|position|career|employee|employees|studies|studied|studying|enrolled|student|professor|teaches|taught|teaching|shift|shifts|boss|manager|supervisor|coworkers?|co-workers?|internship|fired|laid off|quit|senior|junior|sophomore|freshman|grader|teacher|counselor|coach|graduated|graduate|attends|attended|attending|member|members|congregation|parishioner|meeting|meetings)[ \\t]+(?:for|at|by|with|from|of)[ \\t]+(?:the[ \\t]+)?((?:\\d{1,4}[ \\t]+)?${RUN})`,
  'gu',
);
// Care elsewhere and releases of information name a facility even when its name is a
// word: "hospitalized at Cole", "ROI signed for Block", "detoxed at Gateway".
const CARE_AT = new RegExp(
  `\\b(?:hospitali[sz]ed|admitted|readmitted|transferred|transported|discharged|detoxed|treated|stabilized|stabilised|incarcerated|shelter|sheltered|placed|placement|respite|bed)[ \\t]+(?:at|to|from)[ \\t]+(?:the[ \\t]+)?(${RUN})` +
    `|\\b(?:ROI|[Rr]elease of information|[Rr]eleases? of records|[Aa]uthori[sz]ation)[ \\t]+(?:was[ \\t]+)?(?:signed|completed|sent|faxed|obtained|updated)?[ \\t]*(?:for|to|with)[ \\t]+(?:the[ \\t]+)?(${RUN})` +
    // "I authorize Bluewater Psychological Services to release…"; referrals and linkage.
    `|\\b(?:[Aa]uthori[sz]e[sd]?)[ \\t]+(?:the[ \\t]+)?(${RUN})[ \\t,]+(?:PLLC|LLC|P\\.C\\.|Inc\\.?)?[ \\t,]*to[ \\t]+(?:release|disclose|exchange|obtain|share|communicate)` +
    `|\\b(?:[Rr]eferral from|[Rr]eferred (?:by|to|from)|[Rr]efer(?:red)? (?:her|him|them|client|pt|patient) to|connected (?:her |him |them )?with|linked (?:her |him |them )?(?:to|with)|stored (?:them|it|the guns|firearms) with|consulted with|through)[ \\t]+(?:the[ \\t]+)?(${RUN})`,
  'gu',
);
// "the Chicago downtown clinic", "our Newport office", "UCLA med center", "NYU Langone clinic".
const PLACE_HEAD = new RegExp(
  `(?<=\\b(?:at|[Tt]he|[Oo]ur|[Tt]heir|from|to|of)[ \\t]+)(${W}(?:[ \\t]+${W}){0,2})(?:[ \\t]+(?:downtown|uptown|main|east|west|north|south|central|satellite|branch|med|medical))?[ \\t]+(?:clinic|hospital|medical center|med center|office|offices|campus|practice|location|website|headquarters|store|shop|branch|plant|factory|warehouse)\\b`,
  'gu',
);
// "the University of Dayton", "Bank of Kiribati", "Church of St. Anne": the place names it.
const OF_PLACE = new RegExp(`(?:\\p{Lu}[\\p{L}\\p{M}'’-]*[ \\t]+){0,3}\\b(?:University|College|Institute|Academy|Bank|Church|Museum|Hospital|School|Diocese|Parish|Archdiocese|Confederation|Federation|Coalition|Alliance|Council|Division|Department|Bureau|Office|Board|Commission|Society|Association|Agency|Center|Centre|Friends|Sisters|Brothers|Daughters|Sons|Order|League|Union|Network)[ \\t]+(?:of|for|on(?=[ \\t]+Aging))[ \\t]+(?:the[ \\t]+)?(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\t]+(?:and[ \\t]+|&[ \\t]+|of[ \\t]+|in[ \\t]+)?\\p{Lu}[\\p{L}\\p{M}'’-]*){0,5})`, 'gu');
const OF_PLACE_HINT = /\b(?:University|College|Institute|Academy|Bank|Church|Museum|Hospital|School|Diocese|Parish|Archdiocese|Confederation|Federation|Coalition|Alliance|Council|Division|Department|Bureau|Office|Board|Commission|Society|Association|Agency|Center|Centre|Friends|Sisters|Brothers|Daughters|Sons|Order|League|Union|Network) (?:of|for|on) /;
// "The address of Compliance And Risks is", "the phone number of Riverside Pediatrics is".
const ADDRESS_OF = new RegExp(`\\b(?:address|location|phone number|number|website|email) of[ \\t]+(?:the[ \\t]+)?(${W}(?:[ \\t]+${W}){0,4})[ \\t]+(?:is|was)\\b`, 'gu');
const NOT_ORG = new Set(
  `the a an this that our their his her my your i he she they we it monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december home school work church night
outpatient inpatient community local mental behavioral primary urgent emergency family medical health psychiatric
residential detox treatment recovery group private public state county federal general crisis day walk-in student
legal social human child department new main same other first`.split(/\s+/),
);

function push(out: Span[], start: number, end: number, source: string): void {
  if (end > start) out.push({ start, end, category: 'ORGANIZATION', source });
}

/** The capitalised words that name it, cut before a word that cannot be part of a name. */
function nameWords(run: string): string {
  const words = run.split(/[ \t]+/);
  let n = 0;
  while (n < words.length) {
    const lower = words[n]!.toLowerCase().replace(/[.'’]+$|['’]s$/g, '');
    if (NOT_ORG.has(lower) && n === 0) return '';
    if (HARD_KEEP.has(lower) || (n === 0 && SOFT_KEEP.has(lower))) break;
    n++;
    // A full stop after a word ends the sentence, and the name ("Central Park Zoo. She…").
    if (/[\p{L}'’-]{3,}\.$/u.test(words[n - 1]!) && !/^(?:St|Mt|Ft|Inc|Co|Corp|Ltd|Jr|Sr|Dr)\.$/.test(words[n - 1]!)) break;
  }
  while (n > 0 && /^(?:of|and|&|for)$/i.test(words[n - 1]!)) n--;
  return words.slice(0, n).join(' ').replace(/[.,]+$/, '');
}

// "Berkshire Hathaway is a design agency", "Delgado's Tire is the family business": what a
// sentence says the subject is makes it an organisation.
const IS_AN_ORG = new RegExp(
  `(?:^|[.!?]\\s+|\\n)(${W}(?:[ \\t]+(?:of[ \\t]+|and[ \\t]+|&[ \\t]+)?${W}){0,4})[ \\t]+(?:is|was)[ \\t]+(?:a|an|the)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,3}(?:agency|company|firm|bank|startup|start-up|business|brand|nonprofit|non-profit|organi[sz]ation|charity|employer|corporation|retailer|manufacturer|insurer|brainchild|chain|franchise|restaurant|bakery|shop|store|factory|practice|clinic|school|church)\\b`,
  'gu',
);
const IS_AN_ORG_HINT = /\b(?:is|was) (?:a|an|the)\b.{0,40}\b(?:agency|company|firm|bank|start-?up|business|brand|non-?profit|organi[sz]ation|charity|employer|corporation|retailer|manufacturer|insurer|brainchild|chain|franchise|restaurant|bakery|shop|store|factory|practice|clinic|school|church)\b/;

// "at Balefire Global in Amsterdam", "at Delgado Tire in Dayton": something at a place is a business.
const AT_IN = new RegExp(`\\bat[ \\t]+(${W}(?:[ \\t]+${W}){0,3})[ \\t]+in[ \\t]+\\p{Lu}`, 'gu');
// "at the McDonald's on Route 9", "outside Peet's Coffee": a possessive shop is a place.
const SHOP = /\b(?:at|outside|near|from|behind|to|in front of)[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}\p{M}-]*['’]s(?:[ \t]+\p{Lu}[\p{L}\p{M}&-]*){0,3})(?=[ \t]+(?:on|in|at|near|off|parking|lot|store|where|and)\b|[,.;)])/gu;
// Congregations named after their kind: "Temple Ohabei Shalom", "Masjid Al-Noor", "Iglesia
// Cristo Rey", "Congregation Beth Israel", "Parafia św. Jacka", "Église Baptiste Emmanuel".
const CONGREGATION = new RegExp(`\\b(?:Temple|Congregation|Masjid|Mosque|Iglesia|Parroquia|Parafia|Église|Eglise|Chiesa|Kościół|Synagogue|Shul|Gurdwara|Mandir|Wat)[ \\t]+(?:de[ \\t]+|of[ \\t]+|św\\.[ \\t]+)?(${W}(?:[ \\t]+${W}){0,3})`, 'gu');
const CARE_HINT = /(?:hospitali[sz]ed|admitted|transferred|transported|discharged|detoxed|treated|stabili[sz]ed|incarcerated|shelter|sheltered|placed|placement|respite|bed|ROI|release|authori[sz]ation|authori[sz]e[sd]?|referral|referred|refer|connected|linked|stored|consulted|through) /i;

export function detectOrganizations(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(AT_IN)) {
    const words = m[1]!.split(/[ \t]+/);
    if (!orgLike(words, 300)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    push(out, start, start + m[1]!.length, 'org.at-in');
  }
  if (/\b(?:Temple|Congregation|Masjid|Mosque|Iglesia|Parroquia|Parafia|Église|Eglise|Chiesa|Kościół|Synagogue|Shul|Gurdwara|Mandir|Wat) \p{Lu}/u.test(text)) {
    for (const m of text.matchAll(CONGREGATION)) {
      const name = nameWords(m[1]!);
      if (!name || name.split(' ').every((w) => isCommonWord(lexicon(), w.toLowerCase(), 1000))) continue;
      const end = m.index + m[0].indexOf(m[1]!) + name.length;
      push(out, m.index, end, 'org.congregation');
    }
  }
  if (/['’]s\b/.test(text)) {
    for (const m of text.matchAll(SHOP)) {
      const name = m[1]!;
      const lower = name.toLowerCase().replace(/['’]s.*$/, '');
      // Not a person's: "at Maria's" is a home; a surname or a word makes a shop.
      if (lexicon().firstNames.has(lower)) continue;
      if (SOFT_KEEP.has(lower) || HARD_KEEP.has(lower) || NOT_ORG.has(lower)) continue;
      const start = m.index + m[0].lastIndexOf(name);
      push(out, start, start + name.length, 'org.shop');
    }
  }
  if (CARE_HINT.test(text)) for (const m of text.matchAll(CARE_AT)) {
    const run = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    // A referral may name a person ("referred by Dr. Lam"): a title or a given name leads then.
    if (m[4] && (/^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof)\b/.test(run) || lexicon().firstNames.has(run.split(/[ \t]/)[0]!.toLowerCase()))) continue;
    const name = nameWords(run);
    if (!name || name.split(' ').every((w) => NOT_ORG.has(w.toLowerCase()))) continue;
    // The run ends the match but in "authorize X to release": find it where it is.
    const start = m[3] ? m.index + m[0].indexOf(run) : m.index + m[0].length - run.length;
    push(out, start, start + name.length, 'org.care');
  }
  if (IS_AN_ORG_HINT.test(text)) {
    for (const m of text.matchAll(IS_AN_ORG)) {
      const name = nameWords(m[1]!);
      if (!name || name.split(' ').every((w) => NOT_ORG.has(w.toLowerCase()) || isCommonWord(lexicon(), w.toLowerCase(), 300))) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      push(out, start, start + name.length, 'org.is');
    }
  }
  for (const m of text.matchAll(EMPLOYER)) {
    const name = nameWords(m[1]!);
    if (!name || name.split(' ').every((w) => NOT_ORG.has(w.toLowerCase()))) continue;
    const start = m.index + m[0].length - m[1]!.length;
    push(out, start, start + name.length, 'org.employer');
  }
  const lex = lexicon();
  if (/[ \t](?:clinic|hospital|medical center|med center|office|offices|campus|practice|location|website|headquarters|store|shop|branch|plant|factory|warehouse)\b/.test(text)) for (const m of text.matchAll(PLACE_HEAD)) {
    const words = m[1]!.split(/[ \t]+/);
    // A place or an acronym names it; "the Memory clinic", "the PTSD clinic", "the Monday clinic" do not.
    const named = words.some((w) => {
      const lower = w.toLowerCase();
      if (HARD_KEEP.has(lower) || SOFT_KEEP.has(lower) || NOT_ORG.has(lower)) return false;
      if (lex.cities.has(lower)) return true;
      return w.length >= 2 && !isCommonWord(lex, lower, 10_000);
    });
    if (named) push(out, m.index, m.index + m[0].length, 'org.place');
  }
  if (OF_PLACE_HINT.test(text)) for (const m of text.matchAll(OF_PLACE)) {
    const place = m[1]!.replace(/[.,]+$/, '');
    // Words before the head join it unless a sentence starts there ("Discussed…").
    let start = m.index;
    const lead = /^(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]+/u.exec(m[0]);
    if (lead && /(?:^|[.!?:]\s*|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start)) && isCommonWord(lex, lead[1]!.toLowerCase(), 3000)) start += lead[0].length;
    if (!place.split(/[ \t]+/).every((w) => isCommonWord(lex, w.toLowerCase(), 1000))) push(out, start, m.index + m[0].length - m[1]!.length + place.length, 'org.of');
  }
  if (/\b(?:address|location|number|website|email) of /i.test(text)) for (const m of text.matchAll(ADDRESS_OF)) {
    const name = nameWords(m[1]!);
    if (!name || name.split(' ').every((w) => NOT_ORG.has(w.toLowerCase()) || isCommonWord(lex, w.toLowerCase(), 1000))) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    push(out, start, start + name.length, 'org.named');
  }
  return out;
}

// A record laid out as lines (or "a > b > c", "a ??? b", flattened): name, then the
// employer and the job, then the address. What stands between a person's name and an
// address, a phone or another name, on its own line or in capitals, is an organisation.
const BLOCK_GAP = /^(?:[ \t]*(?:\n|>|\?{2,}|\||•|,)[ \t]*|[ \t]+)+$/;
const GAP_WORD = /[^\s>|•?,]+/g;
const AFTER_KINDS = new Set(['LOCATION', 'PHONE', 'FAX', 'EMAIL', 'NAME', 'ZIP', 'URL', 'DATE', 'LICENSE', 'ID']);

const CAP_RUN_AT = new RegExp(`^,?[ \\t]+of[ \\t]+(?:the[ \\t]+)?(${W}(?:[ \\t]+(?:of[ \\t]+|and[ \\t]+|&[ \\t]+)?${W}){0,4})`, 'u');
const CAP_RUN_BEFORE = new RegExp(`(?:^|[\\s,;(])(${W}(?:[ \\t]+(?:of[ \\t]+|and[ \\t]+|&[ \\t]+)?${W}){0,4})['’]s?[ \\t]+$`, 'u');
const LINE_HEAD = new RegExp(`(?:^|\\n)[ \\t>]*(${W}(?:[ \\t]+${W}){0,3})(?:[ \\t]+|[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t>]*)$`, 'u');

/** Words that could name an organisation: not all ordinary, nothing clinical. */
function orgLike(words: string[], commonTop: number): boolean {
  const lex = lexicon();
  const lower = words.map((w) => w.toLowerCase().replace(/[.,'’]+$|['’]s$/g, ''));
  if (lower.some((w) => HARD_KEEP.has(w) || SOFT_KEEP.has(w) || NOT_ORG.has(w))) return false;
  return !lower.every((w) => /^(?:of|and|&)$/.test(w) || isCommonWord(lex, w, commonTop));
}

export function detectBlockOrganizations(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  const lex = lexicon();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.category === 'NAME') {
      // "Ástríður Steinarsdóttir of Inrix Traffic": a person of an organisation (or a town).
      const of = CAP_RUN_AT.exec(text.slice(s.end, s.end + 80));
      if (of && orgLike(of[1]!.split(/[ \t]+/), 300)) {
        const start = s.end + of[0].length - of[1]!.length;
        push(out, start, start + of[1]!.length, 'org.of-person');
      }
      // "Consumer Reports's Impi Nummelin", "Riverside Clinic's Dr. Patel".
      const before = CAP_RUN_BEFORE.exec(text.slice(Math.max(0, s.start - 80), s.start));
      if (before && (i === 0 || spans[i - 1]!.end <= s.start - before[0].length) && orgLike(before[1]!.split(/[ \t]+/), 1000)) {
        const start = s.start - before[0].length + before[0].indexOf(before[1]!);
        push(out, start, start + before[1]!.length, 'org.possessor');
      }
    }
    // A letterhead: "Kyruus 9791 Markt 84", "Riverside Counseling 12 Main St" at a line's start.
    if (s.category === 'LOCATION' && (s.source === 'address' || s.source.startsWith('street'))) {
      const head = LINE_HEAD.exec(text.slice(Math.max(0, s.start - 80), s.start));
      if (head && (i === 0 || spans[i - 1]!.end <= s.start - head[1]!.length) && orgLike(head[1]!.split(/[ \t]+/), 5000)) {
        const start = s.start - head[0].length + head[0].indexOf(head[1]!);
        push(out, start, start + head[1]!.length, 'org.letterhead');
      }
    }
  }
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    if (!AFTER_KINDS.has(b.category)) continue;
    let gap = text.slice(a.end, b.start);
    // "…, LICSW, Home for Little Wanderers\nMeeting date: …": the line after the name ends at
    // the break when the next line opens a labelled field.
    const brk = gap.indexOf('\n');
    if (brk > 0 && /:/.test(gap.slice(brk))) gap = gap.slice(0, brk);
    if (gap.length < 3 || gap.length > 80) continue;
    // A remark in brackets ("(urgent care)") is no line of a record.
    if (/^[\s>|•?,]*\(.*\)[\s>|•?,]*$/.test(gap)) continue;
    const words = gap.match(GAP_WORD) ?? [];
    if (words.length === 0 || words.length > 7 || !words.some((w) => /\p{L}{2}/u.test(w)) || words.some((w) => w.endsWith(':') || /[.!?;]$/.test(w) && !/^\p{Lu}[\p{L}]{0,3}\.$|^(?:inc|co|corp|ltd)\.$/iu.test(w))) continue;
    const lines = /\n|>|\?{2,}|\||•/.test(gap);
    // After a name anything; between two other findings only a line of its own with a rare word in it.
    if (a.category !== 'NAME') {
      // A heading in capitals ("MEDICATION RECONCILIATION") is no organisation.
      if (words.every((w) => w === w.toUpperCase() && isEnglish(lex, w.toLowerCase().replace(/[.,:—–-]+$/, '')))) continue;
      if (!lines || !/^(?:LOCATION|ORGANIZATION)$/.test(a.category) || words.length > 5 || words.some((w) => /\d/.test(w))) continue;
      if (words.every((w) => isCommonWord(lex, w.toLowerCase().replace(/[.,]$/, ''), 5000))) continue;
      if (words.some((w) => HARD_KEEP.has(w.toLowerCase()) || SOFT_KEEP.has(w.toLowerCase()))) continue;
    }
    // Inside a sentence only capitalised words make a name: "Dreux Joly Paxata PSC 3294".
    const capital = words.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:and|of|the|for|&)$/.test(w));
    if (!lines && !capital) continue;
    // Prose, not a record: "Met with Aditya for Cognitive Processing Therapy 12/13".
    if (!lines && /^(?:and|of|the|for|&)$/.test(words[0]!)) continue;
    if (words.some((w) => THERAPY_WORDS.has(w.toLowerCase()) || HARD_KEEP.has(w.toLowerCase()))) continue;
    if (b.category === 'NAME' && !lines) continue;
    // An ordinary phrase ("and her sister") is no organisation.
    if (words.every((w) => isCommonWord(lex, w.toLowerCase().replace(/[.,]$/, ''), 300) || HARD_KEEP.has(w.toLowerCase()) || SOFT_KEEP.has(w.toLowerCase()))) continue;
    const first = a.end + gap.search(/[^\s>|•?,]/u);
    const lastWord = words[words.length - 1]!;
    const end = a.end + gap.lastIndexOf(lastWord) + lastWord.length;
    push(out, first, end, 'org.block');
  }
  return out;
}
