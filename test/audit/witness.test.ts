// The audit signing key lives outside the vault, and every checkpoint it signs is witnessed
// outside the vault folder (issue 12). What someone with the password and a copy of the vault
// folder can do to the log, and what verification then says.

import Database from 'better-sqlite3-multiple-ciphers';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptSigningKey, appendEntry, entriesInOrder, newSigningKey, signedCheckpoint, signingKeyFromDer } from '../../src-main/audit/store.js';
import { witnessFileIn } from '../../src-main/audit/witness.js';
import { FileSecretKeyStore } from '../../src-main/vault/keystore.js';
import { MIGRATIONS, migrate } from '../../src-main/vault/migrations/index.js';
import { vaultPaths } from '../../src-main/vault/paths.js';
import { WITNESS_EVERY_MS } from '../../src-main/vault/service.js';
import { PASSWORD, createTestVault, deriveDataKey, dispatcher, listFiles, tempHome, testCore } from '../helpers/vault.js';

const DAY = 24 * 60 * 60 * 1000;

async function scenario() {
  const home = await tempHome();
  let now = Date.UTC(2026, 10, 20, 9, 0);
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  const core = testCore(home, { now: () => (now += 1000) });
  const call = dispatcher(core);
  const kit = await createTestVault(core);
  await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
  const { clientId } = await call('clients.create', { legalName: 'Perpetua Okonkwo-Lindqvist', dob: '1970-05-06' });
  await call('clients.chart', { clientId });
  await call('vault.lock', {});
  await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
  await call('clients.chart', { clientId });
  await call('vault.lock', {});
  const witness = witnessFileIn(path.join(home, 'keystore'), kit.vaultId);
  return { home, core, call, kit, clock, clientId, witness };
}

/** The vault database opened from outside with the password, as an attacker holding it would. */
async function openAsAttacker(home: string, vaultId: string): Promise<Database.Database> {
  const key = await deriveDataKey(home, vaultId);
  const db = new Database(vaultPaths(home, vaultId).database);
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit%'").all() as { name: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  return db;
}

