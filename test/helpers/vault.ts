// Shared test helpers: a throwaway data directory, a core with test-only Argon2 costs, the
// data key derived the long way from the files on disk (to check the format from outside),
// and byte-level snapshots and scans of folders.

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type AlcoveCore } from '../../src-main/core.js';
import { TEST_ONLY_CHEAP_KDF } from '../../src-main/crypto/kdf.js';
import type { Log } from '../../src-main/log/logger.js';
import { FileSecretKeyStore } from '../../src-main/vault/keystore.js';
import { deriveDataKey as deriveKey } from '../../support/vault-keys.js';

export const PASSWORD = 'violet harbour lantern 42';
export const NEW_PASSWORD = 'quiet orchard compass 7319';
export const DISPLAY_NAME = 'Dr Imogen Vasquez-Thornbury';
/** The practitioner who signs in test vaults (1234567893 is CMS's example of a valid NPI). */
export const PROFILE = { name: 'Ana Reyes', credentials: 'LCSW', licenseNumber: 'LCS 29871', licenseState: 'CA', npi: '1234567893' } as const;
export const SIGNER = { name: PROFILE.name, credentials: PROFILE.credentials, licenseNumber: PROFILE.licenseNumber, npi: PROFILE.npi } as const;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

export async function tempHome(prefix = 'alcove-test-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestCoreOptions {
  now?: () => number;
  log?: Log;
}

/** A core with cheap, test-only KDF costs; closed after the test. */
export function testCore(home: string, options: TestCoreOptions = {}): AlcoveCore {
  const core = createCore({
    home,
    keystore: new FileSecretKeyStore(home),
    kdf: { kind: 'fixed-for-tests', cost: TEST_ONLY_CHEAP_KDF },
    ...options,
  });
  cleanups.push(() => core.close());
  return core;
}

/** Call a method through the core's dispatcher (as a window does); a failure throws with its code. */
export function dispatcher(core: AlcoveCore): (method: string, input: unknown) => Promise<any> {
  return async (method, input) => {
    const r = await core.dispatch(method, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value;
  };
}

/** Create a vault through the service and return its recovery kit. */
export async function createTestVault(core: AlcoveCore, displayName = DISPLAY_NAME, password = PASSWORD) {
  return core.vault.create({ displayName, password });
}

/** The raw data key, derived from the header and the device's secret key as a stranger would. */
export function deriveDataKey(home: string, vaultId: string, password = PASSWORD): Promise<Buffer> {
  return deriveKey(home, vaultId, password);
}

export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out.push(p);
    }
  }
  await walk(dir);
  return out.sort();
}

/** path -> sha256 of every file below dir. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await listFiles(dir)) {
    try {
      out[path.relative(dir, f)] = createHash('sha256').update(await fs.readFile(f)).digest('hex');
    } catch {
      // vanished while we looked (another test's temp file)
    }
  }
  return out;
}

/** Every encoding a string could be written in by accident. */
export function encodings(text: string): Buffer[] {
  const utf16be = Buffer.from(text, 'utf16le');
  utf16be.swap16();
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), utf16be];
}

/** Files below the folders that contain any of the needles (skips files over 512 MiB). */
export async function filesContaining(dirs: string[], needles: Buffer[]): Promise<string[]> {
  const hits: string[] = [];
  for (const dir of dirs) {
    for (const f of await listFiles(dir)) {
      let data: Buffer;
      try {
        const stat = await fs.stat(f);
        if (stat.size > 512 * 1024 * 1024) continue;
        data = await fs.readFile(f);
      } catch {
        continue;
      }
      if (needles.some((n) => data.includes(n))) hits.push(f);
    }
  }
  return hits;
}
