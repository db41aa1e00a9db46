import { describe, expect, it } from 'vitest';
import type { AlcoveCore } from '../../src-main/core.js';
import { PASSWORD, createTestVault, tempHome, testCore } from '../helpers/vault.js';

async function setup() {
  const core: AlcoveCore = testCore(await tempHome());
  const kit = await createTestVault(core);
  await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
  const call = async (m: string, i: unknown): Promise<any> => {
    const r = await core.dispatch(m, i);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value;
  };
  return { core, call };
}

describe('export preview', () => {
  it('uses what the vault knows of the client: nicknames, possessives, the DOB in another form, contacts', async () => {
    const { call } = await setup();
    const { clientId } = await call('clients.create', {
      legalName: 'Adaeze Okafor',
      preferredName: 'Dazzy',
      dob: '1984-03-09',
      identifiers: { mrn: 'A7731920' },
      emergencyContact: { name: 'Chidi Okafor', relationship: 'brother' },
    });
    const text = "Dazzy arrived early. OKAFOR's PHQ-9 = 14. Born March 9, 1984; MRN A7731920. Her brother Chidi called. Continue CBT weekly.";
    const p = await call('redaction.preview', { text, clientId });
    const found = p.spans.map((s: any) => [text.slice(s.start, s.end), s.category]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Dazzy', 'NAME'],
        [expect.stringMatching(/^OKAFOR/), 'NAME'],
        ['March 9, 1984', 'DATE'],
        [expect.stringContaining('A7731920'), expect.any(String)],
        ['Chidi', 'NAME'],
      ]),
    );
    expect(p.counts.NAME).toBeGreaterThanOrEqual(3);
    // Clinical meaning stays.
    const applied = await call('redaction.apply', { text, spans: p.spans.map((s: any) => ({ start: s.start, end: s.end, category: s.category })) });
    expect(applied.text).toContain('PHQ-9 = 14');
    expect(applied.text).toContain('Continue CBT weekly');
    expect(applied.text).not.toMatch(/Dazzy|Okafor|OKAFOR|Chidi|A7731920|1984/);
  });

  it('applies a hand-adjusted set of spans, and refuses overlapping or out-of-range ones', async () => {
    const { call, core } = await setup();
    const text = 'Met Hope at the Elm Street clinic.';
    // The clinician keeps "Hope" (an ordinary word here) and adds the clinic by hand.
    const out = await call('redaction.apply', { text, spans: [{ start: 16, end: 33, category: 'LOCATION' }] });
    expect(out.text).toBe('Met Hope at the [LOCATION].');
    const overlap = await core.dispatch('redaction.apply', { text, spans: [{ start: 0, end: 10, category: 'NAME' }, { start: 5, end: 12, category: 'NAME' }] });
    expect(overlap.ok ? 'ok' : overlap.error.code).toBe('VALIDATION_FAILED');
    const outside = await core.dispatch('redaction.apply', { text, spans: [{ start: 0, end: 500, category: 'NAME' }] });
    expect(outside.ok ? 'ok' : outside.error.code).toBe('VALIDATION_FAILED');
  });
});
