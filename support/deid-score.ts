// Scoring for bench/deid.ts (and the tests of its rules): when a PHI value counts as leaked, when a decoy counts as kept.
//
// LEAKED (strict, text-only so every engine is judged the same way, spans or not):
//   a value leaks if ANY of its fragments survives in the output more often than that
//   fragment occurs in the original outside every labelled PHI value. Fragments are
//   - each letter run of 2+ letters (name tokens, street names, email local parts, month
//     names), except words that identify nobody: titles, street/facility type words,
//     protocol/TLD words, ordinal suffixes, label words ("patient", "ID");
//   - each maximal digit run of 2+ digits, except a 4-digit year inside a DATE (Safe
//     Harbor allows the year), a ZIP's first three digits, and the 90 of an age of 90
//     (its replacement, "90 or older", is Safe Harbor's own);
//   - for digit runs of 5+ digits, any 4-digit window of it appearing inside any digit run
//     of the output ("***-**-6789" leaks an SSN).
// That count rule charges one surviving token to every value holding it: a client's first
// name left once in a note also "leaks" the redacted email maria.okafor@… and the URL
// /help-maria in the same note. So the recall we report is by POSITION: the input and the
// output are aligned token by token (longest common subsequence over letter runs and
// digit runs, as a diff does), and a value leaks if any of its fragments at its own
// offsets survives into the output, or (digits) any 4-digit window of a long run appears
// in the output but nowhere outside PHI. Still strict: one surviving token is a leak.
// The count rule stays available (`leaked`) and the bench prints both.
// Inside a LOCATION, a state, a state code or a one-word country is not a fragment:
// Safe Harbor keeps them ("Dayton, OH" -> "[LOCATION], OH").
// KEPT (decoys): with offsets, every token of the decoy at its own place survives the
// alignment (a score "20" is not damaged because a date "2022" was redacted, which the
// old substring count said it was); without offsets, the decoy text occurs in the output
// at least as often as in the original.

import { COUNTRIES, STATE_CODES, US_STATES } from '../src-main/deid/index.js';

const GENERIC = new Set(
  `dr mr mrs ms mx miss prof st mt ft jr sr ii iii apt apartment suite ste unit fl floor room rm bldg po box
street avenue ave road rd boulevard blvd lane ln drive court ct way place pl terrace circle parkway highway hwy route
hospital medical center centre clinic health healthcare care university college school institute memorial general
regional community services inc corp co llc ltd group company of the and at de la del van von
http https www com org net edu gov io us uk ca au de nl se dk cz ee si pl pt br be ch at info biz
st nd rd th patient id case mrn no number member acct account office facility branch`.split(/\s+/),
);

export interface Fragments {
  words: string[];
  runs: string[];
  windows: string[];
}

