// Issue 4's budgets on a synthetic practice (500 clients, 100,000 notes of ~2 KB, Zipf
// vocabulary): autosave and sign against the fsync floor, chart, search; each also on an
// unencrypted SQLite file with the same schema and settings, measured in the same run; then
// the real app path (vault worker) in a child process for main-thread delay and RSS.

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3-multiple-ciphers';
import { createCore } from '../src-main/core.js';
import { TEST_ONLY_CHEAP_KDF } from '../src-main/crypto/kdf.js';
import { configureConnection, checkpointAndClose, openVaultDatabase } from '../src-main/vault/database.js';
import { FileSecretKeyStore } from '../src-main/vault/keystore.js';
import { vaultPaths } from '../src-main/vault/paths.js';
import { createClient } from '../src-main/records/clients.js';
import { clientChart } from '../src-main/records/chart.js';
import { createDraft, reindexStale, saveDraft, signNote } from '../src-main/records/notes.js';
import { search } from '../src-main/records/search.js';
import type { OpContext } from '../src-main/records/db.js';
import { updateProfile } from '../src-main/records/profile.js';
import { deriveDataKey } from '../support/vault-keys.js';
import { practiceClients, practiceNotes, vocabulary, zipfSampler, prng } from '../support/synth-vault.js';
import { percentile, ms, type Row } from './table.js';

const PASSWORD = 'violet harbour lantern 42';
const ACTOR = 'Bench Practitioner';

export interface RecordsBenchOptions {
  clients?: number;
  notes?: number;
}

interface Seeded {
  clientIds: string[];
  draftIds: string[];
  seconds: number;
}

