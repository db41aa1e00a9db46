// The audit log as the app writes it: every PHI method through the real dispatcher and vault
// worker, failed unlocks entered at the next unlock, a checkpoint signed at every lock, and no
// entry that says anything about what was read or written.

import Database from 'better-sqlite3-multiple-ciphers';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditScope } from '../../src-main/audit/scope.js';
import { vaultPaths } from '../../src-main/vault/paths.js';
import { alcove, alcoveOnTestVault } from '../helpers/cli.js';
import { PASSWORD, PROFILE, createTestVault, deriveDataKey, tempHome, testCore, dispatcher } from '../helpers/vault.js';

const NAME = 'Zebediah Quillfeather';
const NOTE = 'Discussed the xylophonic dream about the lighthouse keeper.';
const QUERY = 'xylophonic';

async function scenario() {
  const home = await tempHome();
  let now = Date.UTC(2026, 10, 20, 9, 0);
  const core = testCore(home, { now: () => (now += 1000) });
  const call = dispatcher(core);
  const kit = await createTestVault(core);
  expect((await core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: 'not it, not it' })).ok).toBe(false);
  expect((await core.dispatch('vault.unlock', { vaultId: kit.vaultId, password: 'still not it' })).ok).toBe(false);
  await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
  await call('profile.update', PROFILE);
  const { clientId } = await call('clients.create', { legalName: NAME, dob: '1961-02-03' });
  const { noteId } = await call('notes.createDraft', { clientId, template: 'free', sessionDate: '2026-11-19' });
  await call('notes.saveDraft', { noteId, sections: { body: NOTE } });
  await call('notes.sign', { noteId });
  expect((await core.dispatch('notes.sign', { noteId })).ok).toBe(false);
  const found = await call('search.query', { query: QUERY });
  expect(found.hits).toHaveLength(1);
  await call('clients.list', {});
  expect((await core.dispatch('notes.get', { noteId: `${NAME} ${NOTE}` })).ok).toBe(false);
  await call('clients.chart', { clientId });
  await call('disclosures.record', { clientId, disclosedOn: '2026-11-19', recipientName: 'Harbour County Court', description: 'Attendance letter', purpose: 'Court order', basis: 'Subpoena 24-117', method: 'Fax' });
  await call('vault.lock', {});
  await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
  return { home, core, call, kit, clientId, noteId };
}

