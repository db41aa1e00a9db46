// "Verify now" and "Sign a checkpoint". Verifying recomputes the log's hashes and checks every
// kept checkpoint (and, if given, one an auditor kept from earlier); the result is told in
// words — every check, and for a failure what failed and where. A checkpoint is a small signed
// file ("N entries, root R, at time T") an auditor keeps to prove later that the log was not
// rolled back or rewritten; it is offered for saving and shown for copying.

import { useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { call, type ApiInput, type ApiOutput, type WireError } from '../../api.js';
import { ErrorAlert } from '../../components/Alert.js';
import { SaveOrCopy } from './SaveOrCopy.js';

type Verification = ApiOutput<'audit.verify'>;
type CheckpointFile = ApiOutput<'audit.checkpoint'>;
type OldCheckpoint = NonNullable<ApiInput<'audit.verify'>['oldCheckpoint']>;

const stamp = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const day = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

/**
 * Exactly what a passing verification rests on (issue 12): the log's own signatures only, which
 * someone holding the password could forge, or checkpoints kept outside the vault (witness
 * files, a checkpoint given here), which they could not.
 */
export function witnessHeadline(result: Pick<Verification, 'witnesses'>): string {
  const witnesses = result.witnesses ?? [];
  if (witnesses.length === 0) return 'Consistent with its own signatures';
  const newest = witnesses.reduce((a, b) => (b.signedAt > a.signedAt ? b : a));
  const n = witnesses.length;
  return `Consistent with ${n} outside ${n === 1 ? 'checkpoint' : 'checkpoints'}, the newest from ${day.format(new Date(newest.signedAt))}`;
}

function Result({ result }: { result: Verification }) {
  return (
    <div className={result.ok ? 'verify-result verify-ok' : 'verify-result verify-failed'} data-testid="verify-result">
      {result.ok ? (
        <p className="verify-headline">{witnessHeadline(result)}</p>
      ) : (
        <>
          <p className="verify-headline">Verification failed: the audit log has been changed outside Alcove.</p>
          {result.failure ? (
            <dl className="verify-failure">
              <div>
                <dt>What failed</dt>
                <dd>{capital(result.failure.what)}</dd>
              </div>
              <div>
                <dt>Where</dt>
                <dd>{capital(result.failure.where)}</dd>
              </div>
            </dl>
          ) : null}
          <p>Keep this computer as it is and tell your practice’s security officer; export the log for an auditor before anything else changes.</p>
        </>
      )}
      <ul className="verify-checks" aria-label="Checks">
        {result.checks.map((c, i) => (
          <li key={i} className={c.ok ? 'check-ok' : 'check-failed'}>
            <span className="check-mark" aria-hidden="true">
              {c.ok ? '✓' : '✗'}
            </span>
            <span>
              <strong>
                {capital(c.name)}: {c.ok ? 'passed' : 'failed'}
              </strong>{' '}
              — {c.detail}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function checkpointFilename(cp: CheckpointFile): string {
  const d = new Date(cp.checkpoint.time);
  return `alcove-audit-checkpoint-${d.toISOString().slice(0, 10)}-${cp.checkpoint.logSize}.json`;
}

export function VerifyPanel({ onVerified, aside }: { onVerified(): void; aside?: ReactNode }) {
  const [busy, setBusy] = useState<'verify' | 'checkpoint' | null>(null);
  const [result, setResult] = useState<Verification | null>(null);
  const [checkpoint, setCheckpoint] = useState<CheckpointFile | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const [kept, setKept] = useState<{ name: string; checkpoint: OldCheckpoint } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const verify = async () => {
    setBusy('verify');
    setError(null);
    setResult(null);
    const r = await call('audit.verify', kept ? { oldCheckpoint: kept.checkpoint } : {});
    setBusy(null);
    if (r.ok) setResult(r.value);
    else setError(r.error);
    onVerified();
  };

  const sign = async () => {
    setBusy('checkpoint');
    setError(null);
    const r = await call('audit.checkpoint', {});
    setBusy(null);
    if (r.ok) setCheckpoint(r.value);
    else setError(r.error);
    onVerified();
  };

  const pickKept = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setError(null);
    if (!file) return setKept(null);
    try {
      // The core checks the shape strictly; a file that is not a checkpoint is refused there.
      setKept({ name: file.name, checkpoint: JSON.parse(await file.text()) as OldCheckpoint });
    } catch {
      setKept(null);
      setError({ code: 'VALIDATION_FAILED', message: `${file.name} is not a checkpoint file (it is not JSON). Choose the .json file Alcove saved.` });
    }
  };

  return (
    <section className="panel verify-panel" aria-labelledby="verify-title">
      <div className="audit-tools-row">
        <div className="audit-tools-group">
          <h2 id="verify-title">Is the log intact?</h2>
          <div className="actions no-print">
            <button type="button" className="button-primary" onClick={() => void verify()} disabled={busy !== null}>
              {busy === 'verify' ? 'Verifying…' : 'Verify now'}
            </button>
            <button type="button" className="button-secondary" onClick={() => void sign()} disabled={busy !== null}>
              {busy === 'checkpoint' ? 'Signing…' : 'Sign a checkpoint'}
            </button>
          </div>
          <details className="verify-more no-print" open={kept !== null ? true : undefined}>
            <summary>What these do, and checking against a checkpoint you kept</summary>
            <p className="field-hint">
              Verifying recomputes every entry’s hash and checks the signed checkpoints. A checkpoint is a small signed file to keep
              somewhere else, or to give an auditor: later it proves the log was not rewritten or rolled back.
            </p>
            <div className="field verify-kept">
              <label htmlFor="verify-kept">A checkpoint you kept (optional)</label>
              <input id="verify-kept" ref={fileInput} type="file" accept=".json,application/json" onChange={(e) => void pickKept(e)} />
              {kept ? (
                <p className="field-hint">
                  “Verify now” will also prove this log extends {kept.name} ({kept.checkpoint.checkpoint.logSize.toLocaleString()} entries).{' '}
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => {
                      setKept(null);
                      if (fileInput.current) fileInput.current.value = '';
                    }}
                  >
                    Don’t use it
                  </button>
                </p>
              ) : null}
            </div>
          </details>
        </div>
        {aside}
      </div>
      <div role="status" aria-live="polite">
        {busy === 'verify' ? <p className="muted">Checking every entry…</p> : null}
        {result ? <Result result={result} /> : null}
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {checkpoint ? (
        <div className="checkpoint" data-testid="checkpoint">
          <p>
            <strong>Checkpoint signed</strong>: {checkpoint.checkpoint.logSize.toLocaleString()} entries at{' '}
            {stamp.format(new Date(checkpoint.checkpoint.time))}, root <code>{checkpoint.checkpoint.rootHash.slice(0, 16)}…</code>, key{' '}
            <code>{checkpoint.checkpoint.keyId}</code>.
          </p>
          <SaveOrCopy
            label="Checkpoint file"
            saveLabel="Save checkpoint file"
            text={`${JSON.stringify(checkpoint, null, 2)}\n`}
            filename={checkpointFilename(checkpoint)}
            type="application/json"
            rows={6}
          />
        </div>
      ) : null}
    </section>
  );
}
