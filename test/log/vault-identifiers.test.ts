// The scrubber knows the open vault's own clients (issue 12): their names, emails and phone
// numbers are scrubbed from logged text while it is unlocked, in the shapes the general
// scrubber misses (no spaces, joined, odd separators), and forgotten at lock.

import { describe, expect, it } from 'vitest';
import { defaultScrubber } from '../../src-main/log/scrub.js';
import { PASSWORD, createTestVault, tempHome, testCore } from '../helpers/vault.js';

describe("the scrubber knows the unlocked vault's clients", () => {
  it('[GDPR 32] scrubs each client identifier in every shape while unlocked, and knows none after the lock', async () => {
    const core = testCore(await tempHome());
    const kit = await createTestVault(core);
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    const { clientId } = await core.vault.op('clients.create', { legalName: 'Zephyrine Quonset-Abara', preferredName: 'Zeph', phone: '(415) 555-0142', email: 'zq.abara@example.net' });
    const shapes = [
      'TypeError at /tmp/Zephyrine_Quonset-Abara_intake.pdf', // no spaces: the engine is not run here
      'cannot render Quonset-Abara',
      'mail to zq.abara@example.net failed',
      'dialled 415.555.0142',
      'dialled 4155550142',
      'ZEPHYRINE',
    ];
    for (const s of shapes) {
      const out = defaultScrubber(s);
      expect(out, s).not.toMatch(/zephyrine|quonset|abara|555.?0142|4155550142/i);
    }

    // An update is known at once.
    await core.vault.op('clients.update', { clientId, fields: { legalName: 'Zephyrine Marlowe-Abara' } });
    expect(defaultScrubber('/tmp/Marlowe_notes.txt')).not.toMatch(/marlowe/i);

    await core.vault.lock();
    expect(defaultScrubber('/tmp/Zephyrine_Quonset-Abara_intake.pdf')).toContain('Zephyrine_Quonset');
  });
});
