// A signed note, read-only: its sections as signed, who signed and when (with the content's
// SHA-256), the late-entry mark, its amendments in order, and a form to add one.

import { useEffect, useState, type FormEvent } from 'react';
import { useDraft, useDraftWaiting } from '../../lock/drafts.js';
import { ErrorAlert } from '../../components/Alert.js';
import { FormActions } from '../../components/FormActions.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { formatDay } from '../../records/dates.js';
import { signatureText } from '../../records/signature.js';
import { MODALITIES, NOTE_TEMPLATES, SECTION_LABELS, type Modality, type Note } from '../../records/types.js';
import { useNoteDraft } from '../../stores/note-draft.js';
import { useWorkspace } from '../../stores/workspace.js';
import { useShallow } from 'zustand/react/shallow';

function AmendmentForm({ noteId, clientId }: { noteId: string; clientId: string }) {
  const [open, setOpen] = useState(false);
  // An amendment left unfinished (a lock, a move elsewhere) opens again with its text.
  const waiting = useDraftWaiting(`amendment:${noteId}`);
  useEffect(() => {
    if (waiting) setOpen(true);
  }, [waiting]);
  if (!open) {
    return (
      <div className="actions">
        <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
          Add amendment
        </button>
      </div>
    );
  }
  return <AmendmentText noteId={noteId} clientId={clientId} onDone={() => setOpen(false)} />;
}

/** The amendment being written: a draft (useDraft) until it is signed or cancelled. */
function AmendmentText({ noteId, clientId, onDone }: { noteId: string; clientId: string; onDone(): void }) {
  const { busy, actionError, amend } = useNoteDraft(useShallow((s) => ({ busy: s.busy, actionError: s.actionError, amend: s.amend })));
  const draft = useDraft(`amendment:${noteId}`, { text: '' }, clientId);
  const { text } = draft.value;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    if (await amend(text.trim())) {
      await draft.discard({ text: '' });
      onDone();
    }
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="amend-title">
      <h3 id="amend-title">Add amendment</h3>
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <TextAreaField
        label="Amendment"
        hint="Say what is corrected or added, and why. It is signed with your name and today’s date; the original note stays as it is."
        value={text}
        onValue={(t) => draft.set({ text: t })}
        rows={4}
        autoFocus
      />
      <FormActions label="Sign amendment" busy={busy} disabled={!text.trim()} onCancel={() => void draft.discard({ text: '' }).finally(onDone)} />
    </form>
  );
}

export function SignedNote({ note }: { note: Note }) {
  return (
    <>
      <dl className="facts facts-row panel">
        <div>
          <dt>Session date</dt>
          <dd>{formatDay(note.sessionDate)}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{note.durationMinutes ? `${note.durationMinutes} min` : '—'}</dd>
        </div>
        <div>
          <dt>Modality</dt>
          <dd>{note.modality ? (MODALITIES[note.modality as Modality] ?? note.modality) : '—'}</dd>
        </div>
        <div>
          <dt>Service code</dt>
          <dd>{note.serviceCode ?? '—'}</dd>
        </div>
      </dl>
      <article className="signed-note panel" aria-label="Signed note">
        {NOTE_TEMPLATES[note.template]
          .filter((s) => (note.sections[s] ?? '').trim())
          .map((s) => (
            <section key={s} className="note-read-section">
              <h2 className="section-label">{SECTION_LABELS[s]?.label ?? s}</h2>
              <p className="prewrap">{note.sections[s]}</p>
            </section>
          ))}
        <p className="signature" data-testid="signature">
          {signatureText('Signed', note.signedBy, note.signedBeforeProfiles, note.signedAt)}
          <span className="hash" title="SHA-256 of the signed content">
            SHA-256 {note.contentSha256?.slice(0, 16)}…
          </span>
        </p>
      </article>
      <div className="actions">
        <button type="button" className="button-secondary" onClick={() => useWorkspace.getState().open({ name: 'note-preview', clientId: note.clientId, noteId: note.noteId })}>
          Preview de-identified copy
        </button>
      </div>
      <section aria-labelledby="amendments-title" className="amendments">
        <h2 id="amendments-title">Amendments</h2>
        {note.amendments.length === 0 ? <p className="empty-line">No amendments.</p> : null}
        <ol className="amendment-list">
          {note.amendments.map((a) => (
            <li key={a.amendmentId} className="amendment" data-testid="amendment">
              <p className="prewrap">{a.text}</p>
              <p className="signature">
                {signatureText('Amended', a.signedBy, a.signedBeforeProfiles, a.signedAt)}
              </p>
            </li>
          ))}
        </ol>
        <AmendmentForm noteId={note.noteId} clientId={note.clientId} />
      </section>
    </>
  );
}
