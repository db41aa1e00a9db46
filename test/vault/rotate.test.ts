// Changing the password with --rotate-data-key (issue 12): the database is re-encrypted under
// a new data key and every slot rewritten, so a copy of the old header, with the old password
// or the old recovery code, no longer opens the vault. The crash safety is in crash.test.ts.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vaultPaths } from '../../src-main/vault/paths.js';
import { alcoveOnTestVault } from '../helpers/cli.js';
import { NEW_PASSWORD, PASSWORD, createTestVault, deriveDataKey, tempHome, testCore, dispatcher } from '../helpers/vault.js';

async function setup() {
  const home = await tempHome();
  const core = testCore(home);
  const kit = await createTestVault(core);
  const paths = vaultPaths(home, kit.vaultId);
  const call = dispatcher(core);
  // Some data to find again after the rotation.
  await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
  await call('clients.create', { legalName: 'Amara Okafor', dob: '1990-04-02', part2: false });
  await call('vault.lock', {});
  return { home, core, kit, paths, call };
}

const rotate = { rotateDataKey: true };

function pages(data: Buffer): string[] {
  const out: string[] = [];
  for (let i = 0; i < data.length; i += 4096) out.push(data.subarray(i, i + 4096).toString('hex'));
  return out;
}

describe('change-password --rotate-data-key', () => {
  it('[HIPAA 164.312(a)(2)(iv)] re-encrypts under a new data key: the data is intact, the old password and the old recovery code no longer open it, the new code does', async () => {
    const { home, core, kit, paths, call } = await setup();
    const oldKey = await deriveDataKey(home, kit.vaultId, PASSWORD);
    const oldDb = await fs.readFile(paths.database);

    const out = await call('vault.changePassword', { vaultId: kit.vaultId, oldPassword: PASSWORD, newPassword: NEW_PASSWORD, ...rotate });
    expect(out).toEqual({ dataKeyRotated: true, recoveryCode: expect.stringMatching(/^([A-Z0-9]{4}-){6}[A-Z0-9]{4}$/) });
    const newKey = await deriveDataKey(home, kit.vaultId, NEW_PASSWORD);
    expect(newKey.equals(oldKey)).toBe(false);

    // Nothing of the rotation is left, and no page of the old file survives in the folder.
    expect((await fs.readdir(paths.dir)).filter((n) => /next|old|rotate|tmp/.test(n))).toEqual([]);
    const oldPages = new Set(pages(oldDb));
    for (const name of await fs.readdir(paths.dir)) {
      for (const page of pages(await fs.readFile(path.join(paths.dir, name)))) expect(oldPages.has(page), name).toBe(false);
    }

    expect(await core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await core.dispatch('vault.recover', { vaultId: kit.vaultId, recoveryCode: kit.recoveryCode, newPassword: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_RECOVERY_CODE' },
    });
    await call('vault.unlock', { vaultId: kit.vaultId, password: NEW_PASSWORD });
    expect((await call('clients.list', { status: 'all' })).map((c) => c.legalName)).toEqual(['Amara Okafor']);
    expect((await call('audit.verify', {})).ok).toBe(true);
    await call('vault.lock', {});
    await call('vault.recover', { vaultId: kit.vaultId, recoveryCode: out?.recoveryCode ?? '', newPassword: PASSWORD });
    expect((await call('clients.list', { status: 'all' })).map((c) => c.legalName)).toEqual(['Amara Okafor']);
  });

  it('[HIPAA 164.312(a)(2)(iv)] an old copy of header.json with the old password cannot open the re-encrypted database', async () => {
    const { core, kit, paths, call } = await setup();
    const oldHeader = await fs.readFile(paths.header);
    await call('vault.changePassword', { vaultId: kit.vaultId, oldPassword: PASSWORD, newPassword: NEW_PASSWORD, ...rotate });
    await fs.writeFile(paths.header, oldHeader);
    const r = await core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    expect(r).toMatchObject({ ok: false, error: { code: 'DATABASE_CORRUPT' } });
    expect(core.vault.status()).toEqual({ state: 'locked' });
    // Nor does the old recovery code through the old header.
    const rec = await core.dispatch('vault.recover', { vaultId: kit.vaultId, recoveryCode: kit.recoveryCode, newPassword: 'amber lighthouse meadow 88' });
    expect(rec).toMatchObject({ ok: false, error: { code: 'DATABASE_CORRUPT' } });
  });

  it('on the open vault: a wrong password leaves it open and unchanged; the right one rotates and opens it again', async () => {
    const { core, kit, paths, call } = await setup();
    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    const before = await fs.readFile(paths.header);
    const locked: string[] = [];
    core.vault.onLocked((reason) => locked.push(reason));
    const wrong = await core.dispatch('vault.changePassword', { vaultId: kit.vaultId, oldPassword: 'not the password at all', newPassword: NEW_PASSWORD, ...rotate });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD', details: { attemptsLeft: 4 } } });
    expect(core.vault.status()).toMatchObject({ state: 'unlocked', vaultId: kit.vaultId });
    expect((await fs.readFile(paths.header)).equals(before)).toBe(true);

    await call('vault.changePassword', { vaultId: kit.vaultId, oldPassword: PASSWORD, newPassword: NEW_PASSWORD, ...rotate });
    expect(core.vault.status()).toMatchObject({ state: 'unlocked', vaultId: kit.vaultId });
    expect(locked).toEqual([]);
    expect((await call('clients.list', { status: 'all' })).map((c) => c.legalName)).toEqual(['Amara Okafor']);
    const entries = [...(await call('audit.page', { limit: 100 })).entries]
      .reverse()
      .map((e) => [e.action, e.outcome])
      .filter(([action]) => action?.startsWith('vault.'));
    expect(entries.slice(-3)).toEqual([
      ['vault.lock.rotate', 'ok'],
      ['vault.unlock', 'ok'],
      ['vault.changePassword', 'ok'],
    ]);
    expect(entries).toContainEqual(['vault.changePassword', 'WRONG_PASSWORD']);
    expect((await call('audit.verify', {})).ok).toBe(true);
  });

  it('throws away the files of a rotation killed before its commit point', async () => {
    const { kit, paths, call } = await setup();
    await fs.writeFile(paths.nextDatabase, Buffer.alloc(8192, 7));
    await fs.writeFile(paths.nextHeader, '{"half":"written"}');
    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    expect((await fs.readdir(paths.dir)).filter((n) => /next|old|rotate/.test(n))).toEqual([]);
    expect((await call('clients.list', { status: 'all' })).length).toBe(1);
  });

  it('[HIPAA 164.312(a)(2)(iv)] a rotation found at any step of its swap is completed from the commit point on, and thrown away before it', async () => {
    const { core, kit, paths, call } = await setup();
    const old = { header: await fs.readFile(paths.header), db: await fs.readFile(paths.database) };
    await call('vault.changePassword', { vaultId: kit.vaultId, oldPassword: PASSWORD, newPassword: NEW_PASSWORD, ...rotate });
    const next = { header: await fs.readFile(paths.header), db: await fs.readFile(paths.database) };
    const journal = JSON.stringify({ format: 'alcove.rotation', version: 1, vaultId: kit.vaultId });
    // The folder as a kill would leave it at each step of rotateDataKey (engine.ts).
    const states: [string, Record<string, Buffer | string>, string][] = [
      ['before the commit point', { 'header.json': old.header, 'vault.db': old.db, 'vault.db.next': next.db, 'header.next.json': next.header }, PASSWORD],
      ['journal written', { 'header.json': old.header, 'vault.db': old.db, 'vault.db.next': next.db, 'header.next.json': next.header, 'rotate.json': journal }, NEW_PASSWORD],
      ['old database moved aside', { 'header.json': old.header, 'vault.db.old': old.db, 'vault.db.next': next.db, 'header.next.json': next.header, 'rotate.json': journal }, NEW_PASSWORD],
      ['new database in place', { 'header.json': old.header, 'vault.db.old': old.db, 'vault.db': next.db, 'header.next.json': next.header, 'rotate.json': journal }, NEW_PASSWORD],
      ['old database shredded', { 'header.json': old.header, 'vault.db': next.db, 'header.next.json': next.header, 'rotate.json': journal }, NEW_PASSWORD],
      ['new header in place', { 'header.json': next.header, 'vault.db': next.db, 'rotate.json': journal }, NEW_PASSWORD],
    ];
    for (const [step, files, opens] of states) {
      for (const name of await fs.readdir(paths.dir)) if (!name.startsWith('lockout') && !name.startsWith('pending')) await fs.rm(path.join(paths.dir, name));
      for (const [name, data] of Object.entries(files)) await fs.writeFile(path.join(paths.dir, name), data);
      const wrong = opens === PASSWORD ? NEW_PASSWORD : PASSWORD;
      expect(await core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: wrong }), step).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
      await call('vault.unlock', { vaultId: kit.vaultId, password: opens });
      expect((await call('clients.list', { status: 'all' })).map((c) => c.legalName), step).toEqual(['Amara Okafor']);
      await call('vault.lock', {});
      expect((await fs.readdir(paths.dir)).filter((n) => /next|old|rotate/.test(n)), step).toEqual([]);
    }
  });

  it('[HIPAA 164.312(a)(2)(iv)] alcove vault change-password --rotate-data-key prints the new recovery code', async () => {
    const { home, core, kit } = await setup();
    await core.close();
    const env = { ALCOVE_HOME: home };
    const r = await alcoveOnTestVault(['--json', '--password-stdin', 'vault', 'change-password', '--vault', kit.vaultId, '--rotate-data-key'], `${PASSWORD}\n${NEW_PASSWORD}\n`, env);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({ vaultId: kit.vaultId, changed: true, dataKeyRotated: true, recoveryCode: expect.any(String) });
    const human = await alcoveOnTestVault(['--password-stdin', 'vault', 'change-password', '--vault', kit.vaultId, '--rotate-data-key'], `${NEW_PASSWORD}\n${PASSWORD}\n`, env);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/new key[^\n]*\nNew recovery code: +([A-Z0-9]{4}-){6}[A-Z0-9]{4}\nKeep it with your recovery kit/);
    const code = /([A-Z0-9]{4}-){6}[A-Z0-9]{4}/.exec(human.stdout)![0];
    const stale = await alcoveOnTestVault(['--json', '--password-stdin', 'vault', 'recover', '--vault', kit.vaultId], `${r.json().recoveryCode}\n${NEW_PASSWORD}\n`, env);
    expect(stale.json().error.code).toBe('WRONG_RECOVERY_CODE');
    const ok = await alcoveOnTestVault(['--json', '--password-stdin', 'vault', 'recover', '--vault', kit.vaultId], `${code}\n${NEW_PASSWORD}\n`, env);
    expect(ok.json()).toEqual({ vaultId: kit.vaultId, recovered: true });
  });
});
