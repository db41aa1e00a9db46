// The audit action of the API call under way. The dispatcher opens a scope for every method
// that declares one; the first vault operation inside it carries the action into the worker,
// where the entry is appended in the same transaction as the change. If no operation ran
// (the call failed before reaching the vault), the dispatcher writes the entry itself.

import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditAction } from './actions.js';

export interface AuditScope {
  action: AuditAction;
  /** Set once an operation has carried the action into the vault. */
  carried: boolean;
}

export const auditScope = new AsyncLocalStorage<AuditScope>();

/** Take the scope's action for one operation (only the first operation carries it). */
export function takeAuditAction(): { action: AuditAction } | undefined {
  const scope = auditScope.getStore();
  if (!scope || scope.carried) return undefined;
  scope.carried = true;
  return { action: scope.action };
}
