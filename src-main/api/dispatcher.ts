// The one door into the core. Every transport (Electron IPC, the Playwright bridge, the CLI)
// calls dispatch(): unknown method -> UNKNOWN_METHOD; input not matching its strict schema ->
// VALIDATION_FAILED (naming the field, never echoing the value); a locked vault -> VAULT_LOCKED;
// then the handler; then the output is checked too. Nothing thrown escapes as a stack.

import { AlcoveError, toWireError } from '../errors.js';
import { errorFields, silentLog, type Log } from '../log/logger.js';
import { CONTRACT, type Result } from './contract.js';
import type { Handlers } from './handlers.js';
import { METHOD_NAMES, type MethodName } from './methods.js';

export interface DispatcherOptions {
  handlers: Handlers;
  isUnlocked: () => boolean;
  log?: Log;
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
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => (i.path.length ? i.path.map(String).join('.') : 'input')).slice(0, 5);
      const unique = [...new Set(fields)].map((f) => f.slice(0, 40));
      log.warn('api.invalid_input', { method, count: parsed.error.issues.length });
      return {
        ok: false,
        error: { code: 'VALIDATION_FAILED', message: `The request was not valid (check: ${unique.join(', ')}). Nothing was changed.` },
      };
    }
    if (spec.needsUnlocked && !options.isUnlocked()) {
      return { ok: false, error: { code: 'VAULT_LOCKED', message: 'The vault is locked. Unlock it to continue.' } };
    }
    try {
      const handler = options.handlers[method] as (i: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      const out = spec.output.safeParse(value);
      if (!out.success) throw new Error(`output of ${method} does not match the contract`);
      log.debug('api.call', { method, ms: Math.round(performance.now() - started) });
      return { ok: true, value: out.data };
    } catch (err) {
      if (err instanceof AlcoveError) log.info('api.error', { method, code: err.code });
      else log.error('api.internal_error', { method, ...errorFields(err) });
      return { ok: false, error: toWireError(err) };
    }
  };
}
