// Scoring for bench/deid.ts: when a PHI value counts as leaked, when a decoy counts as kept.
//
// LEAKED (strict, text-only so every engine is judged the same way, spans or not):
//   a value leaks if ANY of its fragments survives in the output more often than that
//   fragment occurs in the original outside every labelled PHI value. Fragments are
//   - each letter run of 2+ letters (name tokens, street names, email local parts, month
//     names), except words that identify nobody: titles, street/facility type words,
//     protocol/TLD words, ordinal suffixes, label words ("patient", "ID");
//   - each maximal digit run of 2+ digits, except a 4-digit year inside a DATE (Safe
//     Harbor allows the year) and a ZIP's first three digits;
//   - for digit runs of 5+ digits, any 4-digit window of it appearing inside any digit run
//     of the output ("***-**-6789" leaks an SSN).
// KEPT (decoys): the decoy text occurs in the output at least as often as in the original.

const GENERIC = new Set(
  `dr mr mrs ms mx miss prof st mt ft jr sr ii iii apt apartment suite ste unit fl floor room rm bldg po box
street avenue ave road rd boulevard blvd lane ln drive court ct way place pl terrace circle parkway highway hwy route
hospital medical center centre clinic health healthcare care university college school institute memorial general
regional community services inc corp co llc ltd group company of the and at de la del van von
http https www com org net edu gov io us uk ca au de nl se dk cz ee si pl pt br be ch at info biz
st nd rd th patient id case mrn no number member acct account`.split(/\s+/),
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
