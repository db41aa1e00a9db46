// Settings → Recovery code: replace the code in the recovery kit with a new one, proved by the
// password (issue 12: a code that may have been seen is revoked without recovering the vault).
// The new code is shown once, the way the recovery kit shows it; the old one stops working.

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { OpenVault } from '../api.js';
import { ErrorAlert } from '../components/Alert.js';
import { Field } from '../components/Field.js';
import { KitDetails } from './RecoveryKit.js';
import { useRecoveryCode } from '../stores/recovery-code.js';

export function NewRecoveryCode({ vault }: { vault: OpenVault }) {
  const busy = useRecoveryCode((s) => s.busy);
  const error = useRecoveryCode((s) => s.error);
  const recoveryCode = useRecoveryCode((s) => s.recoveryCode);
  const [password, setPassword] = useState('');
  const shown = useRef<HTMLHeadingElement>(null);
  useEffect(() => useRecoveryCode.getState().dismiss, []);
  // The new code appears where the form was: keyboard and screen-reader users land on it.
  useEffect(() => {
    if (recoveryCode) shown.current?.focus();
  }, [recoveryCode]);
  const ready = password.length > 0 && !busy;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    await useRecoveryCode.getState().replace({ vaultId: vault.vaultId, password });
    setPassword('');
  };

  if (recoveryCode) {
    return (
      <section className="panel recovery-kit" aria-labelledby="new-code-title">
        <h2 id="new-code-title" ref={shown} tabIndex={-1}>
          Your new recovery code
        </h2>
        <p role="status">Your old recovery code no longer works; keep this one with your recovery kit in its place.</p>
        <KitDetails displayName={vault.displayName} recoveryCode={recoveryCode} />
        <p className="muted">Alcove shows it only now. Write it down or print it before you go on.</p>
        <div className="actions">
          <button type="button" className="button-primary" onClick={() => useRecoveryCode.getState().dismiss()}>
            I have kept the new code
          </button>
        </div>
      </section>
    );
  }

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="recovery-code-title">
      <h2 id="recovery-code-title">Recovery code</h2>
      <p>
        If your recovery kit may have been seen, make a new recovery code. The old one stops working at once; your password and
        records stay as they are.
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      <Field label="Your password" type="password" autoComplete="current-password" value={password} onValue={setPassword} />
      <div className="actions">
        <button type="submit" className="button-secondary" disabled={!ready} aria-busy={busy}>
          {busy ? 'Making a new code…' : 'Make a new recovery code'}
        </button>
      </div>
    </form>
  );
}
