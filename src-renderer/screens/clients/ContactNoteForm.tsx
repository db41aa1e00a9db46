// A contact note: a call, a message or a collateral contact, recorded in a few lines and
// shown in the timeline. What is typed is a draft (useDraft) until it is saved or cancelled.

import { useState, type FormEvent } from 'react';
import { call, type WireError } from '../../api.js';
import { ErrorAlert } from '../../components/Alert.js';
import { FormActions } from '../../components/FormActions.js';
import { Field } from '../../components/Field.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { todayIso } from '../../records/dates.js';
import { useDraft } from '../../lock/drafts.js';

type Kind = 'call' | 'message' | 'collateral' | 'other';
interface ContactDraft {
  kind: Kind;
  occurredOn: string;
  withWhom: string;
  text: string;
}
export const CONTACT_KINDS: Record<Kind, string> = { call: 'Phone call', message: 'Message', collateral: 'Collateral contact', other: 'Contact' };

export function ContactNoteForm({ clientId, onSaved, onCancel }: { clientId: string; onSaved: () => void; onCancel: () => void }) {
  const draft = useDraft<ContactDraft>(`contact:${clientId}`, () => ({ kind: 'call', occurredOn: todayIso(), withWhom: '', text: '' }), clientId);
  const { kind, occurredOn, withWhom, text } = draft.value;
  const put = <K extends keyof typeof draft.value>(key: K) => (value: (typeof draft.value)[K]) => draft.set((d) => ({ ...d, [key]: value }));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WireError | null>(null);

  // Fire-and-forget from onSubmit: call() never rejects, a failure lands in the store's error.

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    const r = await call('contacts.add', { clientId, kind, occurredAt: occurredOn, text: text.trim(), ...(withWhom.trim() ? { withWhom: withWhom.trim() } : {}) });
    setBusy(false);
    if (r.ok) {
      await draft.discard();
      onSaved();
    }
    else setError(r.error);
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} aria-labelledby="contact-note-title">
      <h2 id="contact-note-title">New contact note</h2>
      {error ? <ErrorAlert error={error} /> : null}
      <div className="form-grid form-grid-3">
        <div className="field">
          <label htmlFor="contact-kind">Kind of contact</label>
          <select id="contact-kind" value={kind} onChange={(e) => put('kind')(e.target.value as Kind)}>
            {(Object.keys(CONTACT_KINDS) as Kind[]).map((k) => (
              <option key={k} value={k}>
                {k === 'other' ? 'Other' : CONTACT_KINDS[k]}
              </option>
            ))}
          </select>
        </div>
        <Field label="Date" type="date" value={occurredOn} onValue={put('occurredOn')} />
        <Field label="With whom" value={withWhom} onValue={put('withWhom')} maxLength={200} hint="" />
      </div>
      <TextAreaField label="What was said or done" value={text} onValue={put('text')} rows={3} autoFocus />
      <FormActions label="Save contact note" busy={busy} disabled={!text.trim()} onCancel={() => void draft.discard().finally(onCancel)} />
    </form>
  );
}
