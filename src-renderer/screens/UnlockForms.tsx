// The two ways into a locked vault: the password, or the recovery code (which also sets a
// new password). Both ask for the secret key only when this computer does not have it, and
// both show every error in words, with a live countdown while a lockout runs.

import { useCallback, useState, type FormEvent } from 'react';
import type { OpenVault, WireError } from '../api.js';
import { ErrorAlert } from '../components/Alert.js';
import { Countdown } from '../components/Countdown.js';
import { Field } from '../components/Field.js';
import { NewPasswordFields } from '../components/NewPasswordFields.js';
import { useUnlock } from '../stores/unlock.js';
import { useShallow } from 'zustand/react/shallow';

interface FormProps {
  vaultId: string;
  onOpened(vault: OpenVault): void;
}

function UnlockError({ error, lockedUntil }: { error: WireError; lockedUntil: number | null }) {
  const clearError = useUnlock((s) => s.clearError);
  const onDone = useCallback(() => clearError(), [clearError]);
  if (error.code === 'LOCKED_OUT' && lockedUntil) {
    return (
      <ErrorAlert error={error}>
        To protect your records, Alcove pauses after repeated wrong attempts. You can try again in{' '}
        <Countdown until={lockedUntil} onDone={onDone} />.
      </ErrorAlert>
    );
  }
  return <ErrorAlert error={error} />;
}

function SecretKeyField({ value, onValue }: { value: string; onValue(v: string): void }) {
  return (
    <Field
      label="Secret key"
      hint="From your recovery kit. It starts with AK1-."
      value={value}
      onValue={onValue}
      autoComplete="off"
      className="mono-input"
    />
  );
}

/** For a computer that does not hold the secret key yet: offered among the other ways in. */
export function AskForSecretKeyLink() {
  const { needSecretKey, askForSecretKey } = useUnlock(useShallow((s) => ({ needSecretKey: s.needSecretKey, askForSecretKey: s.askForSecretKey })));
  if (needSecretKey) return null;
  return (
    <button type="button" className="button-link" onClick={askForSecretKey}>
      On a new computer? Enter your secret key
    </button>
  );
}

export function PasswordUnlockForm({ vaultId, onOpened }: FormProps) {
  const { busy, error, needSecretKey, lockedUntil, unlock } = useUnlock(useShallow((s) => ({ busy: s.busy, error: s.error, needSecretKey: s.needSecretKey, lockedUntil: s.lockedUntil, unlock: s.unlock })));
  const [password, setPassword] = useState('');
  const [secretKey, setSecretKey] = useState('');
  const lockedOut = lockedUntil !== null;
  const ready = password.length > 0 && (!needSecretKey || secretKey.trim().length > 0) && !busy && !lockedOut;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    const opened = await unlock({ vaultId, password, ...(needSecretKey ? { secretKey: secretKey.trim() } : {}) });
    if (opened) onOpened(opened);
    else setPassword('');
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Unlock with password">
      {error ? <UnlockError error={error} lockedUntil={lockedUntil} /> : null}
      <Field label="Password" type="password" autoComplete="current-password" value={password} onValue={setPassword} autoFocus />
      {needSecretKey ? <SecretKeyField value={secretKey} onValue={setSecretKey} /> : null}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={!ready} aria-busy={busy}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </div>
    </form>
  );
}

export function RecoveryForm({ vaultId, displayName, onOpened }: FormProps & { displayName: string }) {
  const { busy, error, needSecretKey, lockedUntil, recover } = useUnlock(useShallow((s) => ({ busy: s.busy, error: s.error, needSecretKey: s.needSecretKey, lockedUntil: s.lockedUntil, recover: s.recover })));
  const [recoveryCode, setRecoveryCode] = useState('');
  const [secretKey, setSecretKey] = useState('');
  const [password, setPassword] = useState({ value: '', usable: false });
  const onPassword = useCallback((value: string, usable: boolean) => setPassword({ value, usable }), []);
  const ready =
    recoveryCode.trim().length > 0 && password.usable && (!needSecretKey || secretKey.trim().length > 0) && !busy && lockedUntil === null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    const opened = await recover({
      vaultId,
      recoveryCode: recoveryCode.trim(),
      newPassword: password.value,
      ...(needSecretKey ? { secretKey: secretKey.trim() } : {}),
    });
    if (opened) onOpened(opened);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Unlock with recovery code">
      <p className="lead">Enter the recovery code from your recovery kit, then choose a new password. Your records stay as they are.</p>
      {error ? <UnlockError error={error} lockedUntil={lockedUntil} /> : null}
      <Field
        label="Recovery code"
        hint="28 letters and digits in groups of four, as printed in your kit."
        value={recoveryCode}
        onValue={setRecoveryCode}
        autoComplete="off"
        className="mono-input"
        autoFocus
      />
      {needSecretKey ? <SecretKeyField value={secretKey} onValue={setSecretKey} /> : null}
      <NewPasswordFields label="New password" displayName={displayName} onChange={onPassword} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={!ready} aria-busy={busy}>
          {busy ? 'Recovering…' : 'Set new password and unlock'}
        </button>
      </div>
    </form>
  );
}
