// `alcove audit verify --json` says what it checked (issue 12): `witnessed` and `witnesses`,
// each outside checkpoint by source, size and time; `alcove audit witness` adds a second
// witness folder, remembered in the key directory.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alcoveOnTestVault } from '../helpers/cli.js';
import { PASSWORD, tempHome } from '../helpers/vault.js';

async function setup() {
  const home = await tempHome();
  const keys = path.join(await tempHome('alcove-keys-'), 'keys');
  const env = { ALCOVE_KEYS: keys };
  const run = (args: string[], stdin = `${PASSWORD}\n`) => alcoveOnTestVault(['--home', home, '--json', '--password-stdin', ...args], stdin, env);
  const created = await run(['vault', 'create', '--name', 'Dr Witness Elsewhere']);
  expect(created.code).toBe(0);
  const { vaultId } = created.json();
  return { home, keys, run, vaultId, keyWitness: path.join(keys, `${vaultId}.witness.jsonl`) };
}

describe('alcove audit verify says what it checked', () => {
  it('[HIPAA 164.312(b)] "witnessed" and "witnesses": none before any lock, then each witnessed checkpoint, a second folder, and a --checkpoint file as one', async () => {
    const { home, run, vaultId, keyWitness } = await setup();
    const first = await run(['audit', 'verify', '--vault', vaultId]);
    expect(first.code).toBe(0);
    expect(first.json()).toMatchObject({ ok: true, witnessed: false, witnesses: [] });

    // That verify's lock witnessed a checkpoint in the key directory.
    const second = (await run(['audit', 'verify', '--vault', vaultId])).json();
    expect(second.witnessed).toBe(true);
    expect(second.witnesses).toHaveLength(1);
    expect(second.witnesses[0]).toEqual({ source: keyWitness, treeSize: expect.any(Number), signedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    expect(Object.keys(second.witnesses[0]).sort()).toEqual(['signedAt', 'source', 'treeSize']);

    // A second folder, chosen by the user and remembered outside the vault.
    const backup = await tempHome('alcove-backup-');
    const added = await run(['audit', 'witness', '--vault', vaultId, '--add-folder', backup], '');
    expect(added.code).toBe(0);
    expect(added.json().files).toEqual([keyWitness, path.join(backup, `${vaultId}.witness.jsonl`)]);
    const out = path.join(home, 'export.json');
    // The export's checkpoint and its lock go to both witnesses.
    expect((await run(['audit', 'export', '--vault', vaultId, '--out', out])).code).toBe(0);
    const third = (await run(['audit', 'verify', '--vault', vaultId, '--checkpoint', out])).json();
    expect(third.ok).toBe(true);
    const sources = third.witnesses.map((w: { source: string }) => w.source);
    expect(sources.filter((s: string) => s === out)).toHaveLength(1);
    expect(sources.filter((s: string) => s === path.join(backup, `${vaultId}.witness.jsonl`))).toHaveLength(2);
    expect(sources.filter((s: string) => s === keyWitness)).toHaveLength(4);

    // An export verified with no vault: only a --checkpoint given counts as outside.
    expect((await alcoveOnTestVault(['--json', 'audit', 'verify', '--file', out])).json()).toMatchObject({ ok: true, witnessed: false, witnesses: [] });
    const withKept = (await alcoveOnTestVault(['--json', 'audit', 'verify', '--file', out, '--checkpoint', out])).json();
    expect(withKept.witnessed).toBe(true);
    expect(withKept.witnesses).toEqual([{ source: out, treeSize: expect.any(Number), signedAt: expect.any(String) }]);
  });

  it('alcove audit witness refuses a folder that does not exist or is inside the vaults folder, and changes nothing', async () => {
    const { home, keys, run, vaultId } = await setup();
    const missing = await run(['audit', 'witness', '--vault', vaultId, '--add-folder', path.join(home, 'nowhere')], '');
    expect(missing.code).not.toBe(0);
    expect(missing.json().error.code).toBe('VALIDATION_FAILED');
    const inside = await run(['audit', 'witness', '--vault', vaultId, '--add-folder', path.join(home, 'vaults', vaultId)], '');
    expect(inside.json().error.code).toBe('VALIDATION_FAILED');
    await expect(fs.stat(path.join(keys, `${vaultId}.witness-folders.json`))).rejects.toMatchObject({ code: 'ENOENT' });
    const other = await run(['audit', 'witness', '--vault', '00000000-0000-4000-8000-000000000000'], '');
    expect(other.json().error.code).toBe('NOT_FOUND');
  });
});
