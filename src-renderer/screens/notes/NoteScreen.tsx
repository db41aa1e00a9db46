// One session note: opens it through the draft store (which first writes any other pending
// draft), then shows the editor for a draft or the read-only view for a signed note.

import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../components/Alert.js';
import { LateEntryBadge, StatusBadge } from '../../components/Badges.js';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { ScreenHeading } from '../../components/ScreenHeading.js';
import { formatDay } from '../../records/dates.js';
import { TEMPLATE_NAMES } from '../../records/types.js';
import { useChart } from '../../stores/chart.js';
import { useNoteDraft } from '../../stores/note-draft.js';
import { useWorkspace } from '../../stores/workspace.js';
import { clientName } from '../clients/ChartHeader.js';
import { NoteEditor } from './NoteEditor.js';
import { SignedNote } from './SignedNote.js';
import { useShallow } from 'zustand/react/shallow';
import { useRenderCount } from '../../components/render-count.js';

export function NoteScreen({ clientId, noteId }: { clientId: string; noteId: string }) {
  useRenderCount('note-screen');
  const { note, loadError, open: openNote } = useNoteDraft(useShallow((s) => ({ note: s.note, loadError: s.loadError, open: s.open })));
  const open = useWorkspace((s) => s.open);
  const chart = useChart((s) => s.chart);
  const loadChart = useChart((s) => s.load);
  const [held, setHeld] = useState<string | null>(null);

  useEffect(() => {
    void openNote(noteId).then((ok) => {
      if (!ok) setHeld(useNoteDraft.getState().note?.noteId ?? null);
    });
    if (chart?.client.clientId !== clientId) void loadChart(clientId);
  }, [noteId]);

  const name = chart?.client.clientId === clientId ? clientName(chart.client) : 'Client';
  const trail = [
    { label: 'Clients', onOpen: () => open({ name: 'client-list' }) },
    { label: name, onOpen: () => open({ name: 'chart', clientId }) },
    { label: 'Session note' },
  ];

  if (held) {
    const heldNote = useNoteDraft.getState().note;
    return (
      <>
        <Breadcrumbs trail={trail} />
        <ScreenHeading>Another note is not saved yet</ScreenHeading>
        <p>A note you were writing could not be saved, and its text is only on this screen. Open it and save it first.</p>
        {heldNote ? (
          <button type="button" className="button-primary" onClick={() => open({ name: 'note', clientId: heldNote.clientId, noteId: heldNote.noteId })}>
            Open the unsaved note
          </button>
        ) : null}
      </>
    );
  }
  if (loadError) return <ErrorAlert error={loadError} />;
  if (!note || note.noteId !== noteId) return <p aria-busy="true">Opening the note…</p>;
  // A new, empty draft puts the cursor straight into its first section.
  const startsEmpty = note.status === 'draft' && Object.values(note.sections).every((t) => !t.trim());

  return (
    <div className="note-screen">
      <Breadcrumbs trail={trail} />
      <div className="screen-title">
        <ScreenHeading focus={!startsEmpty}>
          {note.kind === 'psychotherapy' ? 'Psychotherapy note' : 'Progress note'} · {formatDay(note.sessionDate)}
        </ScreenHeading>
        <span className="badges">
          <span className="badge">{TEMPLATE_NAMES[note.template]}</span>
          <StatusBadge status={note.status} />
          {note.lateEntry ? <LateEntryBadge /> : null}
        </span>
      </div>
      <p className="muted note-for">For {name}</p>
      {note.status === 'draft' ? (
        <NoteEditor note={note} focusFirst={startsEmpty} />
      ) : (
        <SignedNote note={note} />
      )}
    </div>
  );
}
