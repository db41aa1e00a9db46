// Confirming a signature: who signs, when, and that the note becomes read-only (corrections
// are amendments from then on). A native modal dialog: focus stays inside, Escape cancels.

import { useModalDialog } from '../../components/useModalDialog.js';
import { formatStamp } from '../../records/dates.js';

export function SignDialog({
  open,
  signer,
  what,
  busy,
  onSign,
  onCancel,
}: {
  open: boolean;
  signer: string;
  what: 'note' | 'plan';
  busy: boolean;
  onSign(): void;
  onCancel(): void;
}) {
  const ref = useModalDialog(open);
  const noun = what === 'note' ? 'note' : 'treatment plan';
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="sign-title" aria-describedby="sign-desc" onClose={onCancel}>
      <h2 id="sign-title">Sign this {noun}?</h2>
      <div id="sign-desc">
        <dl className="facts">
          <div>
            <dt>Signed by</dt>
            <dd data-testid="signer">{signer}</dd>
          </div>
          <div>
            <dt>Date</dt>
            <dd>{formatStamp(Date.now())}</dd>
          </div>
        </dl>
        <p>
          Once signed, this {noun} becomes <strong>read-only</strong>.{' '}
          {what === 'note' ? 'Corrections are added as amendments; the original stays as signed.' : 'Changes start a new version; this one stays as signed.'}
        </p>
      </div>
      <div className="actions">
        <button type="button" className="button-primary" onClick={onSign} disabled={busy} autoFocus>
          {busy ? 'Signing…' : `Sign ${noun}`}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
