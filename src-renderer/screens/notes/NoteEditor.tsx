// Writing a draft: the template's sections, the session's details (date, duration, modality,
// service code), autosave with its indicator, and signing with confirmation (Ctrl+Enter).
// Every keystroke goes to the draft store, which saves it; this screen holds no text itself.

import { useState } from 'react';
import { ErrorAlert } from '../../components/Alert.js';
import { useNoteDraft } from '../../stores/note-draft.js';
import { flushDrafts } from '../../stores/note-draft.js';
import { useShortcut } from '../../stores/shortcuts.js';
import { MODALITIES, NOTE_TEMPLATES, SECTION_LABELS, type Modality, type Note } from '../../records/types.js';
import { SaveIndicator } from './SaveIndicator.js';
import { SignDialog } from './SignDialog.js';
import { useShallow } from 'zustand/react/shallow';
import { useRenderCount } from '../../components/render-count.js';

export function NoteEditor({ note, focusFirst }: { note: Note; focusFirst: boolean }) {
  useRenderCount('note-editor');
  const { sections, meta, save, busy, actionError, edit, editMeta, sign } = useNoteDraft(useShallow((s) => ({ sections: s.sections, meta: s.meta, save: s.save, busy: s.busy, actionError: s.actionError, edit: s.edit, editMeta: s.editMeta, sign: s.sign })));
  const [signing, setSigning] = useState(false);
  const sectionNames = NOTE_TEMPLATES[note.template];
  const empty = sectionNames.every((s) => !(sections[s] ?? '').trim());

  useShortcut('save', () => void flushDrafts());
  useShortcut('sign', () => {
    if (!empty) setSigning(true);
  });

  const confirmSign = async () => {
    if (await sign()) setSigning(false);
  };

  return (
    <>
      <div className="note-meta panel" role="group" aria-label="Session details">
        <div className="field">
          <label htmlFor="note-date">Session date</label>
          <input id="note-date" type="date" value={meta.sessionDate} onChange={(e) => editMeta({ sessionDate: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="note-duration">Duration (minutes)</label>
          <input
            id="note-duration"
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            value={meta.durationMinutes}
            onChange={(e) => editMeta({ durationMinutes: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="note-modality">Modality</label>
          <select id="note-modality" value={meta.modality} onChange={(e) => editMeta({ modality: e.target.value as Modality | '' })}>
            <option value="">Not recorded</option>
            {(Object.keys(MODALITIES) as Modality[]).map((m) => (
              <option key={m} value={m}>
                {MODALITIES[m]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="note-service-code">Service code</label>
          <input
            id="note-service-code"
            value={meta.serviceCode}
            onChange={(e) => editMeta({ serviceCode: e.target.value })}
            placeholder="e.g. 90834"
            spellCheck={false}
            maxLength={16}
          />
        </div>
      </div>
      {sectionNames.map((name, i) => {
        const label = SECTION_LABELS[name] ?? { label: name, hint: '' };
        const id = `note-section-${name}`;
        return (
          <div className="field note-section" key={name}>
            <label htmlFor={id}>{label.label}</label>
            {label.hint ? (
              <p className="field-hint" id={`${id}-hint`}>
                {label.hint}
              </p>
            ) : null}
            <textarea
              id={id}
              value={sections[name] ?? ''}
              onChange={(e) => edit(name, e.target.value)}
              aria-describedby={label.hint ? `${id}-hint` : undefined}
              rows={name === 'body' ? 14 : 5}
              autoFocus={focusFirst && i === 0}
              spellCheck
            />
          </div>
        );
      })}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <div className="editor-footer">
        <SaveIndicator save={save} />
        <div className="actions">
          <button type="button" className="button-secondary" onClick={() => void flushDrafts()} aria-keyshortcuts="Control+S">
            Save now <kbd>Ctrl+S</kbd>
          </button>
          <button type="button" className="button-primary" onClick={() => setSigning(true)} disabled={empty} aria-keyshortcuts="Control+Enter">
            Sign note… <kbd>Ctrl+Enter</kbd>
          </button>
        </div>
      </div>
      <SignDialog open={signing} what="note" busy={busy} onSign={() => void confirmSign()} onCancel={() => setSigning(false)} />
    </>
  );
}
