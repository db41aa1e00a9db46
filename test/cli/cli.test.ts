// The CLI is a public interface: these tests run the real `alcove` binary as a script would,
// and pin command names, flags, JSON field names, error codes and exit statuses.

import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vaultPaths } from '../../src-main/vault/paths.js';
import { NEW_PASSWORD, PASSWORD, createTestVault, snapshot, tempHome, testCore } from '../helpers/vault.js';
import { alcove, alcoveOnTestVault } from '../helpers/cli.js';

describe('alcove CLI', () => {
  it('--help lists the vault commands', async () => {
    const r = await alcove(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--home');
    expect(r.stdout).toContain('--json');
    expect(r.stdout).toContain('--password-stdin');
    const v = await alcove(['vault', '--help']);
    for (const c of ['create', 'list', 'check', 'change-password', 'new-recovery-code', 'recover', 'delete']) expect(v.stdout).toContain(c);
  });

  it('[HIPAA 164.312(d)] creates a vault with the real Argon2 defaults, then proves the password (check)', async () => {
    const home = await tempHome();
    const created = await alcove(['--home', home, '--json', '--password-stdin', 'vault', 'create', '--name', 'Dr Real Defaults'], `${PASSWORD}\n`);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const kit = created.json();
    expect(Object.keys(kit).sort()).toEqual(['recoveryCode', 'secretKey', 'vaultId']);
    const header = JSON.parse(await fs.readFile(vaultPaths(home, kit.vaultId).header, 'utf8'));
    // At or above RFC 9106's second recommended option.
    expect(header.slots.password.kdf.memoryKiB).toBeGreaterThanOrEqual(65536);
    expect(header.slots.password.kdf.iterations).toBeGreaterThanOrEqual(3);
    expect(header.slots.password.kdf.parallelism).toBeGreaterThanOrEqual(4);

    const ok = await alcove(['--home', home, '--json', '--password-stdin', 'vault', 'check', '--vault', kit.vaultId], `${PASSWORD}\n`);
    expect(ok.json()).toEqual({ vaultId: kit.vaultId, ok: true });
    expect(ok.code).toBe(0);

    const bad = await alcove(['--home', home, '--json', '--password-stdin', 'vault', 'check', '--vault', kit.vaultId], 'nope nope nope nope\n');
    expect(bad.code).not.toBe(0);
    expect(bad.json()).toEqual({ error: { code: 'WRONG_PASSWORD', message: expect.stringContaining('4 attempts left'), details: { attemptsLeft: 4 } } });
  });

  it('prints a recovery kit for people without --json', async () => {
    const home = await tempHome();
    const r = await alcove(['--home', home, '--password-stdin', 'vault', 'create', '--name', 'Dr Human'], `${PASSWORD}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('RECOVERY KIT');
    expect(r.stdout).toMatch(/Secret key:\s+AK1-/);
    expect(r.stdout).toMatch(/Recovery code:\s+[0-9A-Z]{4}-/);
  }, 30_000);

  it('lists, changes the password, recovers and deletes, reading secrets one per line from stdin', async () => {
    const home = await tempHome();
    // A vault with the test-only Argon2 costs: the commands that derive a key run in this
    // process (the binary refuses such a vault), the rest through the binary.
    const kit = await createTestVault(testCore(home));
    const env = { ALCOVE_HOME: home };

    const weak = await alcove(['--json', '--password-stdin', 'vault', 'check', '--vault', kit.vaultId], `${PASSWORD}\n`, env);
    expect(weak.code).not.toBe(0);
    expect(weak.json().error.code).toBe('KDF_BELOW_FLOOR');

    const list = await alcove(['--json', 'vault', 'list'], '', env);
    expect(list.json()).toEqual({ vaults: [{ vaultId: kit.vaultId, displayName: kit.displayName, createdAt: expect.any(String), state: 'ready' }] });
    expect((await alcove(['vault', 'list'], '', env)).stdout).toContain(kit.vaultId);

    const changed = await alcoveOnTestVault(['--json', '--password-stdin', 'vault', 'change-password', '--vault', kit.vaultId], `${PASSWORD}\n${NEW_PASSWORD}\n`, env);
    expect(changed.json()).toEqual({ vaultId: kit.vaultId, changed: true });

    const recovered = await alcoveOnTestVault(['--json', '--password-stdin', 'vault', 'recover', '--vault', kit.vaultId], `${kit.recoveryCode}\n${PASSWORD}\n`, env);
    expect(recovered.json()).toEqual({ vaultId: kit.vaultId, recovered: true });
    expect((await alcoveOnTestVault(['--json', '--password-stdin', 'vault', 'check', '--vault', kit.vaultId], `${PASSWORD}\n`, env)).code).toBe(0);

    const noYes = await alcove(['--json', 'vault', 'delete', '--vault', kit.vaultId], '', env);
    expect(noYes.code).not.toBe(0);
    expect(noYes.json().error.code).toBe('VALIDATION_FAILED');
    expect(await fs.stat(vaultPaths(home, kit.vaultId).header)).toBeTruthy();

    const deleted = await alcove(['--json', '--password-stdin', 'vault', 'delete', '--vault', kit.vaultId, '--yes'], `${PASSWORD}\n`, env);
    expect(deleted.json()).toEqual({ vaultId: kit.vaultId, deleted: true });
    expect((await alcove(['--json', 'vault', 'list'], '', env)).json()).toEqual({ vaults: [] });
  });

  it('[HIPAA 164.312(d)] vault delete reads the password like every other command: none, or a wrong one, deletes nothing', async () => {
    const home = await tempHome();
    const kit = await createTestVault(testCore(home));
    const env = { ALCOVE_HOME: home };
    const before = await snapshot(vaultPaths(home, kit.vaultId).dir);

    // No terminal to ask and no --password-stdin: refused before anything is tried.
    const noSecret = await alcove(['--json', 'vault', 'delete', '--vault', kit.vaultId, '--yes'], '', env);
    expect(noSecret.code).toBe(1);
    expect(noSecret.json().error.code).toBe('VALIDATION_FAILED');
    const emptyStdin = await alcove(['--json', '--password-stdin', 'vault', 'delete', '--vault', kit.vaultId, '--yes'], '', env);
    expect(emptyStdin.json().error.code).toBe('VALIDATION_FAILED');
    expect(await snapshot(vaultPaths(home, kit.vaultId).dir)).toEqual(before);

    const wrong = await alcove(['--json', '--password-stdin', 'vault', 'delete', '--vault', kit.vaultId, '--yes'], 'nope nope nope nope\n', env);
    expect(wrong.code).toBe(1);
    expect(wrong.json()).toEqual({ error: { code: 'WRONG_PASSWORD', message: expect.stringContaining('4 attempts left'), details: { attemptsLeft: 4 } } });
    const after = await snapshot(vaultPaths(home, kit.vaultId).dir);
    for (const f of ['header.json', 'vault.db']) expect(after[f], f).toBe(before[f]);

    const deleted = await alcove(['--json', '--password-stdin', 'vault', 'delete', '--vault', kit.vaultId, '--yes'], `${PASSWORD}\n`, env);
    expect(deleted.code).toBe(0);
    expect(deleted.json()).toEqual({ vaultId: kit.vaultId, deleted: true });
    await expect(fs.stat(vaultPaths(home, kit.vaultId).dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports errors as {"error":{code,message}} with a non-zero exit, and never takes secrets from arguments', async () => {
    const home = await tempHome();
    const env = { ALCOVE_HOME: home };
    const missing = await alcove(['--json', '--password-stdin', 'vault', 'check', '--vault', '00000000-0000-4000-8000-000000000000'], `${PASSWORD}\n`, env);
    expect(missing.code).toBe(1);
    expect(missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'There is no vault with that id on this computer.' } });

    const badId = await alcove(['--json', '--password-stdin', 'vault', 'check', '--vault', '../../etc'], `${PASSWORD}\n`, env);
    expect(badId.json().error.code).toBe('VALIDATION_FAILED');

    const noStdin = await alcove(['--json', '--password-stdin', 'vault', 'create', '--name', 'X'], '', env);
    expect(noStdin.code).not.toBe(0);
    expect(noStdin.json().error.code).toBe('VALIDATION_FAILED');

    const flag = await alcove(['--json', 'vault', 'check', '--vault', 'x', '--password', PASSWORD], '', env);
    expect(flag.code).toBe(2);
    expect(flag.json().error.code).toBe('VALIDATION_FAILED');
    expect(flag.stdout).not.toContain(PASSWORD);

    const noTty = await alcove(['--json', 'vault', 'create', '--name', 'X'], '', env);
    expect(noTty.json().error.message).toContain('--password-stdin');

    const weak = await alcove(['--json', '--password-stdin', 'vault', 'create', '--name', 'X'], 'password123\n', env);
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');
    expect((await alcove(['--json', 'vault', 'list'], '', env)).json()).toEqual({ vaults: [] });
  });
});
