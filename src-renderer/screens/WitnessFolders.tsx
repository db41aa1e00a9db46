// Settings → Copies of the audit checkpoints (issue 12). Every signed checkpoint of the audit
// log is also kept outside the vault, so a rewritten log is caught; this panel lists where, and
// adds a second place of the therapist's choosing (a backup drive, a synced folder).

import { useEffect } from 'react';
import { ErrorAlert } from '../components/Alert.js';
import { useWitnessFolders } from '../stores/witness-folders.js';
import { useShallow } from 'zustand/react/shallow';

export function WitnessFolders() {
  const { busy, error, keyFolder, folders } = useWitnessFolders(
    useShallow((s) => ({ busy: s.busy, error: s.error, keyFolder: s.keyFolder, folders: s.folders })),
  );
  useEffect(() => {
    void useWitnessFolders.getState().load();
  }, []);

  return (
    <section className="panel" aria-labelledby="witness-title">
      <h2 id="witness-title">Copies of the audit checkpoints</h2>
      <p>
        Each time the vault locks, and once a day while it is open, Alcove signs the state of the audit log and keeps a copy
        outside the vault. Verifying the log checks it against every copy, so a log rewritten later is caught. Add a second
        place, such as your backup drive, so a copy survives even if this computer&apos;s folder is lost.
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      <ul className="witness-folders" aria-label="Folders that keep copies">
        {keyFolder ? (
          <li>
            <span className="witness-path">{keyFolder}</span> <span className="muted">(beside the vault&apos;s keys, always)</span>
          </li>
        ) : null}
        {folders.map((folder) => (
          <li key={folder}>
            <span className="witness-path">{folder}</span>{' '}
            <button type="button" className="button-link" disabled={busy} onClick={() => void useWitnessFolders.getState().remove(folder)} aria-label={`Stop keeping copies in ${folder}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button-secondary" disabled={busy} aria-busy={busy} onClick={() => void useWitnessFolders.getState().add()}>
          {busy ? 'Waiting for a folder…' : 'Add a folder…'}
        </button>
      </div>
    </section>
  );
}
