// Settings → Practitioner profile: the person who signs in this vault. Name and credentials
// are what a signature needs; license, NPI and the practice's details go on signed records
// and letters. Each signature keeps these as they were when it was made, so a change here
// never rewrites who signed what. What is typed and not yet saved is a draft (useDraft, key
// profile:self) like every other form's, so a lock never loses it.

import { useEffect, type FormEvent } from 'react';
import { ErrorAlert, Notice } from '../components/Alert.js';
import { Field } from '../components/Field.js';
import { useDraft } from '../lock/drafts.js';
import { signerName } from '../records/signature.js';
import { useProfile, type Profile, type ProfileFields } from '../stores/profile.js';

// The core checks the state code; the list is the form's choices (US states, DC, territories).
const STATES = 'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU AS MP'.split(' ');

type Form = Required<{ [K in keyof ProfileFields]: string }>;

function formFrom(p: Profile | null): Form {
  return {
    name: p?.name ?? '',
    credentials: p?.credentials ?? '',
    licenseNumber: p?.licenseNumber ?? '',
    licenseState: p?.licenseState ?? '',
    npi: p?.npi ?? '',
    practice: p?.practice ?? '',
    address: p?.address ?? '',
    phone: p?.phone ?? '',
  };
}

export function ProfileForm() {
  // Loaded, or failed to load (the form then says why, over blank fields).
  const loaded = useProfile((s) => s.profile !== null || s.error !== null);
  useEffect(() => {
    const { load, dismiss } = useProfile.getState();
    void load();
    return dismiss;
  }, []);
  // The draft starts from the saved profile, so the form waits for it (a saved draft, when
  // there is one, then replaces it).
  return loaded ? <ProfileFields /> : null;
}

function ProfileFields() {
  const profile = useProfile((s) => s.profile);
  const busy = useProfile((s) => s.busy);
  const error = useProfile((s) => s.error);
  const saved = useProfile((s) => s.saved);
  const draft = useDraft<Form>('profile:self', () => formFrom(useProfile.getState().profile));
  const form = draft.value;

  const field = (key: keyof Form) => (value: string) => {
    draft.set((f) => ({ ...f, [key]: value }));
    if (useProfile.getState().saved) useProfile.getState().dismiss();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (await useProfile.getState().save(form)) await draft.discard(formFrom(useProfile.getState().profile));
  };
  const ready = Boolean(form.name.trim() && form.credentials.trim());

  return (
    <form className="panel" id="practitioner-profile" onSubmit={submit} noValidate aria-labelledby="profile-title">
      <h2 id="profile-title">Practitioner profile</h2>
      <p>
        Notes and treatment plans are signed with your name and credentials, as they are when you sign. Signing needs at least a name and
        credentials.
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      {draft.restored ? <p className="muted">What you typed before Alcove locked is back; it is not saved to your profile yet.</p> : null}
      {saved ? <Notice>Profile saved. Your next signature will read “{profile ? signerName(profile) : '—'}”.</Notice> : null}
      <Field label="Full name" autoComplete="name" value={form.name} onValue={field('name')} maxLength={200} hint="As it appears on your license." />
      <Field label="Credentials" value={form.credentials} onValue={field('credentials')} maxLength={100} hint="For example LCSW, LPC, PsyD." />
      <Field label="License number" value={form.licenseNumber} onValue={field('licenseNumber')} maxLength={40} />
      <div className="field">
        <label htmlFor="profile-license-state">License state</label>
        <select id="profile-license-state" value={form.licenseState} onChange={(e) => field('licenseState')(e.target.value)}>
          <option value="">—</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <Field label="NPI" inputMode="numeric" value={form.npi} onValue={field('npi')} maxLength={10} hint="Your 10-digit National Provider Identifier; its check digit is verified." />
      <Field label="Practice name" autoComplete="organization" value={form.practice} onValue={field('practice')} maxLength={200} />
      <Field label="Practice address" autoComplete="street-address" value={form.address} onValue={field('address')} maxLength={500} />
      <Field label="Practice phone" type="tel" autoComplete="tel" value={form.phone} onValue={field('phone')} maxLength={40} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy} aria-busy={busy}>
          {busy ? 'Saving…' : 'Save profile'}
        </button>
        {!ready ? <p className="muted">Add a name and credentials to be able to sign.</p> : null}
      </div>
    </form>
  );
}
