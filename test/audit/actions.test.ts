// The closed list of audit actions: every one has words on the audit screen, the list stays
// sorted and unique (so parallel additions merge line by line), every lock reason has its own
// action, and a log naming an action this version does not know still decodes.

import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, isAuditAction } from '../../src-main/audit/actions.js';
import { AuditEntrySchema, encodeEntry } from '../../src-main/audit/entry.js';
import { lockAction } from '../../src-main/audit/vault-audit.js';
import { CONTRACT } from '../../src-main/api/contract.js';
import type { LockReason } from '../../src-main/lock/controller.js';
import { ACTIONS, describeAction } from '../../src-renderer/screens/audit/words.js';

const ID = '0b7e7c1e-5f0a-4c55-9a43-3d3f2b1c0a11';

describe('audit actions', () => {
  it('are declared once, sorted and unique, and the audit screen has words for exactly these', () => {
    expect([...AUDIT_ACTIONS]).toEqual([...new Set(AUDIT_ACTIONS)].sort());
    expect(Object.keys(ACTIONS).sort()).toEqual([...AUDIT_ACTIONS]);
    for (const action of AUDIT_ACTIONS) expect(describeAction({ action, outcome: 'ok' }), action).not.toBe(action);
  });

  it('cover every method’s declared action and every lock reason (none falls back to a plain lock)', () => {
    for (const [method, spec] of Object.entries(CONTRACT)) if (spec.audit) expect(isAuditAction(spec.audit), method).toBe(true);
    const reasons: Record<LockReason | 'rotate', true> = {
      timeout: true, manual: true, suspend: true, 'screen-lock': true, 'user-switch': true, resume: true, quit: true, crash: true, deleted: true, rotate: true,
    };
    const actions = Object.keys(reasons).map(lockAction);
    expect(actions).toEqual(['vault.lock.timeout', 'vault.lock.manual', 'vault.lock.suspend', 'vault.lock.screenLock', 'vault.lock.userSwitch', 'vault.lock.resume', 'vault.lock.quit', 'vault.lock.crash', 'vault.lock.deleted', 'vault.lock.rotate']);
    expect(lockAction('no-such-reason')).toBe('vault.lock.manual');
  });

  it('an entry naming an action this version does not know still decodes and encodes (history stays verifiable)', () => {
    expect(isAuditAction('witness.sign')).toBe(false);
    const entry = AuditEntrySchema.parse({ time: 1, deviceId: ID, actor: ID, action: 'witness.sign', recordIds: [], outcome: 'ok' });
    expect(encodeEntry(entry).includes(Buffer.from('witness.sign'))).toBe(true);
    // Shown as it is named, never hidden.
    expect(describeAction({ action: 'witness.sign', outcome: 'ok' })).toBe('witness.sign');
    expect(AuditEntrySchema.safeParse({ time: 1, deviceId: ID, actor: ID, action: 'Not An Action', recordIds: [], outcome: 'ok' }).success).toBe(false);
  });
});
