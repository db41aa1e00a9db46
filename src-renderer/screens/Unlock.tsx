// The unlock screen, and the lock screen (the same door, with a word on why it closed).

import { useEffect } from 'react';
import type { OpenVault, VaultSummary } from '../api.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { useNavigation } from '../stores/navigation.js';
import { resetUnlock, useUnlock } from '../stores/unlock.js';
import { AskForSecretKeyLink, PasswordUnlockForm, RecoveryForm } from './UnlockForms.js';

type VaultRef = Pick<VaultSummary, 'vaultId' | 'displayName'>;

const LOCK_REASONS: Record<string, string> = {
  manual: 'You locked Alcove.',
  idle: 'Alcove locked itself after a period without activity.',
  'screen-locked': 'Alcove locked because this computer was locked.',
  suspend: 'Alcove locked because this computer went to sleep.',
  timeout: 'Alcove locked itself after a period without activity. Your drafts were saved first.',
  'screen-lock': 'Alcove locked because this computer was locked.',
  'user-switch': 'Alcove locked because another user signed in to this computer.',
  resume: 'Alcove locked while this computer was asleep.',
  quit: 'Alcove was closed.',
  crash: 'Alcove’s vault service stopped unexpectedly, so the vault was locked. Your saved work is safe.',
  deleted: 'The open vault was deleted.',
};

export function lockReasonText(reason: string): string {
  return LOCK_REASONS[reason] ?? 'Alcove locked the vault.';
}

export function UnlockScreen({ vault, mode }: { vault: VaultRef; mode: 'password' | 'recovery' }) {
  const go = useNavigation((s) => s.go);
  const clearError = useUnlock((s) => s.clearError);
  const opened = (v: OpenVault) => go({ name: 'workspace', vault: v });
  const switchMode = (next: 'password' | 'recovery') => {
    clearError();
    go({ name: 'unlock', vault, mode: next });
  };
  // Leaving this vault's door forgets the last attempt; the core still enforces any lockout.
  useEffect(() => resetUnlock, [vault.vaultId]);

  return (
    <main className="centered" id="main">
      <section className="card" aria-labelledby="unlock-title">
        <p className="brand">Alcove</p>
        <div id="unlock-title">
          <ScreenHeading focus={false}>{mode === 'password' ? `Unlock ${vault.displayName}` : `Recover ${vault.displayName}`}</ScreenHeading>
        </div>
        {mode === 'password' ? (
          <PasswordUnlockForm vaultId={vault.vaultId} onOpened={opened} />
        ) : (
          <RecoveryForm vaultId={vault.vaultId} displayName={vault.displayName} onOpened={opened} />
        )}
        <nav className="links" aria-label="Other ways in">
          {mode === 'password' ? (
            <button type="button" className="button-link" onClick={() => switchMode('recovery')}>
              Forgot your password? Use your recovery code
            </button>
          ) : (
            <button type="button" className="button-link" onClick={() => switchMode('password')}>
              Unlock with your password instead
            </button>
          )}
          <AskForSecretKeyLink />
          <button type="button" className="button-link" onClick={() => go({ name: 'picker' })}>
            Back to all vaults
          </button>
        </nav>
      </section>
    </main>
  );
}

export function LockScreen({ vault, reason }: { vault: VaultRef | null; reason: string }) {
  const go = useNavigation((s) => s.go);
  useEffect(() => resetUnlock, []);
  return (
    <main className="centered" id="main">
      <section className="card" aria-labelledby="locked-title">
        <p className="brand">Alcove</p>
        <div id="locked-title">
          <ScreenHeading focus={false}>Alcove is locked</ScreenHeading>
        </div>
        <p className="lead" data-testid="lock-reason">
          {lockReasonText(reason)} {vault ? `Enter the password for ${vault.displayName} to continue.` : ''}
        </p>
        {vault ? <PasswordUnlockForm vaultId={vault.vaultId} onOpened={(v) => go({ name: 'workspace', vault: v })} /> : null}
        <nav className="links" aria-label="Other ways in">
          {vault ? (
            <button type="button" className="button-link" onClick={() => go({ name: 'unlock', vault, mode: 'recovery' })}>
              Forgot your password? Use your recovery code
            </button>
          ) : null}
          <button type="button" className="button-link" onClick={() => go({ name: 'picker' })}>
            Switch vault
          </button>
        </nav>
      </section>
    </main>
  );
}
