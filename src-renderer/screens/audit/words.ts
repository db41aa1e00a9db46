// The audit log in a clinician's words: each action id the core writes as a short phrase
// (and the phrase for a refused attempt), each outcome as "OK" or what went wrong. Ids the
// viewer does not know yet are shown as they are, never hidden.

// Types straight from the contract (not via ../../api.js), so Node tests can import this module.
import type { ApiOutput } from '../../../src-main/api/contract.js';
import type { AuditAction } from '../../../src-main/audit/actions.js';

export type AuditEntry = ApiOutput<'audit.page'>['entries'][number];

interface Phrase {
  done: string;
  tried: string;
  group: string;
}

const p = (group: string, done: string, tried: string): Phrase => ({ group, done, tried });

/** Every action the core can write (AUDIT_ACTIONS), in words: one missing does not compile. */
export const ACTIONS: Record<AuditAction, Phrase> = {
  'vault.create': p('Vault', 'Created the vault', 'Tried to create the vault'),
  'vault.unlock': p('Vault', 'Unlocked', 'Tried to unlock'),
  'vault.lock.manual': p('Vault', 'Locked', 'Tried to lock'),
  'vault.lock.timeout': p('Vault', 'Locked (inactivity)', 'Tried to lock (inactivity)'),
  'vault.lock.suspend': p('Vault', 'Locked (computer went to sleep)', 'Tried to lock (sleep)'),
  'vault.lock.screenLock': p('Vault', 'Locked (screen locked)', 'Tried to lock (screen locked)'),
  'vault.lock.userSwitch': p('Vault', 'Locked (user switched)', 'Tried to lock (user switched)'),
  'vault.lockout.state': p('Vault', 'Checked the wrong-attempt counter', 'Found the wrong-attempt counter missing or altered; a pause was started'),
  'vault.lock.resume': p('Vault', 'Locked (computer woke up)', 'Tried to lock (woke up)'),
  'vault.lock.quit': p('Vault', 'Locked (Alcove quit)', 'Tried to lock (quit)'),
  'vault.lock.crash': p('Vault', 'Locked (after a crash)', 'Tried to lock (crash)'),
  'vault.lock.rotate': p('Vault', 'Locked (data key replaced)', 'Tried to lock (data key replaced)'),
  'vault.lock.deleted': p('Vault', 'Locked (vault deleted)', 'Tried to lock (deleted)'),
  'vault.changePassword': p('Vault', 'Changed the password', 'Tried to change the password'),
  'vault.newRecoveryCode': p('Vault', 'Replaced the recovery code', 'Tried to replace the recovery code'),
  'vault.recover': p('Vault', 'Opened with the recovery kit', 'Tried the recovery kit'),
  // Only a refused delete can appear: a delete that succeeds destroys the log with the vault.
  'vault.delete': p('Vault', 'Deleted the vault', 'Tried to delete the vault'),
  'settings.update': p('Vault', 'Changed settings', 'Tried to change settings'),
  'profile.update': p('Vault', 'Changed the practitioner profile', 'Tried to change the practitioner profile'),
  'client.create': p('Clients', 'Added a client', 'Tried to add a client'),
  'client.list': p('Clients', 'Listed clients', 'Tried to list clients'),
  'client.read': p('Clients', 'Opened a client’s chart', 'Tried to open a client’s chart'),
  'client.update': p('Clients', 'Changed a client’s details', 'Tried to change a client’s details'),
  'client.discharge': p('Clients', 'Discharged a client', 'Tried to discharge a client'),
  'client.readmit': p('Clients', 'Re-admitted a client', 'Tried to re-admit a client'),
  'client.flag.resolve': p('Clients', 'Resolved a risk flag', 'Tried to resolve a risk flag'),
  'note.create': p('Notes', 'Started a note', 'Tried to start a note'),
  'note.update': p('Notes', 'Saved a draft note', 'Tried to save a draft note'),
  'note.read': p('Notes', 'Opened a note', 'Tried to open a note'),
  'note.sign': p('Notes', 'Signed a note', 'Tried to sign a note'),
  'note.amend': p('Notes', 'Amended a signed note', 'Tried to amend a note'),
  'contact.create': p('Notes', 'Wrote a contact note', 'Tried to write a contact note'),
  'plan.create': p('Plans and measures', 'Started a treatment plan', 'Tried to start a treatment plan'),
  'plan.update': p('Plans and measures', 'Saved a treatment plan', 'Tried to save a treatment plan'),
  'plan.read': p('Plans and measures', 'Opened a treatment plan', 'Tried to open a treatment plan'),
  'plan.sign': p('Plans and measures', 'Signed a treatment plan', 'Tried to sign a treatment plan'),
  'measure.create': p('Plans and measures', 'Scored a measure', 'Tried to score a measure'),
  'draft.save': p('Notes', 'Saved an unfinished form', 'Tried to save an unfinished form'),
  'draft.read': p('Notes', 'Reopened an unfinished form', 'Tried to reopen an unfinished form'),
  'draft.discard': p('Notes', 'Discarded an unfinished form', 'Tried to discard an unfinished form'),
  'search.query': p('Search', 'Searched', 'Tried to search'),
  'redaction.preview': p('Disclosures', 'Previewed a de-identified text', 'Tried to preview a de-identified text'),
  'disclosure.create': p('Disclosures', 'Recorded a disclosure', 'Tried to record a disclosure'),
  'disclosure.accounting': p('Disclosures', 'Produced an accounting of disclosures', 'Tried to produce an accounting'),
  'audit.verify': p('Audit log', 'Verified the audit log', 'Tried to verify the audit log'),
  'audit.checkpoint': p('Audit log', 'Signed a checkpoint', 'Tried to sign a checkpoint'),
  'audit.export': p('Audit log', 'Exported the audit log', 'Tried to export the audit log'),
  'audit.pending.rejected': p('Audit log', 'Checked entries made while locked', 'Refused entries made while locked whose signatures did not verify'),
  'audit.signingKey.move': p('Audit log', 'Moved the audit signing key out of the vault', 'Tried to move the audit signing key'),
};

