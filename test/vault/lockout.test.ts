// The wrong-attempt counter (lockout.json) is signed with the vault's audit signing key, which
// lives in the key store and not in the vault folder (issue 12): with access to the folder
// alone, deleting or editing the counter no longer resets it. A missing or invalid counter is
// a pause already begun, and that it was missing or invalid is itself on the audit record.

import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AlcoveError } from '../../src-main/errors.js';
import { FIRST_PAUSE_SECONDS, FREE_ATTEMPTS } from '../../src-main/vault/lockout.js';
import { vaultPaths } from '../../src-main/vault/paths.js';
import { FileSecretKeyStore } from '../../src-main/vault/keystore.js';
import { PASSWORD, createTestVault, dispatcher, tempHome, testCore } from '../helpers/vault.js';

async function setup() {
  const home = await tempHome();
  let now = Date.UTC(2026, 10, 20, 9, 0);
  const clock = { advance: (ms: number) => (now += ms) };
  const core = testCore(home, { now: () => now });
  const kit = await createTestVault(core);
  const file = vaultPaths(home, kit.vaultId).lockout;
  return { home, core, kit, file, clock, call: dispatcher(core) };
}

interface StoredCounter {
  failures: number;
  lockedUntil: number;
  signature?: string;
}
const readCounter = async (file: string): Promise<StoredCounter> => (await readCounter(file));

const codeOf = async (p: Promise<unknown>) => ((await p.then(() => null, (e: unknown) => e)) as AlcoveError | null)?.code ?? 'ok';

async function auditedAfterUnlock(call: ReturnType<typeof dispatcher>, vaultId: string) {
  await call('vault.unlock', { vaultId, password: PASSWORD });
  const entries = [...(await call('audit.page', { limit: 50 })).entries].reverse();
  return entries.map((e) => [e.action, e.outcome]);
}

describe('lockout.json cannot be reset with file access alone', () => {
  it('[HIPAA 164.312(d)] a new vault has a signed zero counter, and a success writes a signed zero counter instead of deleting it', async () => {
    const { core, kit, file } = await setup();
    const state = await readCounter(file);
    expect(state).toMatchObject({ failures: 0, lockedUntil: 0 });
    expect(state.signature).toMatch(/^[0-9a-f]{128}$/);
    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: 'not the password' }))).toBe('WRONG_PASSWORD');
    expect((await readCounter(file))).toMatchObject({ failures: 1 });
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    await core.vault.lock();
    expect((await readCounter(file))).toMatchObject({ failures: 0, lockedUntil: 0 });
  });

  it('[HIPAA 164.312(d)] deleting the counter starts a pause instead of resetting it, and the deletion is audited', async () => {
    const { core, kit, file, clock, call } = await setup();
    for (let i = 0; i < FREE_ATTEMPTS - 1; i++) expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: `wrong ${i}` }))).toBe('WRONG_PASSWORD');
    await fs.rm(file);
    // Even the right password waits out the pause that the deletion began.
    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }))).toBe('LOCKED_OUT');
    const written = await readCounter(file);
    expect(written.failures).toBe(FREE_ATTEMPTS);
    expect(written.signature).toMatch(/^[0-9a-f]{128}$/);
    clock.advance(FIRST_PAUSE_SECONDS * 1000);
    const audited = await auditedAfterUnlock(call, kit.vaultId);
    expect(audited.filter(([action]) => action === 'vault.lockout.state')).toEqual([['vault.lockout.state', 'LOCKOUT_STATE_MISSING']]);
    expect(audited.filter(([, outcome]) => outcome === 'WRONG_PASSWORD')).toHaveLength(FREE_ATTEMPTS - 1);
  });

  it('[HIPAA 164.312(d)] editing the counter (its count, or a signature copied from another state) counts as a pause, and is audited', async () => {
    const { core, kit, file, clock, call } = await setup();
    for (let i = 0; i < 3; i++) expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: `wrong ${i}` }))).toBe('WRONG_PASSWORD');
    const signed = await readCounter(file);
    expect(signed.failures).toBe(3);
    // The attacker's edit keeps the valid-looking signature and sets the count back to zero.
    await fs.writeFile(file, JSON.stringify({ ...signed, failures: 0 }));
    const before = await fs.readFile(file);
    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }))).toBe('LOCKED_OUT');
    expect((await fs.readFile(file)).equals(before)).toBe(false);
    clock.advance(FIRST_PAUSE_SECONDS * 1000);
    // Not a JSON document at all: the same.
    await core.vault.lock();
    await fs.writeFile(file, 'not json');
    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }))).toBe('LOCKED_OUT');
    clock.advance(FIRST_PAUSE_SECONDS * 1000);
    const audited = await auditedAfterUnlock(call, kit.vaultId);
    expect(audited.filter(([action]) => action === 'vault.lockout.state')).toEqual([
      ['vault.lockout.state', 'LOCKOUT_STATE_INVALID'],
      ['vault.lockout.state', 'LOCKOUT_STATE_INVALID'],
    ]);
  });

  it('a vault from before signing (no signing key yet, no counter) is not paused by its upgrade', async () => {
    const { core, kit, file, home } = await setup();
    // What an older Alcove left: no counter after a success, and no signing key in the key store.
    await fs.rm(file);
    await fs.rm(new FileSecretKeyStore(home).signingKeyFile(kit.vaultId));
    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }))).toBe('ok');
    await core.vault.lock();
    // From here on it has both, and the counter is signed.
    expect((await readCounter(file)).signature).toMatch(/^[0-9a-f]{128}$/);
  });
});
