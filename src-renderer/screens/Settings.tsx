// Settings for the open vault: the practitioner profile (who signs), change the password (only
// the password's key slot is rewritten, unless the data key is replaced too), a new recovery
// code, where copies of the audit checkpoints are kept, and the automatic lock.

import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { OpenVault } from '../api.js';
import { ErrorAlert, Notice } from '../components/Alert.js';
import { Field } from '../components/Field.js';
import { NewPasswordFields } from '../components/NewPasswordFields.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { LockSettingsPanel } from '../lock/LockSettingsPanel.js';
import { NewRecoveryCode } from './NewRecoveryCode.js';
import { WitnessFolders } from './WitnessFolders.js';
import { ProfileForm } from './ProfileForm.js';
import { useSettings } from '../stores/settings.js';
import { useShallow } from 'zustand/react/shallow';

function ChangePassword({ vault }: { vault: OpenVault }) {
  const { busy, error, passwordChanged, newRecoveryCode, changePassword, dismiss } = useSettings(useShallow((s) => ({ busy: s.busy, error: s.error, passwordChanged: s.passwordChanged, newRecoveryCode: s.newRecoveryCode, changePassword: s.changePassword, dismiss: s.dismiss })));
  const [current, setCurrent] = useState('');
  const [rotate, setRotate] = useState(false);
  const rotateId = useId();
  const [next, setNext] = useState({ value: '', usable: false });
  // Remounting the new-password fields after success empties them.
  const [round, setRound] = useState(0);
  const onNext = useCallback((value: string, usable: boolean) => setNext({ value, usable }), []);
  useEffect(() => dismiss, [dismiss]);
  const ready = current.length > 0 && next.usable && !busy;

  // Fire-and-forget from onSubmit: call() never rejects, a failure lands in the store's error.

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    const ok = await changePassword({ vaultId: vault.vaultId, oldPassword: current, newPassword: next.value, ...(rotate ? { rotateDataKey: true } : {}) });
    setCurrent('');
    if (ok) {
      setRound((r) => r + 1);
      setRotate(false);
    }
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="change-password-title">
      <h2 id="change-password-title">Change password</h2>
      <p>Your records stay as they are; only the way into them changes. Use the new password next time you unlock.</p>
      {error ? <ErrorAlert error={error} /> : null}
      {passwordChanged && !newRecoveryCode ? <Notice>Password changed. Use your new password next time you unlock.</Notice> : null}
      {passwordChanged && newRecoveryCode ? (
        <Notice>
          Password changed and the data key replaced. Your old recovery code no longer works; this is your new one:{' '}
          <strong data-testid="new-recovery-code">
            {newRecoveryCode}
          </strong>
          . Keep it with your recovery kit in place of the old code; it is shown only now.
        </Notice>
      ) : null}
      <Field label="Current password" type="password" autoComplete="current-password" value={current} onValue={setCurrent} />
      <NewPasswordFields key={round} label="New password" displayName={vault.displayName} onChange={onNext} />
      <label className="check">
        <input type="checkbox" checked={rotate} onChange={(e) => setRotate(e.target.checked)} aria-describedby={rotateId} />
        Also replace the data key
      </label>
      <p className="field-hint check-hint" id={rotateId}>
        Makes any old copy of this vault’s header useless with the old password; takes a moment longer.
      </p>
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
      <NewRecoveryCode vault={vault} />
      <WitnessFolders />
      <LockSettingsPanel />
    </>
  );
}
