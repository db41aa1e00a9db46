// Every action an audit entry can name, declared once: the entry writers, the pending audit,
// the API contract's per-method actions and the renderer's words for them all use this
// union, so a new action is added here (one per line, sorted) or it does not compile.
// Reading is tolerant: a log written by another version may name actions not listed here,
// and verification still reads it (entry.ts decodes any well-formed action name).

export const AUDIT_ACTIONS = [
  'audit.checkpoint',
  'audit.export',
  'audit.pending.rejected',
  'audit.signingKey.move',
  'audit.verify',
  'client.create',
  'client.discharge',
  'client.flag.resolve',
  'client.list',
  'client.read',
  'client.readmit',
  'client.update',
  'contact.create',
  'disclosure.accounting',
  'disclosure.create',
  'draft.discard',
  'draft.read',
  'draft.save',
  'measure.create',
  'note.amend',
  'note.create',
  'note.read',
  'note.sign',
  'note.update',
  'plan.create',
  'plan.read',
  'plan.sign',
  'plan.update',
  'profile.update',
  'redaction.preview',
  'search.query',
  'settings.update',
  'vault.changePassword',
  'vault.create',
  'vault.delete',
  'vault.lock.crash',
  'vault.lock.deleted',
  'vault.lock.manual',
  'vault.lock.quit',
  'vault.lock.resume',
  'vault.lock.rotate',
  'vault.lock.screenLock',
  'vault.lock.suspend',
  'vault.lock.timeout',
  'vault.lock.userSwitch',
  'vault.lockout.state',
  'vault.newRecoveryCode',
  'vault.recover',
  'vault.unlock',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const KNOWN: ReadonlySet<string> = new Set(AUDIT_ACTIONS);

export function isAuditAction(name: string): name is AuditAction {
  return KNOWN.has(name);
}