function closeAsAttacker(db: Database.Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/**
 * Rewrite the whole log without the entries `drop` picks, recompute every hash, plant a new
 * signing key in the database and re-sign: everything the vault itself can check still holds.
 */
function rewriteAndResign(db: Database.Database, drop: (action: string) => boolean): void {
  const kept = [...entriesInOrder(db)].filter((e) => !drop(e.action));
  for (const t of ['audit_entries', 'audit_entry_records', 'audit_nodes', 'audit_checkpoints', 'audit_signing_keys', 'audit_device_keys']) db.exec(`DELETE FROM ${t}`);
  db.transaction(() => {
    const { key } = adoptSigningKey(db, signingKeyFromDer(newSigningKey()), 1);
    for (const { seq: _s, leafHash: _l, ...entry } of kept) appendEntry(db, { ...entry, deviceId: key.deviceId });
    signedCheckpoint(db, key, Date.now());
  })();
}

describe('the audit signing key lives outside the vault', () => {
  it('[HIPAA 164.312(c)(1)] is kept in the key store (0600), and no private signing key is anywhere in the vault folder or database', async () => {
    const { home, kit } = await scenario();
    const store = new FileSecretKeyStore(home);
    const der = await store.getSigningKey(kit.vaultId);
    expect(der).not.toBeNull();
    const file = JSON.parse(await fs.readFile(store.signingKeyFile(kit.vaultId), 'utf8'));
    expect(file).toMatchObject({ format: 'alcove.audit-signing-key', version: 1, vaultId: kit.vaultId, protection: 'none' });
    expect((await fs.stat(store.signingKeyFile(kit.vaultId))).mode & 0o777).toBe(0o600);
    const seed = signingKeyFromDer(der as Buffer).export({ format: 'jwk' }).d as string;
    const needles = [Buffer.from(seed, 'base64url'), der as Buffer];
    needles.push(...needles.map((n) => Buffer.from(n.toString('hex'))), ...needles.map((n) => Buffer.from(n.toString('base64'))));
    // Not in any file of the vault folder (raw bytes) …
    const dir = vaultPaths(home, kit.vaultId).dir;
    for (const f of await listFiles(dir)) {
      const bytes = await fs.readFile(f);
      expect(needles.some((n) => bytes.includes(n)), f).toBe(false);
    }
    // … nor in any row of the decrypted database, nor any column that could hold one.
    const db = await openAsAttacker(home, kit.vaultId);
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    for (const { name } of tables) {
      for (const row of db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]) {
        for (const v of row) {
          const bytes = Buffer.isBuffer(v) ? v : Buffer.from(String(v));
          expect(needles.some((n) => bytes.includes(n)), name).toBe(false);
        }
      }
    }
    const columns = db.prepare<[], { name: string }>("SELECT p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'").all();
    expect(columns.filter((c) => /private/i.test(c.name))).toEqual([]);
    db.close();
  });

  it('[HIPAA 164.312(c)(1)] a copy of the vault folder with the password (and secret key) cannot sign as this vault: its checkpoints carry another key, and the move is on the record', async () => {
    const { home, kit, witness } = await scenario();
    const ownKeyId = JSON.parse((await fs.readFile(witness, 'utf8')).trim().split('\n')[0] as string).checkpoint.keyId;
    // Elsewhere: the vault folder and the secret key, but not the key store's signing key.
    const elsewhere = await tempHome();
    await fs.cp(vaultPaths(home, kit.vaultId).dir, vaultPaths(elsewhere, kit.vaultId).dir, { recursive: true });
    await new FileSecretKeyStore(elsewhere).put(kit.vaultId, (await new FileSecretKeyStore(home).get(kit.vaultId)) as Buffer);
    const core = testCore(elsewhere);
    const call = dispatcher(core);
    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    const cp = await call('audit.checkpoint', {});
    expect(cp.checkpoint.keyId).not.toBe(ownKeyId);
    const actions = (await call('audit.page', { limit: 10 })).entries.map((e: any) => e.action);
    expect(actions).toContain('audit.signingKey.move');
    await call('vault.lock', {});
  });

  it('[HIPAA 164.312(b)] a vault from before the move (private key in the database) loses it at migration 0007 and keeps its public key for the checkpoints it signed', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 6));
    const der = newSigningKey();
    const pub = adoptSigningKeyLegacy(db, der);
    expect(db.prepare('SELECT count(*) FROM audit_device_keys WHERE private_key IS NOT NULL').pluck().get()).toBe(1);
    migrate(db);
    const rows = db.prepare('SELECT * FROM audit_device_keys').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] as object).sort()).toEqual(['created_at', 'device_id', 'key_id', 'public_key']);
    expect((rows[0] as { public_key: Buffer }).public_key.equals(pub)).toBe(true);
    db.close();
  });

  it('[HIPAA 164.312(b)] on the first unlock without an outside key, one is made, the move is audited, and the log still verifies across both keys', async () => {
    const { home, call, kit } = await scenario();
    const store = new FileSecretKeyStore(home);
    const before = await store.getSigningKey(kit.vaultId);
    await fs.rm(store.signingKeyFile(kit.vaultId));
    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    const after = await store.getSigningKey(kit.vaultId);
    expect(after).not.toBeNull();
    expect((after as Buffer).equals(before as Buffer)).toBe(false);
    const [unlock, move] = (await call('audit.page', { limit: 2 })).entries;
    expect([move.action, unlock.action]).toEqual(['audit.signingKey.move', 'vault.unlock']);
    await call('vault.lock', {});
    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    const result = await call('audit.verify', {});
    expect(result.ok).toBe(true);
    // The witness holds checkpoints under both keys; each verifies against the log.
    expect(result.witnessed).toBe(true);
    expect(result.witnesses).toHaveLength(3);
  });
});

/** What a vault from before migration 0007 held: the private key in the database. */
function adoptSigningKeyLegacy(db: Database.Database, der: Buffer): Buffer {
  const key = signingKeyFromDer(der);
  const pub = Buffer.from(key.export({ format: 'jwk' }).x as string, 'base64url');
  db.prepare('INSERT INTO audit_device_keys (device_id, key_id, public_key, private_key, created_at) VALUES (?, ?, ?, ?, ?)').run('3f2a9c4e-1b7d-4e8a-9c1f-5d6b7a8e9f01', 'k', pub, der, 0);
  return pub;
}

