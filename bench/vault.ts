// Issue 2's budgets: unlock costs little more than Argon2 itself; the main thread never
// stalls while a vault unlocks (the KDF runs in libuv's pool, SQLite in the vault worker).

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCore } from '../src-main/core.js';
import { argon2id } from '../src-main/crypto/kdf.js';
import { parseHeader } from '../src-main/vault/header.js';
import { FileSecretKeyStore } from '../src-main/vault/keystore.js';
import { vaultPaths } from '../src-main/vault/paths.js';
import { median, ms, type Row } from './table.js';

const PASSWORD = 'violet harbour lantern 42';
const RUNS = 7;

export async function benchVault(): Promise<Row[]> {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'alcove-bench-vault-'));
  // Real defaults: calibrated Argon2 costs, as a practitioner's vault gets them.
  const core = createCore({ home, keystore: new FileSecretKeyStore(home) });
  try {
    const kit = await core.vault.create({ displayName: 'Bench Practitioner', password: PASSWORD });
    const { body } = parseHeader(await fs.readFile(vaultPaths(home, kit.vaultId).header, 'utf8'));
    const kdf = body.slots.password.kdf;

    const argon: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await argon2id(Buffer.from(PASSWORD), kdf);
      argon.push(performance.now() - t);
    }

    core.vault.worker.start();
    await core.vault.worker.call('status', {});
    const unlock: number[] = [];
    const lock: number[] = [];
    const delay = monitorEventLoopDelay({ resolution: 1 });
    for (let i = 0; i < RUNS; i++) {
      delay.enable();
      const t = performance.now();
      await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
      unlock.push(performance.now() - t);
      delay.disable();
      await core.vault.op('settings.set', { key: `k${i}`, value: 'x'.repeat(1000) });
      const l = performance.now();
      await core.vault.lock();
      lock.push(performance.now() - l);
    }
    const a = median(argon);
    const u = median(unlock);
    const maxDelay = delay.max / 1e6;
    const p99Delay = delay.percentile(99) / 1e6;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const section = 'vault';
    return [
      { section, name: `Argon2id alone (${kdf.memoryKiB / 1024} MiB, t=${kdf.iterations}, p=${kdf.parallelism}), median of ${RUNS}`, value: ms(a), goal: '≈ 1 s (calibrated)', ok: null },
      { section, name: 'full unlock (header, KDF, unwrap, open, pragmas), median', value: ms(u), goal: '—', ok: null },
      { section, name: 'unlock / Argon2 alone', value: (u / a).toFixed(3), goal: '≤ 1.10', ok: u / a <= 1.1 },
      { section, name: 'lock (checkpoint, close, wipe), median', value: ms(median(lock)), goal: '—', ok: null },
      { section, name: `max event-loop delay on the main thread during ${RUNS} unlocks`, value: ms(maxDelay), goal: '< 20 ms', ok: maxDelay < 20 },
      { section, name: 'p99 event-loop delay during unlocks (1 ms timer resolution)', value: ms(p99Delay), goal: '—', ok: null },
      { section, name: 'peak RSS of the process (main + worker)', value: `${rssMb.toFixed(0)} MB`, goal: '—', ok: null },
    ];
  } finally {
    await core.close();
    await fs.rm(home, { recursive: true, force: true });
  }
}
