// Issue 5's budgets, main side, with a real core and vault (cheap test KDF): the time from a
// lock trigger to vault.locked with 20 drafts pending in the window (its flush answered by a
// simulated renderer that saves all 20 through the API), and the time from unlock back to the
// previous place (unlock, session.lastPlace, then that note and its chart loaded).

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiInput, ApiOutput } from '../src-main/api/contract.js';
import type { EventName, MethodName } from '../src-main/api/methods.js';
import { createCore, type AlcoveCore } from '../src-main/core.js';
import { TEST_ONLY_CHEAP_KDF } from '../src-main/crypto/kdf.js';
import { FileSecretKeyStore } from '../src-main/vault/keystore.js';
import { median, ms, percentile, type Row } from './table.js';

const PASSWORD = 'violet harbour lantern 42';
const DRAFTS = 20;
const RUNS = 9;
const SENTENCE = 'Client described the week in detail; sleep steadier, appetite returning, one argument at work. ';

async function must<M extends MethodName>(core: AlcoveCore, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}`);
  return r.value as ApiOutput<M>;
}

export async function benchLock(): Promise<Row[]> {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'alcove-bench-lock-'));
  let drafts: { noteId: string }[] = [];
  let round = 0;
  let pending = 0;
  let savedRound = 0;
  let locked: (() => void) | null = null;
  // The simulated window: on lock.flush it saves every pending draft, then says so.
  const emit = (event: EventName, payload: unknown) => {
    if (event === 'vault.locked') locked?.();
    if (event !== 'lock.flush') return;
    const { requestId } = payload as { requestId: string };
    const toSave = drafts.slice(0, pending);
    void Promise.all(
      toSave.map((d, i) => must(core, 'notes.saveDraft', { noteId: d.noteId, sections: { subjective: `${SENTENCE.repeat(8)} (${round}.${i})` } })),
    ).then(() => {
      if (toSave.length) savedRound = round;
      return core.dispatch('lock.flushed', { requestId });
    });
  };
  const core = createCore({
    home,
    keystore: new FileSecretKeyStore(home),
    kdf: { kind: 'fixed-for-tests', cost: TEST_ONLY_CHEAP_KDF },
    emit,
    windowsListening: () => 1,
  });
  const untilLocked = () => new Promise<void>((resolve) => (locked = resolve));

  try {
    const { vaultId } = await must(core, 'vault.create', { displayName: 'Bench Practitioner', password: PASSWORD });
    await must(core, 'vault.unlock', { vaultId, password: PASSWORD });
    const { clientId } = await must(core, 'clients.create', { legalName: 'Bench Client' });
    drafts = [];
    for (let i = 0; i < DRAFTS; i++) drafts.push(await must(core, 'notes.createDraft', { clientId, template: 'soap', sessionDate: '2026-11-20' }));
    const place = { view: 'note', clientId, noteId: drafts[0]!.noteId, section: 'subjective', cursor: 42 };

    const lockWith = async (n: number): Promise<number> => {
      round++;
      pending = n;
      await must(core, 'session.rememberPlace', { place });
      const done = untilLocked();
      const t = performance.now();
      void core.dispatch('vault.lock', {});
      await done;
      return performance.now() - t;
    };
    const restore = async (): Promise<{ total: number; afterUnlock: number }> => {
      const t = performance.now();
      await must(core, 'vault.unlock', { vaultId, password: PASSWORD });
      const u = performance.now();
      const last = await must(core, 'session.lastPlace', {});
      if (!last?.noteId || last.noteId !== place.noteId) throw new Error('the place was not kept');
      const [note] = await Promise.all([must(core, 'notes.get', { noteId: last.noteId }), must(core, 'clients.chart', { clientId })]);
      if (!note.sections.subjective?.includes(`(${savedRound}.0)`)) throw new Error('the flushed draft did not come back');
      const end = performance.now();
      return { total: end - t, afterUnlock: end - u };
    };

    // One warm-up round, then the measured ones.
    await lockWith(DRAFTS);
    await restore();
    const lock20: number[] = [];
    const lock0: number[] = [];
    const back: number[] = [];
    const backAfterUnlock: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      lock20.push(await lockWith(DRAFTS));
      const r = await restore();
      back.push(r.total);
      backAfterUnlock.push(r.afterUnlock);
      lock0.push(await lockWith(0));
      await restore();
    }
    const section = 'lock';
    const l20 = median(lock20);
    const b = median(back);
    return [
      { section, name: `lock trigger → vault.locked, ${DRAFTS} drafts flushed first, median of ${RUNS}`, value: ms(l20), goal: '< 500 ms', ok: l20 < 500 },
      { section, name: `  same, p90 (max of ${RUNS})`, value: `${ms(percentile(lock20, 90))} (${ms(Math.max(...lock20))})`, goal: '—', ok: null },
      { section, name: '  same with nothing pending, median', value: ms(median(lock0)), goal: '—', ok: null },
      { section, name: 'unlock → previous note restored (unlock, lastPlace, note + chart), median', value: ms(b), goal: '< 300 ms (test KDF)', ok: b < 300 },
      { section, name: '  of which after the unlock (lastPlace, note + chart), median', value: ms(median(backAfterUnlock)), goal: '< 50 ms', ok: median(backAfterUnlock) < 50 },
    ];
  } finally {
    await core.close();
    await fs.rm(home, { recursive: true, force: true });
  }
}
