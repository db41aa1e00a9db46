// Child process of the records bench: the real app path. Unlocks the seeded vault through the
// core (the vault worker holds the database), runs charts, searches and autosaves through
// vault.op as the renderer's calls would, and reports the main thread's event-loop delay and
// the process's memory with the vault open.

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCore } from '../src-main/core.js';
import { FileSecretKeyStore } from '../src-main/vault/keystore.js';
import { percentile } from './table.js';
import { prng, zipfSampler } from '../support/synth-vault.js';

const [home, vaultId, password] = process.argv.slice(2) as [string, string, string];
const core = createCore({ home, keystore: new FileSecretKeyStore(home) });
await core.vault.unlock({ vaultId, password });
const clients = (await core.vault.op<{ clientId: string }[]>('clients.list', { status: 'all' })).map((c) => c.clientId);
const { noteId } = await core.vault.op<{ noteId: string }>('notes.createDraft', { clientId: clients[0], template: 'soap', sessionDate: '2026-10-02' });
const r = prng(3);
const word = zipfSampler(77);
const chart: number[] = [];
const search: number[] = [];
const autosave: number[] = [];
const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();
let text = '';
for (let i = 0; i < 150; i++) {
  let t = performance.now();
  await core.vault.op('clients.chart', { clientId: clients[Math.floor(r() * clients.length)] });
  chart.push(performance.now() - t);
  t = performance.now();
  await core.vault.op('search.query', { query: r() < 0.5 ? word() : `${word()} ${word()}` });
  search.push(performance.now() - t);
  text += `More about sleep and coping, sentence ${i}. `;
  t = performance.now();
  await core.vault.op('notes.saveDraft', { noteId, sections: { subjective: text } });
  autosave.push(performance.now() - t);
}
delay.disable();
const rssMb = process.memoryUsage().rss / 1024 / 1024;
await core.close();
console.log(
  JSON.stringify({
    rssMb,
    maxDelayMs: delay.max / 1e6,
    p99DelayMs: delay.percentile(99) / 1e6,
    chartP95: percentile(chart, 95),
    searchP95: percentile(search, 95),
    autosaveP99: percentile(autosave, 99),
  }),
);
