// Failure analyser for the de-identification engine: per corpus and category, how many
// values leak and samples of them in context (with what the engine made of the context),
// then samples of decoys the engine damaged and the spans that hit them.
//   node --import tsx bench/deid-misses.ts [--corpus NAME] [--category CAT] [--n 12] [--heldout]
// The held-out split is left out unless --heldout: it is for reporting, not for tuning.

import { findSpans, deidentify } from '../src-main/deid/index.js';
import { HELD_OUT, loadItems } from './deid-corpora.js';
import { fragmentsOf, indexText, leakedAt, survivors, tokens } from '../support/deid-score.js';

const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const wantCorpus = arg('--corpus');
const wantCategory = arg('--category');
const n = Number(arg('--n') ?? 12);
const heldOut = process.argv.includes('--heldout');

const oneLine = (s: string): string => s.replace(/\s+/g, ' ');
function context(text: string, start: number, end: number, width = 50): string {
  return oneLine(`${text.slice(Math.max(0, start - width), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + width)}`);
}

interface Miss { line: string }
const misses = new Map<string, Miss[]>();
const totals = new Map<string, number>();
const damaged: string[] = [];
let decoyTotal = 0;

for (const item of loadItems()) {
  if (HELD_OUT.has(item.corpus) !== heldOut) continue;
  if (wantCorpus && item.corpus !== wantCorpus) continue;
  const out = deidentify(item.text).text;
  const input = tokens(item.text);
  const kept = survivors(input, tokens(out));
  let blank = item.text;
  for (const p of item.phi) if (p.start >= 0) blank = blank.slice(0, p.start) + ' '.repeat(p.end - p.start) + blank.slice(p.end);
  const outside = indexText(blank);
  const outIndex = indexText(out);
  for (const p of item.phi) {
    if (wantCategory && p.category !== wantCategory) continue;
    const key = `${item.corpus} ${p.category}`;
    totals.set(key, (totals.get(key) ?? 0) + 1);
    if (p.start < 0 || !leakedAt(input, kept, p.start, p.end, p.category, fragmentsOf(p.value, p.category), outIndex, outside)) continue;
    const spans = findSpans(item.text).filter((s) => s.end > p.start - 60 && s.start < p.end + 60);
    const found = spans.map((s) => `${oneLine(item.text.slice(s.start, s.end))}=${s.category}`).join(' | ');
    const list = misses.get(key) ?? [];
    list.push({ line: `  [${item.id}] ${context(item.text, p.start, p.end)}\n      spans near: ${found || '-'}` });
    misses.set(key, list);
  }
  for (const d of item.decoys) {
    decoyTotal++;
    const at = d.start >= 0 ? d.start : item.text.indexOf(d.value);
    const end = at + d.value.length;
    const hits = findSpans(item.text).filter((s) => at >= 0 && s.start < end && s.end > at);
    if (hits.length === 0) continue;
    damaged.push(`  [${item.id}] ${context(item.text, at, end, 40)}  hit by ${hits.map((s) => `${oneLine(item.text.slice(s.start, s.end))}=${s.category}/${s.source}`).join(', ')}`);
  }
}

// Deterministic sample: every k-th miss, so reruns show the same lines.
function sample<T>(list: T[], k: number): T[] {
  if (list.length <= k) return list;
  const step = list.length / k;
  return Array.from({ length: k }, (_, i) => list[Math.floor(i * step)]!);
}

const sorted = [...misses].sort((a, b) => b[1].length - a[1].length);
console.log('misses per corpus and category (largest first):');
for (const [key, list] of sorted) console.log(`  ${key.padEnd(32)} ${String(list.length).padStart(5)} / ${totals.get(key)}`);
for (const [key, list] of sorted) {
  console.log(`\n### ${key}: ${list.length} leaked of ${totals.get(key)}`);
  for (const m of sample(list, n)) console.log(m.line);
}
console.log(`\n### decoys damaged: ${damaged.length} of ${decoyTotal}`);
for (const d of sample(damaged, n * 2)) console.log(d);
