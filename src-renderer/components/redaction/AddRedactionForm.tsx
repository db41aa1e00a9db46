// Redact something the rules missed: text selected in the document with the mouse, or (the
// keyboard path) a word or phrase typed here, which redacts every place it occurs. A category
// and a reason are required; overlaps with found spans merge, text already covered is refused.

import { useEffect, useId, useState, type FormEvent } from 'react';
import { Field } from '../Field.js';
import { CATEGORIES, CATEGORY_INFO, occurrences, type Category, type Redaction } from './model.js';
import { REASON_HINT } from './SpanPanel.js';
import type { Picked } from '../../stores/redaction-preview.js';

export function AddRedactionForm({
  text,
  spans,
  picked,
  onPick,
  onAdd,
}: {
  text: string;
  spans: Redaction[];
  picked: Picked | null;
  onPick: (range: Picked | null) => void;
  onAdd: (target: { range: Picked } | { find: string }, category: Category, reason: string) => string | null;
}) {
  const [find, setFind] = useState('');
  const [category, setCategory] = useState<Category | ''>('');
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState('');
  const selectId = useId();

  // A mouse selection in the document fills the field; typing in it goes back to finding.
  useEffect(() => {
    if (picked) {
      setFind(text.slice(picked.start, picked.end));
      setRefusal('');
    }
  }, [picked, text]);

  const places = picked ? [picked] : occurrences(text, find);
  const found = places.length;
  const covered = places.filter((o) => spans.some((s) => !s.kept && s.start <= o.start && o.end <= s.end)).length;
  const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
  const scope = picked
    ? 'Only the place you selected in the document.'
    : !find.trim()
      ? 'Type a word or phrase, or select text in the document with the mouse.'
      : found === 0
        ? 'Not found in this text.'
        : covered === found
          ? `Occurs ${times(found)}, already redacted.`
          : `Occurs ${times(found)}; every place is redacted${covered ? ` (${covered} already are)` : ''}.`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!category || !reason.trim() || !find.trim()) return;
    const refused = onAdd(picked ? { range: picked } : { find }, category, reason.trim());
    if (refused) return setRefusal(refused);
    setRefusal('');
    setFind('');
    setReason('');
  };

  return (
    <section className="panel redaction-side" aria-labelledby="redaction-add-title">
      <h2 id="redaction-add-title">Redact by hand</h2>
      <form onSubmit={submit} aria-labelledby="redaction-add-title">
        <Field
          label="Text to redact"
          hint={scope}
          value={find}
          onValue={(v) => {
            setFind(v);
            if (picked) onPick(null);
          }}
          maxLength={500}
          autoComplete="off"
        />
        <div className="field">
          <label htmlFor={selectId}>Category</label>
          <select id={selectId} value={category} onChange={(e) => setCategory(e.target.value as Category | '')} required>
            <option value="">Choose a category…</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_INFO[c].label}
              </option>
            ))}
          </select>
        </div>
        <Field label="Why redact it?" hint={REASON_HINT} value={reason} onValue={setReason} maxLength={500} placeholder="e.g. the client’s employer" />
        {refusal ? (
          <p className="redaction-refusal" role="alert">
            {refusal}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button-primary" disabled={!category || !reason.trim() || !find.trim() || found === 0}>
            Redact
          </button>
        </div>
      </form>
    </section>
  );
}