/** The action filter's choices, grouped as the select shows them. */
export function actionGroups(): { group: string; actions: { id: string; label: string }[] }[] {
  const groups = new Map<string, { id: string; label: string }[]>();
  for (const [id, phrase] of Object.entries(ACTIONS)) {
    const list = groups.get(phrase.group) ?? [];
    list.push({ id, label: phrase.done });
    groups.set(phrase.group, list);
  }
  return [...groups].map(([group, actions]) => ({ group, actions }));
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function describeAction(entry: Pick<AuditEntry, 'action' | 'outcome' | 'details'>): string {
  // The log may name actions this version has no words for (a newer one wrote them).
  const phrase = Object.hasOwn(ACTIONS, entry.action) ? ACTIONS[entry.action as AuditAction] : undefined;
  if (!phrase) return entry.action;
  const base = entry.outcome === 'ok' ? phrase.done : phrase.tried;
  const results = entry.details?.['resultCount'];
  if (entry.action === 'search.query' && results !== undefined) return `${base} (${plural(results, 'result', 'results')})`;
  return base;
}

const OUTCOMES: Record<string, string> = {
  WRONG_PASSWORD: 'Wrong password',
  WRONG_RECOVERY_CODE: 'Wrong recovery code',
  RECOVERY_CODE_INVALID: 'Recovery code mistyped',
  LOCKED_OUT: 'Refused: too many wrong attempts',
  SECRET_KEY_MISSING: 'Secret key missing',
  SECRET_KEY_INVALID: 'Wrong secret key',
  VALIDATION_FAILED: 'Refused: request not valid',
  NOT_FOUND: 'Not found',
  RECORD_SIGNED: 'Refused: already signed',
  PROFILE_INCOMPLETE: 'Refused: no name and credentials to sign with',
  CONFLICT: 'Refused: changed elsewhere first',
  TOO_LARGE: 'Refused: too large',
  VAULT_LOCKED: 'Refused: vault locked',
  FORBIDDEN_SENDER: 'Refused: not from Alcove’s window',
  AUDIT_VERIFY_FAILED: 'Verification failed',
  WEAK_PASSWORD: 'Refused: password too weak',
  HEADER_TAMPERED: 'Vault header tampered with',
  HEADER_CORRUPT: 'Vault header damaged',
  DATABASE_CORRUPT: 'Vault data damaged',
  IO_ERROR: 'Failed: files could not be read or written',
  INTERNAL: 'Failed: internal error',
};

export function describeOutcome(outcome: string): string {
  if (outcome === 'ok') return 'OK';
  return OUTCOMES[outcome] ?? `Failed (${outcome})`;
}

/** The first eight characters of a pseudonymous id: enough to tell records apart on screen. */
export function shortId(id: string): string {
  return id.length > 10 ? `${id.slice(0, 8)}…` : id;
}