describe('the audit log the vault keeps', () => {
  it('[HIPAA 164.312(b)] [HIPAA 164.312(a)(2)(i)] records every access, refusal and lifecycle event in order, with pseudonymous ids only', async () => {
    const { call, clientId, noteId } = await scenario();
    const page = await call('audit.page', { limit: 100 });
    const entries = [...page.entries].reverse();
    expect(entries.map((e: any) => [e.action, e.outcome])).toEqual([
      ['vault.create', 'ok'],
      ['vault.unlock', 'WRONG_PASSWORD'],
      ['vault.unlock', 'WRONG_PASSWORD'],
      ['vault.unlock', 'ok'],
      ['profile.update', 'ok'],
      ['client.create', 'ok'],
      ['note.create', 'ok'],
      ['note.update', 'ok'],
      ['note.sign', 'ok'],
      ['note.sign', 'RECORD_SIGNED'],
      ['search.query', 'ok'],
      ['client.list', 'ok'],
      ['note.read', 'VALIDATION_FAILED'],
      ['client.read', 'ok'],
      ['disclosure.create', 'ok'],
      ['vault.lock.manual', 'ok'],
      ['vault.unlock', 'ok'],
    ]);
    const byAction = (a: string) => entries.filter((e: any) => e.action === a);
    expect(byAction('note.sign')[0].recordIds).toEqual([noteId]);
    expect(byAction('note.sign')[1].recordIds).toEqual([noteId]);
    expect(byAction('note.create')[0].recordIds.sort()).toEqual([clientId, noteId].sort());
    expect(byAction('search.query')[0].details).toEqual({ resultCount: 1 });
    // The records a search showed: the note, and the client it belongs to.
    expect(byAction('search.query')[0].recordIds.sort()).toEqual([clientId, noteId].sort());
    expect(byAction('note.read')[0].recordIds).toEqual([]);
    // The failed attempts keep the time they happened, before the unlock that entered them.
    const [w1, w2, ok] = byAction('vault.unlock');
    expect(w1.time).toBeLessThan(w2.time);
    expect(w2.time).toBeLessThan(ok.time);
    expect(new Set(entries.map((e: any) => e.actor)).size).toBe(1);
  });

  it('[GDPR 32] holds no name, note text or search words in any entry or export', async () => {
    const { home, core } = await scenario();
    const file = path.join(home, 'audit-export.json');
    await auditScope.run({ action: 'audit.export', carried: false }, () => core.vault.op('audit.export', { file }));
    const text = await fs.readFile(file, 'utf8');
    expect(JSON.parse(text).entries.length).toBeGreaterThan(15);
    for (const secret of [NAME, 'Quillfeather', 'Zebediah', NOTE, 'lighthouse', QUERY, '1961-02-03', 'Harbour County Court', 'Subpoena']) {
      expect(text.includes(secret), secret).toBe(false);
    }
  });

  it('[HIPAA 164.312(b)] [HIPAA 164.312(c)(1)] signs a checkpoint at every lock, verifies live, and detects an edit made behind its back', async () => {
    const { home, call, kit } = await scenario();
    expect((await call('audit.verify', {})).ok).toBe(true);
    const cp = await call('audit.checkpoint', {});
    expect(cp.checkpoint.logSize).toBeGreaterThan(15);
    await call('vault.lock', {});

    // Someone with the key edits an entry (dropping the guard trigger first).
    const key = await deriveDataKey(home, kit.vaultId);
    const db = new Database(vaultPaths(home, kit.vaultId).database);
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entries'").all() as { name: string }[];
    expect(triggers.length).toBeGreaterThan(0);
    expect(() => db.prepare("UPDATE audit_entries SET outcome = 'ok' WHERE outcome = 'RECORD_SIGNED'").run()).toThrow();
    for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
    expect(db.prepare("UPDATE audit_entries SET outcome = 'ok' WHERE outcome = 'RECORD_SIGNED'").run().changes).toBe(1);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();

    await call('vault.unlock', { vaultId: kit.vaultId, password: PASSWORD });
    const result = await call('audit.verify', {});
    expect(result.ok).toBe(false);
    expect(`${result.failure.what} ${result.failure.where}`).toMatch(/entry 9/);
  });

  it('[HIPAA 164.528] produces the accounting of disclosures as rows and CSV; disclosures cannot be changed', async () => {
    const { call, clientId } = await scenario();
    await call('disclosures.record', { clientId, disclosedOn: '2021-01-15', recipientName: '=HYPERLINK("x")', description: 'Old records', purpose: 'Continuity of care', basis: 'Consent', method: 'Mail' });
    await call('disclosures.record', { clientId, disclosedOn: '2019-01-15', recipientName: 'Too old', description: 'x', purpose: 'x', basis: 'x', method: 'x' });
    const acc = await call('disclosures.accounting', { clientId });
    expect(acc.clientName).toBe(NAME);
    expect(acc.rows.map((r: any) => r.recipientName)).toEqual(['=HYPERLINK("x")', 'Harbour County Court']);
    expect(acc.csv.split('\r\n')[0]).toBe('Date of disclosure,Recipient,Recipient address,What was disclosed,Purpose,Basis (consent or law),How it was sent');
    // Spreadsheet formulas are neutralised.
    expect(acc.csv).toContain(`"'=HYPERLINK(""x"")"`);
    const all = await call('disclosures.accounting', { clientId, from: '2010-01-01' });
    expect(all.rows).toHaveLength(3);
    expect((await call('audit.page', { action: 'disclosure.accounting' })).entries[0].recordIds).toEqual([clientId]);
  });

  it('[HIPAA 164.312(b)] alcove audit export / verify from the command line, and a tampered export fails with one JSON object', async () => {
    const { home, kit, core } = await scenario();
    await core.close();
    const env = { ALCOVE_HOME: home };
    const out = path.join(home, 'export.json');
    const exported = await alcoveOnTestVault(['--json', '--password-stdin', 'audit', 'export', '--vault', kit.vaultId, '--out', out], `${PASSWORD}\n`, env);
    expect(exported.code).toBe(0);
    expect(exported.json()).toMatchObject({ file: out, entries: expect.any(Number) });

    const ok = await alcove(['--json', 'audit', 'verify', '--file', out], '', env);
    expect(ok.code).toBe(0);
    expect(ok.json().ok).toBe(true);
    const live = await alcoveOnTestVault(['--json', '--password-stdin', 'audit', 'verify', '--vault', kit.vaultId, '--checkpoint', out], `${PASSWORD}\n`, env);
    expect(live.json().ok).toBe(true);

    const doc = JSON.parse(await fs.readFile(out, 'utf8'));
    expect(doc.entries[1].outcome).toBe('WRONG_PASSWORD');
    doc.entries[1].outcome = 'ok';
    await fs.writeFile(out, JSON.stringify(doc));
    const bad = await alcove(['--json', 'audit', 'verify', '--file', out], '', env);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout.trim().split('\n')).toHaveLength(1);
    expect(bad.json()).toMatchObject({ ok: false, failure: { what: expect.any(String), where: expect.stringMatching(/\b1\b/) } });
  }, 120_000);
});
