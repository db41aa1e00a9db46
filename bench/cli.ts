// Issue 13's budgets for the `alcove` command, measured as a script outside would run it
// (a fresh process each time), as ratios against baselines taken in the same run:
// `alcove vault list --json` within 4× of `node -e 0`, and a command that unlocks a vault
// (`client list`) within 1.3× of Argon2 alone plus that baseline.

import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { argon2id } from '../src-main/crypto/kdf.js';
import { parseHeader } from '../src-main/vault/header.js';
import { vaultPaths } from '../src-main/vault/paths.js';
import { median, ms, type Row } from './table.js';

const BIN = fileURLToPath(new URL('../bin/alcove.mjs', import.meta.url));
const PASSWORD = 'violet harbour lantern 42';
const RUNS = 7;

function timed(args: string[], input = ''): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { input, encoding: 'utf8' });
  const took = performance.now() - t;
  if (r.status !== 0) throw new Error(`bench cli: ${args.slice(1).join(' ')} exited ${r.status}: ${r.stdout}${r.stderr}`);
  return took;
}

export async function benchCli(): Promise<Row[]> {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'alcove-bench-cli-'));
  try {
    // Real defaults: the vault gets calibrated Argon2 costs, as a practitioner's does.
    const created = spawnSync(process.execPath, [BIN, '--home', home, '--json', '--password-stdin', 'vault', 'create', '--name', 'Bench CLI'], { input: `${PASSWORD}\n`, encoding: 'utf8' });
    if (created.status !== 0) throw new Error(`bench cli: vault create failed: ${created.stdout}${created.stderr}`);
    const { vaultId } = JSON.parse(created.stdout) as { vaultId: string };
    const { body } = parseHeader(await fs.readFile(vaultPaths(home, vaultId).header, 'utf8'));
    const kdf = body.slots.password.kdf;

    const node: number[] = [];
    const list: number[] = [];
    const argon: number[] = [];
    const unlock: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      node.push(timed(['-e', '0']));
      list.push(timed([BIN, '--home', home, '--json', 'vault', 'list']));
      const t = performance.now();
      await argon2id(Buffer.from(PASSWORD), kdf);
      argon.push(performance.now() - t);
      unlock.push(timed([BIN, '--home', home, '--json', '--password-stdin', 'client', 'list', '--vault', vaultId], `${PASSWORD}\n`));
    }
    const n = median(node);
    const l = median(list);
    const a = median(argon);
    const u = median(unlock);
    const section = 'cli';
    return [
      { section, name: `node -e 0 (a fresh Node process), median of ${RUNS}`, value: ms(n), goal: '—', ok: null },
      { section, name: 'alcove vault list --json, median', value: ms(l), goal: '—', ok: null },
      { section, name: 'vault list / node -e 0', value: (l / n).toFixed(2), goal: '≤ 4.00', ok: l / n <= 4 },
      { section, name: 'alcove client list (unlocks the vault), median', value: ms(u), goal: '—', ok: null },
      { section, name: 'client list / (Argon2 alone + node -e 0)', value: (u / (a + n)).toFixed(2), goal: '≤ 1.30', ok: u / (a + n) <= 1.3 },
    ];
  } finally {
    await fs.rm(home, { recursive: true, force: true });
  }
}
