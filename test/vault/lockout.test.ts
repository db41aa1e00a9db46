// The wrong-attempt counter (lockout.json) is signed with the vault's audit signing key, which
// lives in the key store and not in the vault folder (issue 12): with access to the folder
// alone, deleting or editing the counter no longer resets it. A missing or invalid counter is
// a pause already begun, and that it was missing or invalid is itself on the audit record.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createCore } from '../../src-main/core.js';
import { TEST_ONLY_CHEAP_KDF } from '../../src-main/crypto/kdf.js';
import { headerMacKey } from '../../src-main/crypto/keys.js';
import { serialiseHeader } from '../../src-main/vault/header.js';
import { describe, expect, it } from 'vitest';
import type { AlcoveError } from '../../src-main/errors.js';
import { FIRST_PAUSE_SECONDS, FREE_ATTEMPTS } from '../../src-main/vault/lockout.js';
import { vaultPaths } from '../../src-main/vault/paths.js';
import { FileSecretKeyStore } from '../../src-main/vault/keystore.js';
import { HeaderBody, parseHeader } from '../../src-main/vault/header.js';
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
  mac?: string;
}
const readCounter = async (file: string): Promise<StoredCounter> => JSON.parse(await fs.readFile(file, 'utf8')) as StoredCounter;

const codeOf = async (p: Promise<unknown>) => ((await p.then(() => null, (e: unknown) => e)) as AlcoveError | null)?.code ?? 'ok';

async function auditedAfterUnlock(call: ReturnType<typeof dispatcher>, vaultId: string) {
  await call('vault.unlock', { vaultId, password: PASSWORD });
  const entries = [...(await call('audit.page', { limit: 50 })).entries].reverse();
  return entries.map((e) => [e.action, e.outcome]);
}

describe('lockout.json cannot be reset with file access alone', () => {
  it('[HIPAA 164.312(d)] a new vault has an authenticated zero counter, and a success writes one instead of deleting it', async () => {
    const { core, kit, file } = await setup();
    const state = await readCounter(file);
    expect(state).toMatchObject({ failures: 0, lockedUntil: 0 });
    expect(state.mac).toMatch(/^[0-9a-f]{64}$/);
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
    expect(written.mac).toMatch(/^[0-9a-f]{64}$/);
    clock.advance(FIRST_PAUSE_SECONDS * 1000);
    const audited = await auditedAfterUnlock(call, kit.vaultId);
    expect(audited.filter(([action]) => action === 'vault.lockout.state')).toEqual([['vault.lockout.state', 'LOCKOUT_STATE_MISSING']]);
    expect(audited.filter(([, outcome]) => outcome === 'WRONG_PASSWORD')).toHaveLength(FREE_ATTEMPTS - 1);
  });

  it('[HIPAA 164.312(d)] editing the counter (its count kept with the MAC of another state) counts as a pause, and is audited', async () => {
    const { core, kit, file, clock, call } = await setup();
    for (let i = 0; i < 3; i++) expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: `wrong ${i}` }))).toBe('WRONG_PASSWORD');
    const signed = await readCounter(file);
    expect(signed.failures).toBe(3);
    // The attacker's edit keeps the valid-looking MAC and sets the count back to zero.
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

  it('a vault from before (no mark in its header, no counter) is not paused by its upgrade; its next unlock marks it', async () => {
    const { core, kit, file, home } = await setup();
    // What an older Alcove left: no counter after a success, and a header without the mark.
    const paths = vaultPaths(home, kit.vaultId);
    const secretKey = await new FileSecretKeyStore(home).get(kit.vaultId);
    const macKey = headerMacKey(secretKey as Buffer, kit.vaultId);
    const { body } = parseHeader(await fs.readFile(paths.header, 'utf8'));
    const { lockoutCounter, ...older } = body;
    expect(lockoutCounter).toBe('mac-v1');
    await fs.writeFile(paths.header, serialiseHeader(HeaderBody.parse(older), macKey));
    await fs.rm(file);
    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }))).toBe('ok');
    await core.vault.lock();
    expect(parseHeader(await fs.readFile(paths.header, 'utf8')).body.lockoutCounter).toBe('mac-v1');
    expect((await readCounter(file)).mac).toMatch(/^[0-9a-f]{64}$/);
    await fs.rm(file);
    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }))).toBe('LOCKED_OUT');
  });

  it('[HIPAA 164.312(d)] the app and the CLI, each with its own key store, check the same counter: the count one side wrote holds on the other', async () => {
    const { core, kit, file, home } = await setup();
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    await core.vault.lock();
    // A second key store (the CLI's key directory beside the app's) opens the same vault.
    const other = await tempHome('alcove-other-keys-');
    await fs.copyFile(path.join(new FileSecretKeyStore(home).folder, `${kit.vaultId}.key`), path.join(other, `${kit.vaultId}.key`));
    const second = createCore({ home, keystore: new FileSecretKeyStore(home, undefined, { dir: other }), kdf: { kind: 'fixed-for-tests', cost: TEST_ONLY_CHEAP_KDF } });
    try {
      expect(await codeOf(second.vault.unlock({ vaultId: kit.vaultId, password: 'wrong on the second side' }))).toBe('WRONG_PASSWORD');
      await second.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
      await second.vault.lock();
      expect(await codeOf(second.vault.unlock({ vaultId: kit.vaultId, password: 'wrong again' }))).toBe('WRONG_PASSWORD');
    } finally {
      await second.close();
    }
    // Back on the first side: the count the second side wrote holds (not a pause, not a reset).
    expect((await readCounter(file)).failures).toBe(1);
    const err = (await core.vault.unlock({ vaultId: kit.vaultId, password: 'wrong on the first side' }).catch((e: unknown) => e)) as AlcoveError;
    expect(err.details).toEqual({ attemptsLeft: FREE_ATTEMPTS - 2 });
    expect(await codeOf(core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD }))).toBe('ok');
  });
});
