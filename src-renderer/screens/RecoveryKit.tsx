// The recovery kit, shown once: the secret key and the recovery code. The therapist prints
// it or saves it as a PDF (the print stylesheet leaves only the kit on the page) and says
// they kept it before moving on; after that Alcove forgets both.

import { useId, useState } from 'react';
import type { RecoveryKit } from '../api.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { useCreateVault } from '../stores/create-vault.js';
import { useNavigation } from '../stores/navigation.js';

/**
 * The kit's contents, as the therapist keeps them: the vault, the day, the secret key (only
 * when the vault is new) and the recovery code, each with a line on what it is for. Settings
 * shows it again, without the secret key, when a new recovery code replaces the old one.
 */
export function KitDetails({ displayName, secretKey, recoveryCode }: { displayName: string; secretKey?: string; recoveryCode: string }) {
  const today = new Date().toLocaleDateString(undefined, { dateStyle: 'long' });
  return (
    <>
      <dl className="kit">
        <div>
          <dt>Vault</dt>
          <dd>{displayName}</dd>
        </div>
        <div>
          <dt>{secretKey === undefined ? 'Made' : 'Created'}</dt>
          <dd>{today}</dd>
        </div>
        {secretKey === undefined ? null : (
          <div>
            <dt>Secret key</dt>
            <dd className="secret" data-testid="secret-key">
              {secretKey}
            </dd>
          </div>
        )}
        <div>
          <dt>Recovery code</dt>
          <dd className="secret" data-testid="recovery-code">
            {recoveryCode}
          </dd>
        </div>
      </dl>
      <ul className="kit-notes">
        {secretKey === undefined ? null : (
          <li>
            <strong>Secret key:</strong> this computer keeps it for you. You will need it to open the vault on another
            computer, or if this computer cannot keep it safely.
          </li>
        )}
        <li>
          <strong>Recovery code:</strong> opens the vault if you forget your password. Nobody else can open it for
          you — not even Alcove’s makers.
        </li>
      </ul>
    </>
  );
}

export function RecoveryKitScreen({ kit }: { kit: RecoveryKit }) {
  const forgetKit = useCreateVault((s) => s.forgetKit);
  const go = useNavigation((s) => s.go);
  const [saved, setSaved] = useState(false);
  const checkId = useId();

  const done = () => {
    forgetKit();
    go({ name: 'unlock', vault: { vaultId: kit.vaultId, displayName: kit.displayName }, mode: 'password' });
  };

  return (
    <main className="centered" id="main">
      <section className="card card-wide recovery-kit" aria-labelledby="kit-title">
        <p className="brand">Alcove</p>
        <div id="kit-title">
          <ScreenHeading>Your recovery kit</ScreenHeading>
        </div>
        <p className="lead no-print">
          This is the only time Alcove shows these. Print this page or save it as a PDF, and keep it somewhere safe away
          from this computer.
        </p>
        <KitDetails displayName={kit.displayName} secretKey={kit.secretKey} recoveryCode={kit.recoveryCode} />
        <div className="actions no-print">
          <button type="button" className="button-secondary" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
        <div className="check no-print">
          <input id={checkId} type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />
          <label htmlFor={checkId}>I have saved my recovery kit somewhere safe</label>
        </div>
        <div className="actions no-print">
          <button type="button" className="button-primary" disabled={!saved} onClick={done}>
            Continue to unlock
          </button>
        </div>
      </section>
    </main>
  );
}
