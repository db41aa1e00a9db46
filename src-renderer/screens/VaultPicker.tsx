// The first screen: every vault on this computer (several practitioners may share a laptop,
// each with their own vault), and the way to create one.

import { useEffect } from 'react';
import { ErrorAlert } from '../components/Alert.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { useNavigation } from '../stores/navigation.js';
import { useVaultList } from '../stores/vaults.js';
import { useShallow } from 'zustand/react/shallow';

const STATE_NOTE = {
  damaged: 'This vault’s files are damaged. Restore it from a backup.',
  'newer-version': 'This vault was made by a newer Alcove. Update Alcove to open it.',
} as const;

function formatCreated(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : `Created ${date.toLocaleDateString(undefined, { dateStyle: 'long' })}`;
}

export function VaultPicker() {
  const { status, vaults, error, load } = useVaultList(useShallow((s) => ({ status: s.status, vaults: s.vaults, error: s.error, load: s.load })));
  const go = useNavigation((s) => s.go);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main className="centered" id="main">
      <section className="card card-wide" aria-labelledby="picker-title">
        <p className="brand">Alcove</p>
        <div id="picker-title">
          <ScreenHeading>{vaults.length > 0 ? 'Choose your vault' : 'Welcome to Alcove'}</ScreenHeading>
        </div>
        {error ? <ErrorAlert error={error} /> : null}
        {status === 'ready' && vaults.length === 0 ? (
          <p className="lead">
            Alcove keeps your clinical records encrypted on this computer. Nothing leaves it unless you decide so. Start by
            creating your vault: it takes a minute.
          </p>
        ) : null}
        {vaults.length > 0 ? (
          <ul className="vault-list" aria-label="Vaults on this computer">
            {vaults.map((v) => (
              <li key={v.vaultId}>
                <button
                  type="button"
                  className="vault-item"
                  disabled={v.state !== 'ready'}
                  onClick={() => go({ name: 'unlock', vault: { vaultId: v.vaultId, displayName: v.displayName }, mode: 'password' })}
                >
                  <span className="vault-name">{v.displayName}</span>
                  <span className="vault-meta">{v.state === 'ready' ? formatCreated(v.createdAt) : STATE_NOTE[v.state]}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="actions">
          <button type="button" className={vaults.length > 0 ? 'button-secondary' : 'button-primary'} onClick={() => go({ name: 'create' })}>
            Create a new vault
          </button>
        </div>
      </section>
    </main>
  );
}