export function fragmentsOf(value: string, category: string): Fragments {
  const words = (value.match(/\p{L}{2,}/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !GENERIC.has(w));
  const runs: string[] = [];
  const windows: string[] = [];
  for (const run of value.match(/\d{2,}/g) ?? []) {
    if (category === 'DATE' && /^(?:19|20)\d{2}$/.test(run)) continue;
    if (category === 'ZIP' && run.length === 3) continue;
    if (category === 'AGE' && run === '90') continue; // "90 or older" is Safe Harbor's own replacement
    runs.push(run);
    if (run.length >= 5) for (let i = 0; i + 4 <= run.length; i++) windows.push(run.slice(i, i + 4));
  }
  return { words, runs, windows };
}

export interface TextIndex {
  words: Map<string, number>;
  runs: Map<string, number>;
  digitText: string; // all digit runs joined by '|', for window search
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function indexText(text: string): TextIndex {
  const words = new Map<string, number>();
  const runs = new Map<string, number>();
  for (const w of text.match(/\p{L}{2,}/gu) ?? []) bump(words, w.toLowerCase());
  const digitRuns = text.match(/\d+/g) ?? [];
  for (const r of digitRuns) bump(runs, r);
  return { words, runs, digitText: digitRuns.join('|') };
}

/** `outside` = the original text with every labelled PHI value blanked out. */
export function leaked(f: Fragments, out: TextIndex, outside: TextIndex): boolean {
  for (const w of f.words) if ((out.words.get(w) ?? 0) > (outside.words.get(w) ?? 0)) return true;
  for (const r of f.runs) if ((out.runs.get(r) ?? 0) > (outside.runs.get(r) ?? 0)) return true;
  for (const w of f.windows) if (out.digitText.includes(w) && !outside.digitText.includes(w)) return true;
  return false;
}

export function countOf(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Non-PHI words of the original that survive (over-redaction on corpora without decoys). */
export function wordsKept(outside: TextIndex, out: TextIndex): [kept: number, total: number] {
  let kept = 0;
  let total = 0;
  for (const [w, n] of outside.words) {
    if (GENERIC.has(w)) continue;
    total += n;
    kept += Math.min(n, out.words.get(w) ?? 0);
  }
  return [kept, total];
}

interface Token {
  text: string; // lower-case letter run or digit run
  start: number;
  end: number;
}

const TOKEN = /\p{L}+|\d+/gu;

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** For each input token, whether it survives into the output (LCS alignment of tokens). */
export function survivors(input: Token[], output: Token[]): Uint8Array {
  const kept = new Uint8Array(input.length);
  const ids = new Map<string, number>();
  const id = (t: string): number => {
    let v = ids.get(t);
    if (v === undefined) ids.set(t, (v = ids.size));
    return v;
  };
  const a = input.map((t) => id(t.text));
  const b = output.map((t) => id(t.text));
  // Common prefix and suffix first: most of a redacted text is unchanged.
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) kept[lo++] = 1;
  let ha = a.length;
  let hb = b.length;
  while (ha > lo && hb > lo && a[ha - 1] === b[hb - 1]) kept[--ha] = 1, hb--;
  const n = ha - lo;
  const m = hb - lo;
  if (n === 0 || m === 0) return kept;
  const w = m + 1;
  const dp = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = a[lo + i] === b[lo + j] ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[lo + i] === b[lo + j]) {
      kept[lo + i] = 1;
      i++;
      j++;
    } else if (dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!) i++;
    else j++;
  }
  return kept;
}

/** Whether token `t` of a value of `category` is a fragment that identifies (see above). */
function identifying(t: string, category: string): boolean {
  if (/^\d/.test(t)) {
    if (t.length < 2) return false;
    if (category === 'DATE' && /^(?:19|20)\d{2}$/.test(t)) return false;
    if (category === 'ZIP' && t.length === 3) return false;
    if (category === 'AGE' && t === '90') return false;
    return true;
  }
  // Safe Harbor keeps the state and the country of an address.
  if (category === 'LOCATION' && (US_STATES.has(t) || COUNTRIES.has(t) || STATE_CODES.has(t.toUpperCase()))) return false;
  return t.length >= 2 && !GENERIC.has(t);
}

/**
 * Leak by position: a fragment of the value at [start, end) survives the alignment, or a
 * 4-digit window of its long digit runs appears in the output and nowhere outside PHI.
 */
export function leakedAt(input: Token[], kept: Uint8Array, start: number, end: number, category: string, f: Fragments, out: TextIndex, outside: TextIndex): boolean {
  for (let k = 0; k < input.length; k++) {
    const t = input[k]!;
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (kept[k] && identifying(t.text, category)) return true;
  }
  for (const w of f.windows) if (out.digitText.includes(w) && !outside.digitText.includes(w)) return true;
  return false;
}

/** A decoy at [start, end) is kept when every token of it survives the alignment. */
export function keptAt(input: Token[], kept: Uint8Array, start: number, end: number): boolean {
  let any = false;
  for (let k = 0; k < input.length; k++) {
    const t = input[k]!;
    if (t.end <= start) continue;
    if (t.start >= end) break;
    any = true;
    if (!kept[k]) return false;
  }
  return any;
}
