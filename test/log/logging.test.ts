// Run every vault operation (successes and failures) with the real file logger, then scan the
// log for every secret and identifying string that passed through: none may be there.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src-main/log/logger.js';
import { defaultScrubber } from '../../src-main/log/scrub.js';
import { parseRecoveryCode, parseSecretKey } from '../../src-main/crypto/secrets.js';
import { logsDir } from '../../src-main/vault/paths.js';
import { NEW_PASSWORD, PASSWORD, deriveDataKey, encodings, filesContaining, tempHome, testCore } from '../helpers/vault.js';

describe('logs', () => {
  it('[GDPR 32] hold no password, key, secret key, recovery code or display name after every vault operation', async () => {
    const home = await tempHome();
    const log = createLogger({ home, level: 'debug' });
    const core = testCore(home, { log });
    const name = 'Dr Philippa Okonkwo-Lindqvist';
    const d = core.dispatch;

    const created = await d('vault.create', { displayName: name, password: PASSWORD });
    if (!created.ok) throw new Error(created.error.message);
    const kit = created.value as { vaultId: string; secretKey: string; recoveryCode: string };
    await d('vault.assessPassword', { password: PASSWORD, displayName: name });
    await d('vault.create', { displayName: name, password: 'weakpass' });
    await d('vault.list', {});
    await d('vault.unlock', { vaultId: kit.vaultId, password: `${PASSWORD} wrong` });
    await d('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    await d('vault.status', {});
    await d('vault.lock', {});
    await d('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD, secretKey: 'AK1-0000000-0000000-0000000-0000000' });
    await d('vault.changePassword', { vaultId: kit.vaultId, oldPassword: PASSWORD, newPassword: NEW_PASSWORD });
    await d('vault.recover', { vaultId: kit.vaultId, recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG', newPassword: PASSWORD });
    await d('vault.recover', { vaultId: kit.vaultId, recoveryCode: kit.recoveryCode, newPassword: PASSWORD });
    const dek = await deriveDataKey(home, kit.vaultId, PASSWORD);
    await d('vault.lock', {});
    await d('vault.unlock', { vaultId: kit.vaultId, password: { hostile: name } });
    await d('vault.delete', { vaultId: kit.vaultId, password: `${PASSWORD} wrong` });
    await d('vault.delete', { vaultId: kit.vaultId, password: PASSWORD });

    const logFile = path.join(logsDir(home), 'alcove.log');
    const text = await fs.readFile(logFile, 'utf8');
    // The log is not empty: the events are there, with ids and codes.
    for (const event of ['vault.created', 'vault.unlocked', 'vault.unlock_failed', 'vault.locked', 'vault.password_changed', 'vault.recovered', 'vault.deleted']) {
      expect(text).toContain(`"msg":"${event}"`);
    }
    expect(text).toContain(kit.vaultId);
    expect(text).toContain('"code":"WRONG_PASSWORD"');

    const secrets = [
      PASSWORD,
      NEW_PASSWORD,
      name,
      'Okonkwo',
      kit.secretKey,
      kit.secretKey.replace(/-/g, ''),
      kit.recoveryCode,
      kit.recoveryCode.replace(/-/g, ''),
    ];
    const needles = [
      ...secrets.flatMap(encodings),
      parseSecretKey(kit.secretKey),
      Buffer.from(parseSecretKey(kit.secretKey).toString('hex')),
      parseRecoveryCode(kit.recoveryCode),
      Buffer.from(parseRecoveryCode(kit.recoveryCode).toString('hex')),
      dek,
      Buffer.from(dek.toString('hex')),
      Buffer.from(dek.toString('base64')),
    ];
    expect(await filesContaining([logsDir(home)], needles)).toEqual([]);
  });

  it('drops fields that are not on the allowlist and scrubs the ones that are', async () => {
    const home = await tempHome();
    const log = createLogger({ home });
    log.info('an event for jane.doe@example.org on 2024-03-14', {
      password: 'hunter2hunter2',
      note: 'Client disclosed relapse',
      reason: 'call 555-867-5309 or AK1-ABCDEFG-HIJKMNP-QRSTVWX-YZ01234',
      vaultId: 'not-a-uuid Jane Doe',
      count: 3,
    });
    const text = await fs.readFile(path.join(logsDir(home), 'alcove.log'), 'utf8');
    expect(text).not.toMatch(/hunter2|relapse|jane\.doe|555-867|AK1-ABC|2024-03-14|Jane Doe/);
    expect(text).toContain('"count":3');
    expect(text).toContain('[EMAIL]');
    expect(text).toContain('[SECRET_KEY]');
  });

  it('the scrubber replaces home-folder paths (they carry the login name)', () => {
    const home = process.env.HOME ?? '/home/someone';
    // A document's name may carry a client's: the whole path goes (spaces included, so the rest
    // of the line may go with it: a log can afford to lose words, not to keep a name).
    expect(defaultScrubber(`open ${home}/notes/Okafor file.db`)).toBe('open ~/[PATH]');
    expect(defaultScrubber(`at x (${home}/app/dist/main.mjs:1:2)`)).toBe('at x (~/…/main.mjs:1:2)');
  });
});
