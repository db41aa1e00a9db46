// The highlight the clinician picked: what it is and why it is there, and the one thing that
// can be done with it: keep a found span as written (a reason is required), redact a kept one
// again, or take out a span added by hand.

import { useState, type FormEvent } from 'react';
import { Field } from '../Field.js';
import { CATEGORY_INFO, type Redaction } from './model.js';

export const REASON_HINT = 'Say why, in a few words. It is recorded with the export.';

function foundBy(source: string): string {
  if (source === 'context') return 'It matches something in the client’s record.';
  return 'Found by Alcove’s de-identification rules.';
}

export function SpanPanel({
  text,
  span,
  onKeep,
  onUndoKeep,
  onRemove,
}: {
  text: string;
  span: Redaction | null;
  onKeep: (id: string, reason: string) => void;
  onUndoKeep: (id: string) => void;
  onRemove: (id: string) => void;
}) {
  const [keeping, setKeeping] = useState<string | null>(null);
  const [reason, setReason] = useState('');

  if (!span) {
    return (
      <section className="panel redaction-side" aria-labelledby="redaction-picked-title">
        <h2 id="redaction-picked-title">Selected passage</h2>
        <p className="muted">Choose a highlighted passage to see why it is redacted, or to keep it as written.</p>
      </section>
    );
  }
  const words = text.slice(span.start, span.end);
  const label = CATEGORY_INFO[span.category].label;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return;
    onKeep(span.id, reason.trim());
    setKeeping(null);
    setReason('');
  };

  return (
    <section className="panel redaction-side" aria-labelledby="redaction-picked-title" data-testid="redaction-picked">
      <h2 id="redaction-picked-title">Selected passage</h2>
      <p className="redaction-quote">“{words}”</p>
      <p>
        <span className={`redaction-swatch redaction-${CATEGORY_INFO[span.category].family}`} aria-hidden="true" /> {label}
      </p>
      {span.kept ? (
        <>
          <p>
            Kept as written. Your reason: <q>{span.kept.reason}</q>
          </p>
          <button type="button" className="button-secondary" onClick={() => onUndoKeep(span.id)}>
            Redact again
          </button>
        </>
      ) : span.added ? (
        <>
          <p>
            Added by you. Your reason: <q>{span.added.reason}</q>
          </p>
          <button type="button" className="button-secondary" onClick={() => onRemove(span.id)}>
            Remove this redaction
          </button>
        </>
      ) : keeping === span.id ? (
        <form onSubmit={submit} aria-label="Keep this text">
          <Field label="Why keep it?" hint={REASON_HINT} value={reason} onValue={setReason} required maxLength={500} autoFocus placeholder="e.g. ordinary word, not a name" />
          <div className="actions">
            <button type="submit" className="button-primary" disabled={!reason.trim()}>
              Keep as written
            </button>
            <button type="button" className="button-quiet" onClick={() => setKeeping(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="muted">{foundBy(span.source)}</p>
          <button type="button" className="button-secondary" onClick={() => setKeeping(span.id)}>
            Keep this text
          </button>
        </>
      )}
    </section>
  );
}
