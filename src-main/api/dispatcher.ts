// The one door into the core. Every transport (Electron IPC, the Playwright bridge, the CLI)
// calls dispatch(): unknown method -> UNKNOWN_METHOD; input not matching its strict schema ->
// VALIDATION_FAILED (naming the field, never echoing the value); a locked vault -> VAULT_LOCKED;
// then the handler; then the output is checked too. Nothing thrown escapes as a stack.

import { AlcoveError, toWireError } from '../errors.js';
import { errorFields, silentLog, type Log } from '../log/logger.js';
import { CONTRACT, type Result } from './contract.js';
import { auditScope, type AuditScope } from '../audit/scope.js';
import type { AuditAction } from '../audit/actions.js';
import type { Handlers } from './handlers.js';
import { METHOD_NAMES, type MethodName } from './methods.js';

export interface DispatcherOptions {
  handlers: Handlers;
  isUnlocked: () => boolean;
  log?: Log;
  /** Write a standalone audit entry (when a call never reached the vault's own transaction). */
  audit?: (event: { action: AuditAction; outcome: string; recordIds?: string[] }) => Promise<void>;
}

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}

export function createDispatcher(options: DispatcherOptions): Dispatch {
  const log = options.log ?? silentLog;
  return async (method, input) => {
    const started = performance.now();
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'That is not a method Alcove offers.' } };
    }
    const spec = CONTRACT[method];
    const action = spec.audit;
    const auditAside = async (outcome: string) => {
      if (!action || !options.audit || !options.isUnlocked()) return;
      await options.audit({ action, outcome }).catch((err: unknown) => log.error('audit.append_failed', { method, ...errorFields(err) }));
    };
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => (i.path.length ? i.path.map(String).join('.') : 'input')).slice(0, 5);
      const unique = [...new Set(fields)].map((f) => f.slice(0, 40));
      log.warn('api.invalid_input', { method, count: parsed.error.issues.length });
      // A refused attempt at PHI is still an access attempt: on the record, with no ids.
      await auditAside('VALIDATION_FAILED');
      return {
        ok: false,
        error: { code: 'VALIDATION_FAILED', message: `The request was not valid (check: ${unique.join(', ')}). Nothing was changed.` },
      };
    }
    if (spec.needsUnlocked && !options.isUnlocked()) {
      return { ok: false, error: { code: 'VAULT_LOCKED', message: 'The vault is locked. Unlock it to continue.' } };
    }
    const scope: AuditScope | undefined = action ? { action, carried: false } : undefined;
    try {
      const handler = options.handlers[method] as (i: unknown) => Promise<unknown>;
      const value = scope ? await auditScope.run(scope, () => handler(parsed.data)) : await handler(parsed.data);
      const out = spec.output.safeParse(value);
      if (!out.success) throw new Error(`output of ${method} does not match the contract`);
      if (scope && !scope.carried) await auditAside('ok');
      log.debug('api.call', { method, ms: Math.round(performance.now() - started) });
      return { ok: true, value: out.data };
    } catch (err) {
      if (err instanceof AlcoveError) log.info('api.error', { method, code: err.code });
      else log.error('api.internal_error', { method, ...errorFields(err) });
      const wire = toWireError(err);
      if (scope && !scope.carried) await auditAside(wire.code);
      return { ok: false, error: wire };
    }
  };
}
