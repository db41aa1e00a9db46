// The new-client form: who the client is, how to reach them and their emergency contact, the
// identifiers billing needs, the Part 2 mark and background. Only the legal name is required.
// What is typed is a draft (useDraft, key client:new) until the client is added or cancelled.

import { useState, type FormEvent } from 'react';
import { useDraft } from '../../lock/drafts.js';
import { call, type WireError } from '../../api.js';
import { ErrorAlert } from '../../components/Alert.js';
import { FormActions } from '../../components/FormActions.js';
import { Field } from '../../components/Field.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import type { ClientFields } from '../../records/types.js';

const blank = {
  legalName: '',
  preferredName: '',
  pronouns: '',
  dob: '',
  phone: '',
  email: '',
  address: '',
  emergencyName: '',
  emergencyPhone: '',
  emergencyRelationship: '',
  mrn: '',
  insuranceMemberId: '',
  part2: false,
  background: '',
};
type Draft = typeof blank;

function toFields(d: Draft): ClientFields {
  const t = (s: string) => s.trim();
  const opt = <K extends string>(key: K, value: string) => (t(value) ? { [key]: t(value) } : {}) as Partial<Record<K, string>>;
  return {
    legalName: t(d.legalName),
    ...opt('preferredName', d.preferredName),
    ...opt('pronouns', d.pronouns),
    ...opt('dob', d.dob),
    ...opt('phone', d.phone),
    ...opt('email', d.email),
    ...opt('address', d.address),
    ...(t(d.emergencyName)
      ? { emergencyContact: { name: t(d.emergencyName), ...opt('phone', d.emergencyPhone), ...opt('relationship', d.emergencyRelationship) } }
      : {}),
    ...(t(d.mrn) || t(d.insuranceMemberId) ? { identifiers: { ...opt('mrn', d.mrn), ...opt('insuranceMemberId', d.insuranceMemberId) } } : {}),
    ...(d.part2 ? { part2: true } : {}),
    ...(d.background.trim() ? { background: d.background } : {}),
  };
}

export function NewClientForm({ onCreated, onCancel }: { onCreated: (clientId: string) => void; onCancel: () => void }) {
  const draft = useDraft<Draft>('client:new', blank);
  const d = draft.value;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WireError | null>(null);
  const [missingName, setMissingName] = useState(false);
  const put = <K extends keyof Draft>(key: K) => (value: Draft[K]) => draft.set((prev) => ({ ...prev, [key]: value }));

  // Fire-and-forget from onSubmit: call() never rejects, a failure lands in the store's error.

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!d.legalName.trim()) {
      setMissingName(true);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await call('clients.create', toFields(d));
    setBusy(false);
    if (result.ok) {
      await draft.discard();
      onCreated(result.value.clientId);
    }
    else setError(result.error);
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-client-title">
      <h2 id="new-client-title">New client</h2>
      {error ? <ErrorAlert error={error} /> : null}
      <fieldset className="form-section">
        <legend>Identity</legend>
        <div className="form-grid">
          <Field
            label="Legal name"
            value={d.legalName}
            onValue={put('legalName')}
            required
            autoFocus
            invalid={missingName && !d.legalName.trim()}
            hint={missingName && !d.legalName.trim() ? 'Enter the client’s legal name.' : 'As on their ID and insurance card.'}
          />
          <Field label="Preferred name" value={d.preferredName} onValue={put('preferredName')} hint="What they like to be called." />
          <Field label="Pronouns" value={d.pronouns} onValue={put('pronouns')} hint="For example she/her, they/them." />
          <Field label="Date of birth" type="date" value={d.dob} onValue={put('dob')} />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Contact</legend>
        <div className="form-grid">
          <Field label="Phone" type="tel" value={d.phone} onValue={put('phone')} />
          <Field label="Email" type="email" value={d.email} onValue={put('email')} />
          <Field label="Address" className="span-2" value={d.address} onValue={put('address')} />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Emergency contact</legend>
        <div className="form-grid form-grid-3">
          <Field label="Emergency contact name" value={d.emergencyName} onValue={put('emergencyName')} />
          <Field label="Emergency contact phone" type="tel" value={d.emergencyPhone} onValue={put('emergencyPhone')} />
          <Field label="Relationship" value={d.emergencyRelationship} onValue={put('emergencyRelationship')} />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Identifiers</legend>
        <div className="form-grid">
          <Field label="MRN" value={d.mrn} onValue={put('mrn')} hint="Medical record number, if another system assigned one." />
          <Field label="Insurance member ID" value={d.insuranceMemberId} onValue={put('insuranceMemberId')} />
        </div>
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={d.part2} onChange={(e) => put('part2')(e.target.checked)} aria-describedby="part2-hint" />
        Substance-use-disorder treatment (42 CFR Part 2)
      </label>
      <p className="field-hint check-hint" id="part2-hint">
        Part 2 records carry stricter disclosure rules: sharing them needs the client’s specific written consent.
      </p>
      <TextAreaField label="Background" value={d.background} onValue={put('background')} rows={4} hint="Referral, presenting concerns, history — anything you want at hand." />
      <FormActions label="Add client" busyLabel="Adding client…" busy={busy} onCancel={() => void draft.discard().finally(onCancel)} />
    </form>
  );
}
