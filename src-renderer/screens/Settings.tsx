// Settings for the open vault: the practitioner profile (who signs), change the password (the
// data is not re-encrypted; only the password's key slot is rewritten) and the automatic lock.

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { OpenVault } from '../api.js';
import { ErrorAlert, Notice } from '../components/Alert.js';
import { Field } from '../components/Field.js';
import { NewPasswordFields } from '../components/NewPasswordFields.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { LockSettingsPanel } from '../lock/LockSettingsPanel.js';
import { ProfileForm } from './ProfileForm.js';
import { useSettings } from '../stores/settings.js';

function ChangePassword({ vault }: { vault: OpenVault }) {
  const { busy, error, passwordChanged, changePassword, dismiss } = useSettings();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState({ value: '', usable: false });
  // Remounting the new-password fields after success empties them.
  const [round, setRound] = useState(0);
  const onNext = useCallback((value: string, usable: boolean) => setNext({ value, usable }), []);
  useEffect(() => dismiss, [dismiss]);
  const ready = current.length > 0 && next.usable && !busy;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    const ok = await changePassword({ vaultId: vault.vaultId, oldPassword: current, newPassword: next.value });
    setCurrent('');
    if (ok) setRound((r) => r + 1);
  };

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="change-password-title">
      <h2 id="change-password-title">Change password</h2>
      <p>Your records stay as they are; only the way into them changes. Use the new password next time you unlock.</p>
      {error ? <ErrorAlert error={error} /> : null}
      {passwordChanged ? <Notice>Password changed. Use your new password next time you unlock.</Notice> : null}
      <Field label="Current password" type="password" autoComplete="current-password" value={current} onValue={setCurrent} />
      <NewPasswordFields key={round} label="New password" displayName={vault.displayName} onChange={onNext} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={!ready} aria-busy={busy}>
          {busy ? 'Changing password…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}

export function SettingsSection({ vault }: { vault: OpenVault }) {
  return (
    <>
      <ScreenHeading>Settings</ScreenHeading>
      <ProfileForm />
      <ChangePassword vault={vault} />
      <LockSettingsPanel />
    </>
  );
}
