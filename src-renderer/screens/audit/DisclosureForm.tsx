// Recording a disclosure made outside Alcove (a fax to a court, a letter to an insurer, a
// phone call): every field but the address is required; what is missing is said next to the
// field, and anything the core refuses is said in words above the buttons. What is typed is a
// draft (useDraft) until the disclosure is recorded or the form cancelled.

import { useId, useState, type FormEvent } from 'react';
import type { WireError } from '../../api.js';
import { ErrorAlert } from '../../components/Alert.js';
import { todayIso } from '../../records/dates.js';
import { useDraft } from '../../lock/drafts.js';
import type { DisclosureInput } from '../../stores/audit-disclosures.js';

type Key = keyof DisclosureInput;

const FIELDS: { key: Key; label: string; hint?: string; missing: string; multiline?: boolean; type?: string; maxLength: number }[] = [
  { key: 'disclosedOn', label: 'Date of disclosure', type: 'date', missing: 'Enter the date the information was disclosed.', maxLength: 10 },
  { key: 'recipientName', label: 'Recipient', hint: 'The person or organisation who received it.', missing: 'Enter who received the information.', maxLength: 200 },
  { key: 'recipientAddress', label: 'Recipient’s address (if known)', missing: '', multiline: true, maxLength: 500 },
  { key: 'description', label: 'What was disclosed', hint: 'For example: attendance dates, January to March.', missing: 'Describe what was disclosed.', multiline: true, maxLength: 2000 },
  { key: 'purpose', label: 'Purpose', hint: 'Why it was disclosed, or a copy of the request.', missing: 'Enter the purpose of the disclosure.', multiline: true, maxLength: 1000 },
  { key: 'basis', label: 'Basis (consent or law)', hint: 'The signed authorization, court order or law that allowed it.', missing: 'Enter the consent or law it relied on.', maxLength: 1000 },
  { key: 'method', label: 'How it was sent', hint: 'Fax, mail, phone, in person…', missing: 'Enter how it was sent.', maxLength: 200 },
];

const blank = (): Record<Key, string> => ({ disclosedOn: todayIso(), recipientName: '', recipientAddress: '', description: '', purpose: '', basis: '', method: '' });

export function DisclosureForm({ clientId, onRecord, onDone }: { clientId: string; onRecord: (input: DisclosureInput) => Promise<WireError | null>; onDone: () => void }) {
  const id = useId();
  const draft = useDraft(`disclosure:${clientId}`, blank, clientId);
  const values = draft.value;
  const [missing, setMissing] = useState<Set<Key>>(new Set());
  const [error, setError] = useState<WireError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const gaps = new Set(FIELDS.filter((f) => f.missing && !values[f.key].trim()).map((f) => f.key));
    setMissing(gaps);
    setError(null);
    if (gaps.size > 0) {
      const first = FIELDS.find((f) => gaps.has(f.key));
      if (first) document.getElementById(`${id}-${first.key}`)?.focus();
      return;
    }
    setBusy(true);
    const address = values.recipientAddress.trim();
    const refused = await onRecord({
      disclosedOn: values.disclosedOn,
      recipientName: values.recipientName.trim(),
      ...(address ? { recipientAddress: address } : {}),
      description: values.description.trim(),
      purpose: values.purpose.trim(),
      basis: values.basis.trim(),
      method: values.method.trim(),
    });
    setBusy(false);
    if (refused) setError(refused);
    else {
      await draft.discard(blank());
      onDone();
    }
  };

  return (
    <form className="panel disclosure-form no-print" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={`${id}-title`}>Record a disclosure made outside Alcove</h2>
      <p className="muted">It will appear in this client’s accounting. Disclosures cannot be edited or removed once recorded.</p>
      <div className="disclosure-grid">
        {FIELDS.map((f) => {
          const fieldId = `${id}-${f.key}`;
          const gap = missing.has(f.key);
          const describedBy = [f.hint ? `${fieldId}-hint` : '', gap ? `${fieldId}-error` : ''].filter(Boolean).join(' ') || undefined;
          const common = {
            id: fieldId,
            value: values[f.key],
            maxLength: f.maxLength,
            'aria-describedby': describedBy,
            'aria-invalid': gap ? true : undefined,
            'aria-required': f.missing ? true : undefined,
          };
          const onValue = (v: string) => draft.set((s) => ({ ...s, [f.key]: v }));
          return (
            <div key={f.key} className={f.multiline ? 'field disclosure-wide' : 'field'}>
              <label htmlFor={fieldId}>{f.label}</label>
              {f.hint ? (
                <p className="field-hint" id={`${fieldId}-hint`}>
                  {f.hint}
                </p>
              ) : null}
              {f.multiline ? (
                <textarea {...common} rows={2} onChange={(e) => onValue(e.target.value)} />
              ) : (
                <input {...common} type={f.type ?? 'text'} onChange={(e) => onValue(e.target.value)} />
              )}
              {gap ? (
                <p className="field-error" id={`${fieldId}-error`}>
                  {f.missing}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Recording…' : 'Record disclosure'}
        </button>
        <button type="button" className="button-quiet" onClick={() => void draft.discard(blank()).finally(onDone)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
