// The names of every method the renderer may call. Kept apart from the schemas so the
// preload can import this list and nothing else; contract.ts must define exactly these
// (the type system checks it).

export const METHOD_NAMES = [
  'vault.list',
  'vault.status',
  'vault.assessPassword',
  'vault.create',
  'vault.unlock',
  'vault.recover',
  'vault.lock',
  'vault.changePassword',
  'vault.newRecoveryCode',
  'vault.delete',
  'clients.create',
  'clients.update',
  'clients.get',
  'clients.list',
  'clients.discharge',
  'clients.readmit',
  'clients.chart',
  'clients.resolveFlag',
  'notes.createDraft',
  'notes.saveDraft',
  'notes.sign',
  'notes.amend',
  'notes.get',
  'contacts.add',
  'plans.draft',
  'plans.save',
  'plans.sign',
  'plans.get',
  'profile.get',
  'profile.update',
  'measures.add',
  'measures.instruments',
  'drafts.save',
  'drafts.get',
  'drafts.discard',
  'search.query',
  'lock.activity',
  'lock.flushed',
  'lock.getSettings',
  'lock.setSettings',
  'session.rememberPlace',
  'session.lastPlace',
  'clipboard.copied',
  'audit.page',
  'audit.verify',
  'audit.checkpoint',
  'disclosures.record',
  'disclosures.accounting',
  'diagnostics.reportError',
  'redaction.preview',
  'redaction.apply',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** Events the main process pushes to the renderer. */
export const EVENT_NAMES = ['vault.locked', 'lock.warning', 'lock.flush'] as const;
export type EventName = (typeof EVENT_NAMES)[number];
