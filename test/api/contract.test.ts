import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACT } from '../../src-main/api/contract.js';
import { METHOD_NAMES, type MethodName } from '../../src-main/api/methods.js';
import { PASSWORD, snapshot, tempHome, testCore } from '../helpers/vault.js';

const VAULT = '3f2b8c1e-5d4a-4b6f-9e2d-1a2b3c4d5e6f';

/** One valid input per method: the type makes sure no method is forgotten. */
const VALID: Record<MethodName, unknown> = {
  'vault.list': {},
  'vault.status': {},
  'vault.assessPassword': { password: 'anything at all' },
  'vault.create': { displayName: 'Dr A', password: PASSWORD },
  'vault.unlock': { vaultId: VAULT, password: PASSWORD },
  'vault.recover': { vaultId: VAULT, recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG', newPassword: PASSWORD },
  'vault.lock': {},
  'vault.changePassword': { vaultId: VAULT, oldPassword: PASSWORD, newPassword: `${PASSWORD}!` },
  'vault.newRecoveryCode': { vaultId: VAULT, password: PASSWORD },
  'vault.delete': { vaultId: VAULT, password: PASSWORD },
  'clients.create': { legalName: 'Amara Okafor', dob: '1990-04-02', part2: true },
  'clients.update': { clientId: VAULT, fields: { pronouns: 'she/her' } },
  'clients.get': { clientId: VAULT },
  'clients.list': { status: 'all' },
  'clients.discharge': { clientId: VAULT, reason: 'completed treatment' },
  'clients.readmit': { clientId: VAULT },
  'clients.chart': { clientId: VAULT },
  'clients.resolveFlag': { flagId: VAULT, note: 'safety plan reviewed' },
  'notes.createDraft': { clientId: VAULT, template: 'soap', sessionDate: '2026-11-20' },
  'notes.saveDraft': { noteId: VAULT, sections: { subjective: 'text' } },
  'notes.sign': { noteId: VAULT },
  'notes.amend': { noteId: VAULT, text: 'Correction: the session lasted 50 minutes.' },
  'notes.get': { noteId: VAULT },
  'contacts.add': { clientId: VAULT, kind: 'call', occurredAt: '2026-11-20', text: 'Returned call.' },
  'plans.draft': { clientId: VAULT },
  'plans.save': { planId: VAULT, content: { problems: [] } },
  'plans.sign': { planId: VAULT },
  'plans.get': { planId: VAULT },
  'profile.get': {},
  'profile.update': { name: 'Ana Reyes', credentials: 'LCSW', licenseState: 'CA', npi: '1234567893' },
  'measures.add': { clientId: VAULT, instrument: 'gad7', answers: [0, 1, 2, 3, 0, 1, 2] },
  'measures.instruments': {},
  'drafts.save': { key: `contact:${VAULT}`, kind: 'contact', clientId: VAULT, body: { text: 'Returned call.' } },
  'drafts.get': { key: 'client:new' },
  'drafts.discard': { key: `plan:${VAULT}` },
  'search.query': { query: 'sleep' },
  'lock.activity': {},
  'lock.flushed': { requestId: VAULT },
  'lock.getSettings': {},
  'lock.setSettings': { timeoutMinutes: 10, useSystemIdle: false },
  'session.rememberPlace': { place: { view: 'note', clientId: VAULT, noteId: VAULT, section: 'plan', cursor: 12 } },
  'session.lastPlace': {},
  'clipboard.copied': {},
  'audit.page': { action: 'note.sign', limit: 20 },
  'audit.verify': {},
  'audit.checkpoint': {},
  'audit.witnessFolders': {},
  'audit.addWitnessFolder': {},
  'audit.removeWitnessFolder': { folder: '/media/backup/alcove' },
  'disclosures.record': { clientId: VAULT, disclosedOn: '2026-11-01', recipientName: 'County Court', description: 'Attendance letter', purpose: 'Court order', basis: 'Subpoena 24-117', method: 'Fax' },
  'disclosures.accounting': { clientId: VAULT },
  'redaction.preview': { text: 'Seen with her sister Ama on 3/14.', clientId: VAULT },
  'redaction.apply': { text: 'Seen with Ama.', spans: [{ start: 10, end: 13, category: 'NAME' }] },
  'diagnostics.reportError': { kind: 'render', code: 'TypeError', component: 'NoteEditor' },
};

/** Methods that touch no PHI: the vault's own lifecycle (audited by the vault) and static data. */
const NO_PHI = new Set<MethodName>(['vault.list', 'vault.status', 'vault.assessPassword', 'vault.create', 'vault.unlock', 'vault.recover', 'vault.lock', 'vault.changePassword', 'vault.newRecoveryCode', 'vault.delete', 'measures.instruments',
  'lock.activity', 'lock.flushed', 'lock.getSettings', 'lock.setSettings', 'session.rememberPlace', 'session.lastPlace', 'clipboard.copied', 'audit.page', 'diagnostics.reportError', 'redaction.apply',
  // The practitioner's own details (changes are audited all the same).
  'profile.get',
  // Where checkpoint copies are kept: folder paths, no PHI (adding or removing one is audited).
  'audit.witnessFolders']);

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', '../../../etc/passwd', "'; DROP TABLE settings; --", 'x'.repeat(100_000), '\u0000', '\u202e'),
);
const hostile = fc.oneof(
  fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  fc.dictionary(hostileString, fc.anything()),
  fc.record({ vaultId: hostileString, password: fc.anything(), __proto__: fc.anything() }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "vaultId": "x"}')),
);