describe('witness files outside the vault folder', () => {
  it('[HIPAA 164.312(b)] every lock appends a signed checkpoint (fsynced JSON lines, 0600); the intact log verifies against all of them', async () => {
    const { call, kit, witness } = await scenario();
    const lines = (await fs.readFile(witness, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ format: 'alcove.audit-witness', version: 1, vaultId: kit.vaultId });
    expect(lines[1].checkpoint.logSize).toBeGreaterThan(lines[0].checkpoint.logSize);
    expect((await fs.stat(witness)).mode & 0o777).toBe(0o600);
    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    const result = await call('audit.verify', {});
    expect(result.ok).toBe(true);
    expect(result.witnessed).toBe(true);
    expect(result.witnesses.map((w: any) => [w.source, w.treeSize])).toEqual(lines.map((l) => [witness, l.checkpoint.logSize]));
    expect(result.witnesses[1].signedAt).toBe(new Date(lines[1].checkpoint.time).toISOString());
  });

  it('[HIPAA 164.312(c)(1)] a log rewritten and re-signed with a key planted in the database by someone with the password fails against the witness', async () => {
    const { home, call, kit, witness } = await scenario();
    const db = await openAsAttacker(home, kit.vaultId);
    rewriteAndResign(db, (action) => action === 'client.read');
    closeAsAttacker(db);
    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    const result = await call('audit.verify', {});
    expect(result.ok).toBe(false);
    expect(result.checks.filter((c: any) => !c.ok).map((c: any) => c.name)).toEqual(['outside checkpoints']);
    expect(result.failure.what).toMatch(/does not extend an outside checkpoint|shorter than an outside checkpoint/);
    // Without the witness the same rewrite would pass: the vault's own checks cannot see it.
    await fs.rm(witness);
    const alone = await call('audit.verify', {});
    expect(alone.ok).toBe(true);
    expect(alone.witnessed).toBe(false);
    expect(alone.witnesses).toEqual([]);
  });

  it('[HIPAA 164.312(c)(1)] a truncated log (the newest entries and checkpoints removed) fails against the witness', async () => {
    const { home, call, kit, witness } = await scenario();
    const newest = JSON.parse((await fs.readFile(witness, 'utf8')).trim().split('\n').at(-1) as string).checkpoint.logSize;
    const db = await openAsAttacker(home, kit.vaultId);
    const keep = newest - 3;
    db.prepare('DELETE FROM audit_entries WHERE seq >= ?').run(keep);
    db.prepare('DELETE FROM audit_entry_records WHERE seq >= ?').run(keep);
    // Subtrees reaching past the new end go too, and checkpoints the shorter log cannot match.
    db.prepare('DELETE FROM audit_nodes WHERE (idx + 1) * (1 << level) > ?').run(keep);
    db.prepare('DELETE FROM audit_checkpoints WHERE log_size > ?').run(keep);
    closeAsAttacker(db);
    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    const result = await call('audit.verify', {});
    expect(result.ok).toBe(false);
    expect(result.checks.filter((c: any) => !c.ok).map((c: any) => c.name)).toEqual(['outside checkpoints']);
    expect(result.failure.what).toMatch(/shorter than an outside checkpoint/);
  });

  it('[HIPAA 164.312(b)] signs and witnesses a checkpoint once a day while the vault stays unlocked (the injected clock, no waiting)', async () => {
    const home = await tempHome();
    let now = Date.UTC(2026, 10, 20, 9, 0);
    const core = testCore(home, { now: () => now });
    const kit = await createTestVault(core);
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    const witness = witnessFileIn(path.join(home, 'keystore'), kit.vaultId);
    const count = async () => (await fs.readFile(witness, 'utf8').catch(() => '')).split('\n').filter(Boolean).length;
    expect(await core.vault.witnessIfDue()).toBe(false);
    now += WITNESS_EVERY_MS - 1;
    expect(await core.vault.witnessIfDue()).toBe(false);
    expect(await count()).toBe(0);
    now += 1;
    expect(await core.vault.witnessIfDue()).toBe(true);
    expect(await count()).toBe(1);
    expect(await core.vault.witnessIfDue()).toBe(false);
    now += DAY;
    expect(await core.vault.witnessIfDue()).toBe(true);
    expect(await count()).toBe(2);
    await core.vault.lock();
    expect(await count()).toBe(3);
  });
});