function seed(db: Database.Database, clients: number, notes: number): Seeded {
  const started = performance.now();
  const people = practiceClients(clients);
  const clientIds: string[] = [];
  const draftIds: string[] = [];
  const now = Date.UTC(2021, 0, 1);
  db.transaction(() => {
    // Signing names a person: the practice's practitioner, as set up on the first day.
    updateProfile(db, { name: 'Ana Reyes', credentials: 'LCSW', licenseNumber: 'LCS 12345', npi: '1234567893' }, { now, actor: ACTOR });
    for (const c of people) clientIds.push(createClient(db, c, { now, actor: ACTOR }).clientId);
  }).immediate();
  const r = prng(99);
  const batch: ReturnType<typeof practiceNotes> extends Generator<infer T> ? T[] : never = [];
  const flush = () => {
    db.transaction(() => {
      for (const n of batch) {
        const ctx: OpContext = { now: Date.parse(`${n.sessionDate}T18:00:00Z`), actor: ACTOR };
        const { noteId } = createDraft(db, { clientId: clientIds[n.clientIndex] as string, template: n.template, sessionDate: n.sessionDate, sections: n.sections }, ctx);
        // Most notes get signed the same day; about one in twenty stays a draft.
        if (r() < 0.95) signNote(db, { noteId }, ctx);
        else draftIds.push(noteId);
      }
    }).immediate();
    batch.length = 0;
  };
  for (const n of practiceNotes(people, notes)) {
    batch.push(n);
    if (batch.length === 2000) flush();
  }
  flush();
  return { clientIds, draftIds, seconds: (performance.now() - started) / 1000 };
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

interface Figures {
  floor: number;
  autosave: number;
  sign: number;
  chart: number;
  search: number;
  commonWords: { word: string; p95: number }[];
  rareSearch: number;
}

/** Every operation the way the worker runs it: one IMMEDIATE transaction each. */
function measure(db: Database.Database, seeded: Seeded, rounds: number): Figures {
  const tx = (fn: () => unknown) => db.transaction(fn).immediate();
  const r = prng(5);
  let now = Date.UTC(2026, 9, 2);
  const ctx = (): OpContext => ({ now: (now += 1000), actor: ACTOR });
  const floor: number[] = [];
  const autosave: number[] = [];
  const sign: number[] = [];
  const chart: number[] = [];
  const words = zipfSampler(1234);
  const searchTimes: number[] = [];
  const rare: number[] = [];
  const vocab = vocabulary();
  const upsert = db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at');
  const { noteId: draft } = tx(() =>
    createDraft(db, { clientId: seeded.clientIds[0] as string, template: 'soap', sessionDate: '2026-10-02' }, ctx()),
  ) as { noteId: string };
  let text = 'Client reported better sleep this week and practiced stimulus control. ';
  for (let i = 0; i < rounds; i++) {
    floor.push(time(() => tx(() => upsert.run('bench-floor', String(i), now))));
    text += `Added sentence ${i} about coping skills and homework. `;
    autosave.push(time(() => tx(() => saveDraft(db, { noteId: draft, sections: { subjective: text.slice(-2000), plan: 'Continue weekly.' } }, ctx()))));
    const client = seeded.clientIds[Math.floor(r() * seeded.clientIds.length)] as string;
    const { noteId } = tx(() => createDraft(db, { clientId: client, template: 'soap', sessionDate: '2026-10-02', sections: { subjective: text.slice(-2000) } }, ctx())) as { noteId: string };
    sign.push(time(() => tx(() => signNote(db, { noteId }, ctx()))));
    chart.push(time(() => tx(() => clientChart(db, { clientId: client }))));
    const q = r() < 0.5 ? words() : `${words()} ${words()}`;
    searchTimes.push(time(() => tx(() => (reindexStale(db), search(db, { query: q, limit: 50 })))));
    rare.push(time(() => tx(() => search(db, { query: vocab[1000 + Math.floor(r() * 15000)] as string, limit: 50 }))));
  }
  const commonWords = vocab.slice(0, 2).map((word) => {
    const t: number[] = [];
    for (let i = 0; i < 30; i++) t.push(time(() => tx(() => search(db, { query: word, limit: 50 }))));
    return { word, p95: percentile(t, 95) };
  });
  return {
    floor: percentile(floor, 99),
    autosave: percentile(autosave, 99),
    sign: percentile(sign, 99),
    chart: percentile(chart, 95),
    search: percentile(searchTimes, 95),
    commonWords,
    rareSearch: percentile(rare, 95),
  };
}

const childScript = fileURLToPath(new URL('./records-app-path.ts', import.meta.url));

export async function benchRecords(options: RecordsBenchOptions = {}): Promise<Row[]> {
  const clients = options.clients ?? 500;
  const notes = options.notes ?? 100_000;
  const rounds = 400;
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'alcove-bench-records-'));
  try {
    // The encrypted database is a real vault (so the app path below can unlock it).
    const core = createCore({ home, keystore: new FileSecretKeyStore(home), kdf: { kind: 'fixed-for-tests', cost: TEST_ONLY_CHEAP_KDF } });
    const kit = await core.vault.create({ displayName: ACTOR, password: PASSWORD });
    await core.close();
    const dek = await deriveDataKey(home, kit.vaultId, PASSWORD);
    const enc = openVaultDatabase(vaultPaths(home, kit.vaultId).database, dek);
    const plainFile = path.join(home, 'baseline-plain.db');
    const plain = new Database(plainFile);
    configureConnection(plain);

    process.stderr.write(`  seeding ${notes.toLocaleString('en-US')} notes, encrypted…\n`);
    const seededEnc = seed(enc, clients, notes);
    process.stderr.write(`  seeded in ${seededEnc.seconds.toFixed(0)} s; unencrypted baseline…\n`);
    const seededPlain = seed(plain, clients, notes);
    const sizeMb = (await fs.stat(vaultPaths(home, kit.vaultId).database)).size / 1e6;

    process.stderr.write('  measuring…\n');
    // Interleave: plain, encrypted, then both again; keep each one's better run.
    const p1 = measure(plain, seededPlain, rounds);
    const e1 = measure(enc, seededEnc, rounds);
    const p2 = measure(plain, seededPlain, rounds);
    const e2 = measure(enc, seededEnc, rounds);
    const best = (a: Figures, b: Figures): Figures => ({
      floor: Math.min(a.floor, b.floor),
      autosave: Math.min(a.autosave, b.autosave),
      sign: Math.min(a.sign, b.sign),
      chart: Math.min(a.chart, b.chart),
      search: Math.min(a.search, b.search),
      commonWords: a.commonWords.map((w, i) => ({ word: w.word, p95: Math.min(w.p95, (b.commonWords[i] as { p95: number }).p95) })),
      rareSearch: Math.min(a.rareSearch, b.rareSearch),
    });
    const e = best(e1, e2);
    const p = best(p1, p2);
    checkpointAndClose(enc);
    checkpointAndClose(plain);
    dek.fill(0);

    process.stderr.write('  the app path (vault worker) in a child process…\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', childScript, home, kit.vaultId, PASSWORD], { maxBuffer: 1 << 20 });
    const app = JSON.parse(stdout.trim().split('\n').at(-1) as string) as { rssMb: number; maxDelayMs: number; p99DelayMs: number; chartP95: number; searchP95: number; autosaveP99: number };

    const section = 'records';
    const ratio = (a: number, b: number) => a / b;
    const rows: Row[] = [
      { section, name: `seed ${clients} clients + ${notes.toLocaleString('en-US')} notes (encrypted; ${sizeMb.toFixed(0)} MB)`, value: `${seededEnc.seconds.toFixed(0)} s`, goal: '≤ 180 s', ok: seededEnc.seconds <= 180 },
      { section, name: 'fsync floor: durable single-row commit, p99 (enc / plain)', value: `${ms(e.floor)} / ${ms(p.floor)}`, goal: 'baseline', ok: null },
      { section, name: 'autosave a draft, p99, ÷ floor', value: `${ms(e.autosave)} = ${ratio(e.autosave, e.floor).toFixed(2)}×`, goal: '≤ 1.2× floor', ok: e.autosave <= 1.2 * e.floor },
      { section, name: 'sign a note, p99, ÷ floor', value: `${ms(e.sign)} = ${ratio(e.sign, e.floor).toFixed(2)}×`, goal: '≤ 1.5× floor', ok: e.sign <= 1.5 * e.floor },
      { section, name: 'open a client chart (200 notes), p95', value: ms(e.chart), goal: '≤ 30 ms', ok: e.chart <= 30 },
      { section, name: 'search 1–2 words by frequency, 50 hits + snippets, p95', value: ms(e.search), goal: '≤ 50 ms', ok: e.search <= 50 },
      ...e.commonWords.map((w) => ({ section, name: `search the most common word “${w.word}”, p95`, value: ms(w.p95), goal: '≤ 50 ms', ok: w.p95 <= 50 })),
      { section, name: 'search a rare word (ranks 1,000–16,000), p95', value: ms(e.rareSearch), goal: '≤ 50 ms', ok: e.rareSearch <= 50 },
      { section, name: 'encrypted ÷ plain: autosave', value: ratio(e.autosave, p.autosave).toFixed(2), goal: '≤ 1.5', ok: ratio(e.autosave, p.autosave) <= 1.5 },
      { section, name: 'encrypted ÷ plain: sign', value: ratio(e.sign, p.sign).toFixed(2), goal: '≤ 1.5', ok: ratio(e.sign, p.sign) <= 1.5 },
      { section, name: 'encrypted ÷ plain: chart', value: ratio(e.chart, p.chart).toFixed(2), goal: '≤ 1.5', ok: ratio(e.chart, p.chart) <= 1.5 },
      { section, name: 'encrypted ÷ plain: search', value: ratio(e.search, p.search).toFixed(2), goal: '≤ 1.5', ok: ratio(e.search, p.search) <= 1.5 },
      { section, name: 'app path (worker): chart p95 / search p95 / autosave p99', value: `${ms(app.chartP95)} / ${ms(app.searchP95)} / ${ms(app.autosaveP99)}`, goal: '—', ok: null },
      { section, name: 'main-process RSS with the vault open (after the app path ran)', value: `${app.rssMb.toFixed(0)} MB`, goal: '≤ 300 MB', ok: app.rssMb <= 300 },
      { section, name: 'main-thread event-loop delay during the app path, max (p99)', value: `${ms(app.maxDelayMs)} (${ms(app.p99DelayMs)})`, goal: '≤ 20 ms', ok: app.maxDelayMs <= 20 },
    ];
    return rows;
  } finally {
    await fs.rm(home, { recursive: true, force: true });
  }
}