describe('the API contract', () => {
  it('declares exactly the method list the preload exposes', () => {
    expect(Object.keys(CONTRACT).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('accepts the valid example of every method and rejects it with any unknown field added', () => {
    for (const name of METHOD_NAMES) {
      expect(CONTRACT[name].input.safeParse(VALID[name]).success, name).toBe(true);
      const extra = { ...(VALID[name] as object), sneaky: 1 };
      expect(CONTRACT[name].input.safeParse(extra).success, `${name} must be strict`).toBe(false);
    }
  });

  it('[HIPAA 164.312(a)(1)] [HIPAA 164.312(b)] every method that reads or changes PHI declares its audit action and needs an unlocked vault', () => {
    for (const name of METHOD_NAMES) {
      if (NO_PHI.has(name)) continue;
      expect(CONTRACT[name].audit, `${name} must declare an audit action`).toMatch(/^[a-z]+(\.[a-z][a-zA-Z]+){1,2}$/);
      expect(CONTRACT[name].needsUnlocked, name).toBe(true);
    }
  });

  it('[HIPAA 164.312(a)(1)] refuses every PHI method while the vault is locked', async () => {
    const core = testCore(await tempHome());
    for (const name of METHOD_NAMES) {
      if (!CONTRACT[name].needsUnlocked) continue;
      const result = await core.dispatch(name, VALID[name]);
      expect(result, name).toEqual({ ok: false, error: { code: 'VAULT_LOCKED', message: expect.any(String) } });
    }
  });

  it('answers unknown methods with UNKNOWN_METHOD', async () => {
    const core = testCore(await tempHome());
    for (const m of ['vault.drop', '__proto__', 'constructor', 'toString', '', 'vault.list ']) {
      expect(await core.dispatch(m, {})).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: expect.any(String) } });
    }
  });

  it('refuses random and hostile payloads to every method: a validation error, no crash, nothing written', async () => {
    const home = await tempHome();
    const core = testCore(home);
    await core.vault.create({ displayName: 'Dr A', password: PASSWORD });
    const before = await snapshot(home);
    for (const method of METHOD_NAMES) {
      const schema = CONTRACT[method].input;
      await fc.assert(
        fc.asyncProperty(
          hostile.filter((p) => !schema.safeParse(p).success),
          async (payload) => {
            const result = await core.dispatch(method, payload);
            expect(result.ok).toBe(false);
            if (result.ok) return;
            expect(result.error.code).toBe('VALIDATION_FAILED');
            // The message names fields, never echoes values.
            expect(result.error.message.length).toBeLessThan(300);
            expect(result.error.message).not.toContain('DROP TABLE');
            expect(result.error.message).not.toContain('etc/passwd');
          },
        ),
        { numRuns: 60 },
      );
    }
    expect(await snapshot(home)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never returns a stack trace or an internal message', async () => {
    const core = testCore(await tempHome());
    const result = await core.dispatch('vault.unlock', { vaultId: VAULT, password: PASSWORD });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no vault with that id on this computer.' } });
  });
});
