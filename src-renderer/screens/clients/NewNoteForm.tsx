// Starting a session note: template, progress or psychotherapy note, session date. The draft
// is created in the vault at once, so the first word typed already has a home.

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call, type WireError } from '../../api.js';
import { ErrorAlert } from '../../components/Alert.js';
import { FormActions } from '../../components/FormActions.js';
import { todayIso } from '../../records/dates.js';
import { TEMPLATE_NAMES, type NoteTemplate } from '../../records/types.js';

const TEMPLATE_HINTS: Record<NoteTemplate, string> = {
  soap: 'Subjective, Objective, Assessment, Plan',
  dap: 'Data, Assessment, Plan',
  birp: 'Behavior, Intervention, Response, Plan',
  free: 'One free-text section',
};

export function NewNoteForm({ clientId, onStarted, onCancel }: { clientId: string; onStarted: (noteId: string) => void; onCancel: () => void }) {
  const [template, setTemplate] = useState<NoteTemplate>('soap');
  const [kind, setKind] = useState<'progress' | 'psychotherapy'>('progress');
  const [sessionDate, setSessionDate] = useState(todayIso());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WireError | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  // Fire-and-forget from onSubmit: call() never rejects, a failure lands in the store's error.

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await call('notes.createDraft', { clientId, template, kind, sessionDate });
    setBusy(false);
    if (result.ok) onStarted(result.value.noteId);
    else setError(result.error);
  };

  return (
    <form className="panel new-note" onSubmit={(e) => void submit(e)} aria-labelledby="new-note-title">
      <h2 id="new-note-title">New session note</h2>
      {error ? <ErrorAlert error={error} /> : null}
      <div className="new-note-grid">
        <fieldset className="choice-group">
          <legend>Template</legend>
          {(Object.keys(TEMPLATE_NAMES) as NoteTemplate[]).map((t, i) => (
            <label key={t} className="choice">
              <input ref={i === 0 ? first : undefined} type="radio" name="note-template" value={t} checked={template === t} onChange={() => setTemplate(t)} />
              <span>
                <span className="choice-title">{TEMPLATE_NAMES[t]}</span>
                <span className="choice-hint">{TEMPLATE_HINTS[t]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div>
          <fieldset className="choice-group">
            <legend>Kind of note</legend>
            <label className="choice">
              <input type="radio" name="note-kind" value="progress" checked={kind === 'progress'} onChange={() => setKind('progress')} />
              <span>
                <span className="choice-title">Progress note</span>
                <span className="choice-hint">Part of the clinical record</span>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name="note-kind" value="psychotherapy" checked={kind === 'psychotherapy'} onChange={() => setKind('psychotherapy')} />
              <span>
                <span className="choice-title">Psychotherapy note</span>
                <span className="choice-hint">Kept apart; left out of exports unless asked</span>
              </span>
            </label>
          </fieldset>
          <div className="field">
            <label htmlFor="new-note-date">Session date</label>
            <input id="new-note-date" type="date" value={sessionDate} onChange={(e) => setSessionDate(e.target.value)} required />
          </div>
        </div>
      </div>
      <FormActions label="Start note" busy={busy} disabled={!sessionDate} onCancel={onCancel} />
    </form>
  );
}
