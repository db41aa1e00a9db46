// Form drafts through the real dispatcher and vault worker: saved, read back, replaced,
// discarded; keys and sizes checked; every call on the audit log with the client's id only.

import { beforeEach, describe, expect, it } from 'vitest';
import type { AlcoveCore } from '../../src-main/core.js';
import { DRAFT_BODY_LIMIT } from '../../src-main/records/drafts.js';
import { PASSWORD, createTestVault, tempHome, testCore } from '../helpers/vault.js';

let core: AlcoveCore;
let now = Date.UTC(2026, 10, 20, 15, 0);

async function call<T = any>(method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}

async function fails(method: string, input: unknown): Promise<string> {
  const r = await core.dispatch(method, input);
  if (r.ok) throw new Error(`${method} should have failed`);
  return r.error.code;
}

beforeEach(async () => {
  now = Date.UTC(2026, 10, 20, 15, 0);
  core = testCore(await tempHome(), { now: () => now });
  const kit = await createTestVault(core);
  await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
});

describe('form drafts', () => {
  it('are saved, read back, replaced and discarded by key', async () => {
    const { clientId } = await call('clients.create', { legalName: 'Amara Okafor' });
    const key = `contact:${clientId}`;
    expect(await call('drafts.get', { key })).toBeNull();
    expect(await call('drafts.save', { key, kind: 'contact', clientId, body: { text: 'Called about', kind: 'call' } })).toEqual({ key, savedAt: now });
    expect(await call('drafts.get', { key })).toEqual({ text: 'Called about', kind: 'call' });
    now += 1000;
    await call('drafts.save', { key, kind: 'contact', clientId, body: { text: 'Called about sleep', nested: { list: [1, null, 'x'] } } });
    expect(await call('drafts.get', { key })).toEqual({ text: 'Called about sleep', nested: { list: [1, null, 'x'] } });
    await call('drafts.save', { key: 'client:new', kind: 'client', body: { legalName: 'New Person' } });
    await call('drafts.save', { key: 'profile:self', kind: 'profile', body: { name: 'Ana Reyes' } });
    expect(await call('drafts.get', { key: 'profile:self' })).toEqual({ name: 'Ana Reyes' });
    for (const kind of ['plan', 'amendment', 'measure', 'discharge', 'flag', 'disclosure']) {
      await call('drafts.save', { key: `${kind}:${clientId}`, kind, clientId, body: { kind } });
      expect(await call('drafts.get', { key: `${kind}:${clientId}` })).toEqual({ kind });
    }
    await call('drafts.discard', { key });
    expect(await call('drafts.get', { key })).toBeNull();
    expect(await call('drafts.get', { key: 'client:new' })).toEqual({ legalName: 'New Person' });
    // Discarding what is not there is fine (a form cancelled before anything was saved).
    expect(await call('drafts.discard', { key })).toBeNull();
  });

  it('refuses a malformed key, a key of another kind, an unknown client and an oversized body', async () => {
    const { clientId } = await call('clients.create', { legalName: 'Amara Okafor' });
    expect(await fails('drafts.save', { key: 'contact:nope', kind: 'contact', body: {} })).toBe('VALIDATION_FAILED');
    expect(await fails('drafts.save', { key: `plan:${clientId}`, kind: 'contact', body: {} })).toBe('VALIDATION_FAILED');
    expect(await fails('drafts.get', { key: 'settings:lock' })).toBe('VALIDATION_FAILED');
    expect(await fails('drafts.save', { key: `profile:${clientId}`, kind: 'profile', body: {} })).toBe('VALIDATION_FAILED');
    expect(await fails('drafts.save', { key: 'profile:self', kind: 'client', body: {} })).toBe('VALIDATION_FAILED');
    expect(await fails('drafts.save', { key: 'client:new', kind: 'client', body: { a: 1 }, extra: true })).toBe('VALIDATION_FAILED');
    const stranger = '3f2b8c1e-5d4a-4b6f-9e2d-1a2b3c4d5e6f';
    expect(await fails('drafts.save', { key: `contact:${stranger}`, kind: 'contact', clientId: stranger, body: {} })).toBe('NOT_FOUND');
    const big = { text: 'x'.repeat(DRAFT_BODY_LIMIT) };
    expect(await fails('drafts.save', { key: `contact:${clientId}`, kind: 'contact', clientId, body: big })).toBe('TOO_LARGE');
    expect(await call('drafts.get', { key: `contact:${clientId}` })).toBeNull();
  });

  it('are audited like a note autosave: the action and the client id, never the text', async () => {
    const { clientId } = await call('clients.create', { legalName: 'Amara Okafor' });
    const key = `measure:${clientId}`;
    await call('drafts.save', { key, kind: 'measure', clientId, body: { instrument: 'phq9', answers: [1, 2, null] } });
    await call('drafts.get', { key });
    await call('drafts.discard', { key });
    const page = await call('audit.page', { limit: 10 });
    const drafts = page.entries.filter((e: any) => e.action.startsWith('draft.'));
    expect(drafts.map((e: any) => [e.action, e.outcome]).sort()).toEqual([
      ['draft.discard', 'ok'],
      ['draft.read', 'ok'],
      ['draft.save', 'ok'],
    ]);
    expect(drafts.find((e: any) => e.action === 'draft.save').recordIds).toEqual([clientId]);
    expect(JSON.stringify(page)).not.toContain('phq9');
  });
});
