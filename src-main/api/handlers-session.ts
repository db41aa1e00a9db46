// Handlers for what the session reports that is not the lock's (handlers-lock.ts): where the
// user was (ids only, kept in memory per vault), errors the renderer reports, and clipboard
// copies (cleared later by the guard).

import type { ClipboardGuard } from '../lock/clipboard.js';
import type { Place } from './contract-session.js';
import type { LockDeps } from './handlers-lock.js';

export interface SessionDeps extends LockDeps {
  clipboard: ClipboardGuard | null;
}

export function sessionHandlers(d: SessionDeps) {
  const places = new Map<string, Place>();

  const currentVault = () => {
    const s = d.vault.status();
    return s.state === 'unlocked' ? s.vaultId : null;
  };

  /** Where the clinician is, kept per vault in memory (ids only). */
  const rememberPlace = (place: Place) => {
    const vaultId = currentVault();
    if (vaultId) places.set(vaultId, place);
  };

  return {
    rememberPlace,
    handlers: {
      'session.rememberPlace': async ({ place }: { place: Place }) => {
        rememberPlace(place);
        return null;
      },
      'session.lastPlace': async () => {
        const vaultId = currentVault();
        return (vaultId && places.get(vaultId)) || null;
      },
      'diagnostics.reportError': async (input: { kind: string; code: string; component: string }) => {
        d.log.error('renderer.error', { kind: input.kind, code: input.code, component: input.component });
        return null;
      },
      'clipboard.copied': async () => {
        await d.clipboard?.copied();
        return null;
      },
    },
  };
}
