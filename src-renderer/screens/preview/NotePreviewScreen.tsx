// A signed note's de-identified copy, previewed: the note's sections (and amendments) as one
// text, checked with the client's record as context. The export that sends it is a later
// piece of work; this screen is where a clinician reviews what would leave.

import { useEffect, useState } from 'react';
import { call, type WireError } from '../../api.js';
import { ErrorAlert } from '../../components/Alert.js';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { ScreenHeading } from '../../components/ScreenHeading.js';
import { RedactionPreview } from '../../components/redaction/RedactionPreview.js';
import { NOTE_TEMPLATES, SECTION_LABELS, type Note } from '../../records/types.js';
import { useChart } from '../../stores/chart.js';
import { useWorkspace } from '../../stores/workspace.js';
import { clientName } from '../clients/ChartHeader.js';

/** The text of a note as an export would carry it: each filled section under its heading, then amendments. */
export function noteAsText(note: Note): string {
  const parts = NOTE_TEMPLATES[note.template]
    .filter((s) => (note.sections[s] ?? '').trim())
    .map((s) => `${SECTION_LABELS[s]?.label ?? s}\n${(note.sections[s] ?? '').trim()}`);
  for (const a of note.amendments) parts.push(`Amendment\n${a.text.trim()}`);
  return parts.join('\n\n');
}

export function NotePreviewScreen({ clientId, noteId }: { clientId: string; noteId: string }) {
  const open = useWorkspace((s) => s.open);
  const chart = useChart((s) => s.chart);
  const loadChart = useChart((s) => s.load);
  const [note, setNote] = useState<Note | null>(null);
  const [error, setError] = useState<WireError | null>(null);

  useEffect(() => {
    let live = true;
    void call('notes.get', { noteId }).then((r) => {
      if (!live) return;
      if (r.ok) setNote(r.value);
      else setError(r.error);
    });
    if (chart?.client.clientId !== clientId) void loadChart(clientId);
    return () => {
      live = false;
    };
  }, [noteId]);

  const name = chart?.client.clientId === clientId ? clientName(chart.client) : 'Client';
  const trail = [
    { label: 'Clients', onOpen: () => open({ name: 'client-list' }) },
    { label: name, onOpen: () => open({ name: 'chart', clientId }) },
    { label: 'Session note', onOpen: () => open({ name: 'note', clientId, noteId }) },
    { label: 'De-identified copy' },
  ];

  return (
    <div className="note-preview-screen">
      <Breadcrumbs trail={trail} />
      <ScreenHeading>De-identified copy: preview</ScreenHeading>
      <p className="lead">
        Every highlight is removed before the note leaves Alcove. Check each one; keep ordinary words the rules caught, and redact anything they missed. Each change
        needs a reason.
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      {!note && !error ? <p aria-busy="true">Opening the note…</p> : null}
      {note ? <RedactionPreview text={noteAsText(note)} clientId={clientId} /> : null}
    </div>
  );
}
