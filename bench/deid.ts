// `npm run bench:deid`: recall per Safe Harbor category, decoys kept and throughput of
// Alcove's de-identification, beside npm PII libraries run on the same text.
// Corpora: ../shared/corpora (ASQ-PHI, presidio-research synth) and our synthetic notes.
// Leak and keep rules are in deid-score.ts.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redactor } from '@redactpii/node';
import nlp from 'compromise';
import { OpenRedaction } from 'openredaction';
import { SyncRedactor } from 'redact-pii';
import { deidentify, type Category } from '../src-main/redaction/deid/index.js';
import { COUNTRIES, US_STATES } from '../src-main/redaction/deid/places.js';
import { generateNotes } from '../test/fixtures/synth/index.js';
import { countOf, fragmentsOf, indexText, leaked, wordsKept, type Fragments } from './deid-score.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(repoRoot, '../shared/corpora');

interface Item {
  corpus: string;
  text: string;
  phi: Array<{ value: string; category: Category; start: number; end: number }>;
  decoys: string[];
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

interface RawLine { text: string; phi: Array<{ type: string; value: string; start?: number; end?: number }>; decoys?: string[] }

function loadCorpus(file: string, name: string, map: (type: string, value: string) => Category | null): Item[] {
  return readFileSync(path.join(corpora, file), 'utf8').split('\n').filter(Boolean).map((line) => {
    const raw = JSON.parse(line) as RawLine;
    const phi: Item['phi'] = [];
    for (const p of raw.phi) {
      const category = map(p.type, p.value);
      if (!category) continue;
      const start = p.start ?? raw.text.indexOf(p.value);
      phi.push({ value: p.value, category, start, end: p.end ?? start + p.value.length });
    }
    return { corpus: name, text: raw.text, phi, decoys: raw.decoys ?? [] };
  });
}

const items: Item[] = [
  ...loadCorpus('asq-phi.jsonl', 'asq-phi', (t) => ASQ_MAP[t] ?? null),
  ...loadCorpus('presidio-synth.jsonl', 'presidio-synth', presidioCategory),
  ...generateNotes(400, 20240607).map((n) => ({ corpus: 'synth-notes', text: n.text, phi: n.phi, decoys: n.decoys.map((d) => d.value) })),
];

type Engine = { name: string; run: (text: string) => string | Promise<string> };
const redactPii = new SyncRedactor();
const redactpiiNode = new Redactor();
const openRedaction = new OpenRedaction({ redactionMode: 'placeholder' });
const engines: Engine[] = [
  { name: 'alcove', run: (t) => deidentify(t).text },
  { name: 'redact-pii', run: (t) => redactPii.redact(t) },
  { name: '@redactpii/node', run: (t) => redactpiiNode.redact(t) },
  { name: 'openredaction', run: async (t) => (await openRedaction.detect(t)).redacted },
  {
    // Ablation for the name detector choice: compromise's people/places/organisations only.
    name: 'compromise (names/places/orgs only)',
    run: (t) => {
      const doc = nlp(t);
      let out = t;
      for (const s of [...doc.people().out('array'), ...doc.places().out('array'), ...doc.organizations().out('array')] as string[]) {
        const clean = s.replace(/[.,;:!?]+$/, '');
        if (clean.length > 1) out = out.split(clean).join('[X]');
      }
      return out;
    },
  },
];

interface Tally { found: number; total: number }
const GOAL = { overall: 0.99, category: 0.97, decoys: 0.95, mbps: 1 };
const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

// Fragments and the "outside" index of each item do not depend on the engine.
const prepared = items.map((item) => {
  let blank = item.text;
  for (const p of item.phi) if (p.start >= 0) blank = blank.slice(0, p.start) + ' '.repeat(p.end - p.start) + blank.slice(p.end);
  return { item, outside: indexText(blank), frags: item.phi.map((p): Fragments => fragmentsOf(p.value, p.category)) };
});

async function score(engine: Engine): Promise<void> {
  const byCat = new Map<string, Tally>();
  const byCorpus = new Map<string, Tally>();
  const decoys: Tally = { found: 0, total: 0 };
  const words: Tally = { found: 0, total: 0 };
  const outputs: string[] = [];
  let chars = 0;
  const t0 = performance.now();
  for (const { item } of prepared) {
    outputs.push(await engine.run(item.text));
    chars += item.text.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  prepared.forEach(({ item, outside, frags }, i) => {
    const out = outputs[i]!;
    const outIndex = indexText(out);
    item.phi.forEach((p, k) => {
      const ok = !leaked(frags[k]!, outIndex, outside);
      for (const [map, key] of [[byCat, p.category], [byCorpus, item.corpus], [byCat, 'ALL']] as const) {
        const t = map.get(key) ?? { found: 0, total: 0 };
        t.total++;
        if (ok) t.found++;
        map.set(key, t);
      }
    });
    for (const d of new Set(item.decoys)) {
      decoys.total++;
      if (countOf(out, d) >= countOf(item.text, d)) decoys.found++;
    }
    if (item.corpus !== 'synth-notes') {
      const [k, n] = wordsKept(outside, outIndex);
      words.found += k;
      words.total += n;
    }
  });
  const mbps = chars / 1e6 / seconds;
  const all = byCat.get('ALL')!;
  console.log(`\n## ${engine.name}`);
  console.log('category        recall   (found/total)   goal');
  for (const [cat, t] of [...byCat].filter(([c]) => c !== 'ALL').sort((a, b) => b[1].total - a[1].total)) {
    const r = t.found / t.total;
    console.log(`${cat.padEnd(15)} ${fmt(r)}   (${t.found}/${t.total})`.padEnd(41) + `>= ${GOAL.category} ${r >= GOAL.category ? 'ok' : 'MISS'}`);
  }
  for (const [c, t] of byCorpus) console.log(`  corpus ${c.padEnd(15)} recall ${fmt(t.found / t.total)} (${t.found}/${t.total})`);
  const overall = all.found / all.total;
  console.log(`OVERALL recall  ${fmt(overall)}   (${all.found}/${all.total})`.padEnd(41) + `>= ${GOAL.overall} ${overall >= GOAL.overall ? 'ok' : 'MISS'}`);
  const dk = decoys.found / decoys.total;
  console.log(`decoys kept     ${fmt(dk)}   (${decoys.found}/${decoys.total})`.padEnd(41) + `>= ${GOAL.decoys} ${dk >= GOAL.decoys ? 'ok' : 'MISS'}`);
  console.log(`non-PHI words kept (corpora) ${fmt(words.found / words.total)}`);
  console.log(`throughput      ${mbps.toFixed(2)} MB/s (${(chars / 1e6).toFixed(2)} MB, one core)`.padEnd(41) + `>= ${GOAL.mbps} ${mbps >= GOAL.mbps ? 'ok' : 'MISS'}`);
}

console.log(`De-identification benchmark: ${items.length} texts, ${items.reduce((n, i) => n + i.phi.length, 0)} PHI values, ${items.reduce((n, i) => n + i.decoys.length, 0)} decoys`);
deidentify('warm up the lexicon: Maria Okafor on March 3rd');
for (const engine of engines) await score(engine);
