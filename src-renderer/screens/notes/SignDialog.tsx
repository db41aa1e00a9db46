// Confirming a signature: who signs (the practitioner profile's name and credentials, as the
// signature will keep them), when, and that the note becomes read-only (corrections are
// amendments from then on). Without a name and credentials there is nothing to sign with:
// the dialog says so and leads to the profile instead. A native modal dialog: focus stays
// inside, Escape cancels.

import { useEffect } from 'react';
import { useModalDialog } from '../../components/useModalDialog.js';
import { formatSignedAt } from '../../records/dates.js';
import { signerName } from '../../records/signature.js';
import { selectReadyToSign, useProfile } from '../../stores/profile.js';
import { useWorkspace } from '../../stores/workspace.js';

function ProfileNeeded({ noun, onCancel }: { noun: string; onCancel: () => void }) {
  const toProfile = () => {
    onCancel();
    useWorkspace.getState().show('settings');
  };
  return (
    <>
      <h2 id="sign-title">Sign this {noun}?</h2>
      <div id="sign-desc" className="alert alert-error" role="alert" data-testid="profile-needed">
        <p className="alert-title">Add your name and credentials first</p>
        <p>
          A signed {noun} names the person who signs it. Your practitioner profile has no name or no credentials yet. The {noun} stays a
          draft, with everything you wrote.
        </p>
      </div>
      <div className="actions">
        <button type="button" className="button-primary" onClick={toProfile} autoFocus>
          Open practitioner profile
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

export function SignDialog({
  open,
  what,
  busy,
  onSign,
  onCancel,
}: {
  open: boolean;
  what: 'note' | 'plan';
  busy: boolean;
  onSign: () => void;
  onCancel: () => void;
}) {
  const ref = useModalDialog(open);
  const profile = useProfile((s) => s.profile);
  const ready = useProfile(selectReadyToSign);
  const noun = what === 'note' ? 'note' : 'treatment plan';
  // Who signs is asked afresh each time the dialog opens: the profile may have changed.
  useEffect(() => {
    if (open) void useProfile.getState().load();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="sign-title" aria-describedby="sign-desc" onClose={onCancel}>
      {profile && !ready ? (
        <ProfileNeeded noun={noun} onCancel={onCancel} />
      ) : (
        <>
          <h2 id="sign-title">Sign this {noun}?</h2>
          <div id="sign-desc">
            <dl className="facts">
              <div>
                <dt>Signed by</dt>
                <dd data-testid="signer">{profile ? signerName(profile) : '…'}</dd>
              </div>
              <div>
                <dt>Date</dt>
                <dd>{formatSignedAt(Date.now())}</dd>
              </div>
            </dl>
            <p>
              Once signed, this {noun} becomes <strong>read-only</strong>.{' '}
              {what === 'note' ? 'Corrections are added as amendments; the original stays as signed.' : 'Changes start a new version; this one stays as signed.'}
            </p>
          </div>
          <div className="actions">
            <button type="button" className="button-primary" onClick={onSign} disabled={busy || !profile} autoFocus>
              {busy ? 'Signing…' : `Sign ${noun}`}
            </button>
            <button type="button" className="button-quiet" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
