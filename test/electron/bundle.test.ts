// The bundled vault worker (dist/main/vault-worker.mjs, what the app boots) opens vaults,
// and the nativeBinding path given to VaultWorkerClient really is the module it loads.

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createCore } from '../../src-main/core.js';
import { TEST_ONLY_CHEAP_KDF } from '../../src-main/crypto/kdf.js';
import { FileSecretKeyStore } from '../../src-main/vault/keystore.js';
import { VaultWorkerClient } from '../../src-main/vault/worker-client.js';

const WORKER = pathToFileURL(path.resolve('dist/main/vault-worker.mjs'));
const require = createRequire(import.meta.url);
const NODE_BINDING = path.join(path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json')), 'build/Release/better_sqlite3.node');
const password = 'tidal marmot quivers near plinth';

beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build-main.mjs'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
});

const homes: string[] = [];
afterEach(async () => {
  for (const h of homes.splice(0)) await rm(h, { recursive: true, force: true });
});

async function coreWith(nativeBinding: string) {
  const home = await mkdtemp(path.join(os.tmpdir(), 'alcove-bundle-'));
  homes.push(home);
  const worker = new VaultWorkerClient({ boot: WORKER, entry: WORKER, nativeBinding });
  return createCore({ home, keystore: new FileSecretKeyStore(home), kdf: { kind: 'fixed-for-tests', cost: TEST_ONLY_CHEAP_KDF }, worker });
}

describe('bundled vault worker', () => {
  test('creates and unlocks a vault through the given native binding', async () => {
    const core = await coreWith(NODE_BINDING);
    try {
      const created = await core.dispatch('vault.create', { displayName: 'Dr. Park', password });
      if (!created.ok) throw new Error(created.error.message);
      const { vaultId } = created.value as { vaultId: string };
      expect(await core.dispatch('vault.unlock', { vaultId, password })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    } finally {
      await core.close();
    }
  });

  test('a wrong native binding path fails the database open, proving the path is used', async () => {
    const core = await coreWith(path.join(os.tmpdir(), 'no-such-dir', 'better_sqlite3.node'));
    try {
      const created = await core.dispatch('vault.create', { displayName: 'Dr. Park', password });
      expect(created).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    } finally {
      await core.close();
    }
  });
});
