// Creating a vault: a name that tells practitioners apart on a shared laptop, and a strong
// password. The core judges strength; the recovery kit follows on the next screen.

import { useCallback, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../components/Alert.js';
import { Field } from '../components/Field.js';
import { NewPasswordFields } from '../components/NewPasswordFields.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { useCreateVault } from '../stores/create-vault.js';
import { useNavigation } from '../stores/navigation.js';
import { RecoveryKitScreen } from './RecoveryKit.js';
import { useShallow } from 'zustand/react/shallow';

export function CreateVault() {
  const { busy, error, kit, createVault } = useCreateVault(useShallow((s) => ({ busy: s.busy, error: s.error, kit: s.kit, createVault: s.createVault })));
  const go = useNavigation((s) => s.go);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState({ value: '', usable: false });
  const onPassword = useCallback((value: string, usable: boolean) => setPassword({ value, usable }), []);

  if (kit) return <RecoveryKitScreen kit={kit} />;

  const ready = displayName.trim().length > 0 && password.usable && !busy;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (ready) void createVault(displayName.trim(), password.value);
  };

  return (
    <main className="centered" id="main">
      <form className="card" onSubmit={submit} aria-labelledby="create-title" noValidate>
        <p className="brand">Alcove</p>
        <div id="create-title">
          <ScreenHeading>Create your vault</ScreenHeading>
        </div>
        <p className="lead">Your records are encrypted with this password. Only you will know it.</p>
        {error ? <ErrorAlert error={error} /> : null}
        <Field
          label="Vault name"
          hint="Your name or your practice’s. It tells vaults apart when several people use this computer."
          value={displayName}
          onValue={setDisplayName}
          autoComplete="off"
          maxLength={100}
          autoFocus
        />
        <NewPasswordFields label="Password" displayName={displayName.trim() || undefined} onChange={onPassword} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={!ready} aria-busy={busy}>
            {busy ? 'Creating your vault…' : 'Create vault'}
          </button>
          <button type="button" className="button-quiet" onClick={() => go({ name: 'picker' })}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
