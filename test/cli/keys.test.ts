// The secret key never lives under the data folder (issue 12): the CLI keeps it in a key
// directory (--keys / ALCOVE_KEYS), or takes it on standard input (--secret-key-stdin) and
// keeps it nowhere; without either it says both ways. The app and the CLI share one
// versioned key file, so a key one side cannot open is never mistaken for a tampered header.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSecretKey } from '../../src-main/crypto/secrets.js';
import { KEY_FILE_VERSION, parseKeyFile, serialiseKeyFile } from '../../src-main/vault/keystore.js';
import { alcove } from '../helpers/cli.js';
import { PASSWORD, encodings, filesContaining, tempHome } from '../helpers/vault.js';

/** Every form the key could take on disk: its bytes, hex, base64, and the printed AK1- text. */
function keyNeedles(printed: string): Buffer[] {
  const raw = parseSecretKey(printed);
  return [raw, ...encodings(raw.toString('hex')), ...encodings(raw.toString('base64')), ...encodings(printed)];
}

describe('the CLI keeps the secret key outside the data folder', () => {
  it('[HIPAA 164.312(a)(2)(iv)] a key directory apart from --home, 0700 and 0600; nothing under --home holds the key; --secret-key-stdin keeps it nowhere; without either, SECRET_KEY_MISSING says both ways', async () => {
    const home = await tempHome();
    const keys = path.join(await tempHome('alcove-keys-'), 'keys');
    const env = { ALCOVE_KEYS: keys };
    const created = await alcove(['--home', home, '--json', '--password-stdin', 'vault', 'create', '--name', 'Dr Keys Apart'], `${PASSWORD}\n`, env);
    expect(created.code).toBe(0);
    const { vaultId, secretKey } = created.json();

    const file = path.join(keys, `${vaultId}.key`);
    expect((await fs.stat(keys)).mode & 0o777).toBe(0o700);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toMatchObject({ format: 'alcove.secret-key', version: 1, vaultId, protection: 'none' });
    expect(await filesContaining([home], keyNeedles(secretKey))).toEqual([]);
    expect((await alcove(['--home', home, '--json', '--password-stdin', 'vault', 'check', '--vault', vaultId], `${PASSWORD}\n`, env)).json()).toEqual({ vaultId, ok: true });

    // Moved away: the key directory has nothing, and the error names both ways.
    await fs.rename(file, `${file}.away`);
    const missing = await alcove(['--home', home, '--json', '--password-stdin', 'vault', 'check', '--vault', vaultId], `${PASSWORD}\n`, env);
    expect(missing.code).not.toBe(0);
    expect(missing.json().error.code).toBe('SECRET_KEY_MISSING');
    expect(missing.json().error.message).toMatch(/--secret-key-stdin/);
    expect(missing.json().error.message).toMatch(/--keys DIR or ALCOVE_KEYS/);

    // On stdin, first line, before the password: it opens, and is written nowhere.
    const given = await alcove(['--home', home, '--json', '--password-stdin', '--secret-key-stdin', 'vault', 'check', '--vault', vaultId], `${secretKey}\n${PASSWORD}\n`, env);
    expect(given.json()).toEqual({ vaultId, ok: true });
    expect(await filesContaining([home, keys], keyNeedles(secretKey))).toEqual([`${file}.away`]);
    // A wrong key on stdin is the person's typo, not a tampered header.
    const other = 'AK1-' + secretKey.slice(4).split('').reverse().join('');
    const wrong = await alcove(['--home', home, '--json', '--password-stdin', '--secret-key-stdin', 'vault', 'check', '--vault', vaultId], `${other}\n${PASSWORD}\n`, env);
    expect(['SECRET_KEY_INVALID']).toContain(wrong.json().error.code);

    // A key directory inside the data folder is refused.
    const inside = await alcove(['--home', home, '--keys', path.join(home, 'k'), '--json', 'vault', 'list'], '', env);
    expect(inside.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('a key the app sealed with the OS keychain is SECRET_KEY_MISSING with the way out, never HEADER_TAMPERED; an older CLI key in the data folder moves out', async () => {
    const home = await tempHome();
    const keys = path.join(await tempHome('alcove-keys-'), 'keys');
    const env = { ALCOVE_KEYS: keys };
    const { vaultId, secretKey } = (await alcove(['--home', home, '--json', '--password-stdin', 'vault', 'create', '--name', 'Dr Both Sides'], `${PASSWORD}\n`, env)).json();
    const file = path.join(keys, `${vaultId}.key`);
    await fs.rm(file);

    // What the desktop app writes: keychain ciphertext, in the data folder.
    const appFile = path.join(home, 'keystore', `${vaultId}.key`);
    await fs.mkdir(path.dirname(appFile), { recursive: true });
    await fs.writeFile(appFile, serialiseKeyFile(vaultId, 'os-keychain', Buffer.from('v11-sealed-by-the-os-keychain-0123456789abcdef')));
    const sealed = await alcove(['--home', home, '--json', '--password-stdin', 'vault', 'check', '--vault', vaultId], `${PASSWORD}\n`, env);
    expect(sealed.json().error.code).toBe('SECRET_KEY_MISSING');
    expect(sealed.json().error.message).toMatch(/keychain.*--secret-key-stdin/s);
    // The app's file from before the versioned format (raw ciphertext) reads the same way.
    await fs.writeFile(appFile, Buffer.from('v11'.padEnd(51, 'x')));
    expect((await alcove(['--home', home, '--json', '--password-stdin', 'vault', 'check', '--vault', vaultId], `${PASSWORD}\n`, env)).json().error.code).toBe('SECRET_KEY_MISSING');

    // An older CLI kept the raw key in the data folder: it moves to the key directory.
    await fs.writeFile(appFile, parseSecretKey(secretKey));
    expect((await alcove(['--home', home, '--json', '--password-stdin', 'vault', 'check', '--vault', vaultId], `${PASSWORD}\n`, env)).json()).toEqual({ vaultId, ok: true });
    await expect(fs.stat(appFile)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(parseKeyFile(await fs.readFile(file), vaultId)).toMatchObject({ version: KEY_FILE_VERSION, protection: 'none' });
    expect(await filesContaining([home], keyNeedles(secretKey))).toEqual([]);
  });

  it('the key file format: versioned, a newer version or another vault’s file refused, the formats before it read', () => {
    const id = '3f2a9c4e-1b7d-4e8a-9c1f-5d6b7a8e9f01';
    const key = Buffer.alloc(16, 9);
    expect(parseKeyFile(Buffer.from(serialiseKeyFile(id, 'none', key)), id)).toEqual({ version: 1, protection: 'none', payload: key });
    expect(parseKeyFile(key, id)).toEqual({ version: 0, protection: 'none', payload: key });
    expect(parseKeyFile(Buffer.alloc(51, 1), id).protection).toBe('os-keychain');
    const newer = JSON.stringify({ ...JSON.parse(serialiseKeyFile(id, 'none', key)), version: 2 });
    expect(() => parseKeyFile(Buffer.from(newer), id)).toThrow(expect.objectContaining({ code: 'SECRET_KEY_INVALID', message: expect.stringMatching(/newer Alcove/) }));
    expect(() => parseKeyFile(Buffer.from(serialiseKeyFile(id, 'none', key)), '00000000-0000-4000-8000-000000000000')).toThrow(expect.objectContaining({ code: 'SECRET_KEY_INVALID' }));
  });
});
