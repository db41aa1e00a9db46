// The renderer's only door to the core: window.alcove, provided by the preload (Electron) or
// by the end-to-end harness (Chromium). Types come from the contract, imported as types only.

import type { AlcoveApi, ApiInput, ApiOutput, Result } from '../src-main/api/contract.js';
import type { EventName, MethodName } from '../src-main/api/methods.js';
import type { EventPayload } from '../src-main/api/events.js';

declare global {
  interface Window {
    alcove: AlcoveApi;
  }
}

export type { ApiInput, ApiOutput, EventName, MethodName };
export type WireError = Extract<Result<unknown>, { ok: false }>['error'];
export type ErrorCode = WireError['code'];
export type VaultSummary = ApiOutput<'vault.list'>[number];
export type RecoveryKit = ApiOutput<'vault.create'>;
export type OpenVault = { vaultId: string; displayName: string };

export async function call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<Result<ApiOutput<M>>> {
  const fn = window.alcove[method] as (i: ApiInput<M>) => Promise<Result<ApiOutput<M>>>;
  try {
    return await fn(input);
  } catch {
    // The bridge itself failed (main process gone): say so instead of hanging the screen.
    return { ok: false, error: { code: 'INTERNAL', message: 'Alcove could not reach its vault service. Restart Alcove; saved work is safe.' } };
  }
}

export function onAlcoveEvent<E extends EventName>(name: E, cb: (payload: EventPayload<E>) => void): () => void {
  return window.alcove.onEvent(name, cb);
}
