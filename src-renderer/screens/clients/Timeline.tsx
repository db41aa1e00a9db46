// The chart's timeline: session notes, measures, treatment plan versions and contact notes,
// newest first, each with the marks a clinician scans for (draft, signed, late entry,
// amendments, flags). Notes and plans open on click.

import { useState } from 'react';
import { LateEntryBadge, StatusBadge } from '../../components/Badges.js';
import { formatDay, isoFromMs } from '../../records/dates.js';
import { TEMPLATE_NAMES, type ClientChart, type Instrument } from '../../records/types.js';
import type { RecordView } from '../../stores/workspace.js';
import { CONTACT_KINDS } from './ContactNoteForm.js';
import { isRiskFlag, severityLabel } from './MeasuresChart.js';

type Entry = { key: string; date: string; order: number; node: React.ReactNode };
type Kind = 'note' | 'measure' | 'plan' | 'contact';
const KIND_FILTERS: { value: Kind | 'all'; label: string }[] = [
  { value: 'all', label: 'Everything' },
  { value: 'note', label: 'Notes' },
  { value: 'measure', label: 'Measures' },
  { value: 'plan', label: 'Plans' },
  { value: 'contact', label: 'Contacts' },
];
/** A long chart shows its newest entries first and the rest on request. */
const FIRST_PAGE = 40;

function measuresByDay(measures: ClientChart['measures']): Map<string, ClientChart['measures']> {
  const days = new Map<string, ClientChart['measures']>();
  for (const m of [...measures].sort((a, b) => a.createdAt - b.createdAt)) {
    days.set(m.administeredOn, [...(days.get(m.administeredOn) ?? []), m]);
  }
  return days;
}


export function Timeline({ chart, instruments, onOpen }: { chart: ClientChart; instruments: Instrument[] | null; onOpen: (view: RecordView) => void }) {
  const clientId = chart.client.clientId;
  const byId = new Map((instruments ?? []).map((i) => [i.id as string, i]));
  const entries: Entry[] = [
    ...chart.notes.map((n) => ({
      key: n.noteId,
      date: n.sessionDate,
      order: n.signedAt ?? Number.MAX_SAFE_INTEGER,
      node: (
        <>
          <button type="button" className="row-link" onClick={() => onOpen({ name: 'note', clientId, noteId: n.noteId })}>
            {n.kind === 'psychotherapy' ? 'Psychotherapy note' : 'Progress note'} · {TEMPLATE_NAMES[n.template]}
          </button>
          <span className="badges">
            <StatusBadge status={n.status} />
            {n.lateEntry ? <LateEntryBadge /> : null}
            {n.amendments > 0 ? <span className="badge">{n.amendments === 1 ? '1 amendment' : `${n.amendments} amendments`}</span> : null}
          </span>
          {n.preview ? <p className="timeline-preview">{n.preview}</p> : null}
        </>
      ),
    })),
    // Measures given on one day share one line: PHQ-9 and GAD-7 are usually given together.
    ...[...measuresByDay(chart.measures)].map(([day, ms]) => ({
      key: `measures-${day}`,
      date: day,
      order: Math.max(...ms.map((m) => m.createdAt)),
      node: (
        <>
          <span className="timeline-title timeline-measures">
            {ms.map((m) => (
              <span key={m.measureId}>
                {byId.get(m.instrument)?.shortName ?? m.instrument} <strong>{m.score}</strong> · {severityLabel(byId.get(m.instrument), m.severity)}
              </span>
            ))}
          </span>
          {ms.flatMap((m) =>
            m.flags.map((f) => (
              <p key={`${m.measureId}-${f.kind}`} className={isRiskFlag(f.kind) ? 'timeline-flag' : 'timeline-screen'}>
                {f.message}
              </p>
            )),
          )}
        </>
      ),
    })),
    ...chart.plans.map((p) => ({
      key: p.planId,
      date: isoFromMs(p.signedAt ?? p.updatedAt),
      order: p.updatedAt,
      node: (
        <>
          <button type="button" className="row-link" onClick={() => onOpen({ name: 'plan', clientId, planId: p.planId })}>
            Treatment plan, version {p.version}
          </button>
          <span className="badges">
            <StatusBadge status={p.status} />
          </span>
          <p className="timeline-preview">
            {p.content.problems.length === 1 ? '1 problem' : `${p.content.problems.length} problems`}
            {p.reviewDate ? ` · review by ${formatDay(p.reviewDate)}` : ''}
          </p>
        </>
      ),
    })),
    ...chart.contacts.map((c) => ({
      key: c.contactId,
      date: c.occurredAt.slice(0, 10),
      order: c.createdAt,
      node: (
        <>
          <span className="timeline-title">
            {CONTACT_KINDS[c.kind]}
            {c.withWhom ? ` with ${c.withWhom}` : ''}
          </span>
          <p className="timeline-preview">{c.text}</p>
        </>
      ),
    })),
  ].sort((a, b) => b.date.localeCompare(a.date) || b.order - a.order);

  const [show, setShow] = useState<Kind | 'all'>('all');
  const [all, setAll] = useState(false);
  const kindOf = (key: string): Kind =>
    key.startsWith('measures-') ? 'measure' : chart.notes.some((n) => n.noteId === key) ? 'note' : chart.plans.some((p) => p.planId === key) ? 'plan' : 'contact';

  if (entries.length === 0) return <p className="empty-line">Nothing recorded yet. Start with a session note (Ctrl+N).</p>;
  const shown = entries.filter((e) => show === 'all' || kindOf(e.key) === show);
  const visible = all ? shown : shown.slice(0, FIRST_PAGE);
  return (
    <>
      <fieldset className="segmented segmented-small timeline-filter">
        <legend>Show in the timeline</legend>
        {KIND_FILTERS.map((f) => (
          <label key={f.value} className={show === f.value ? 'is-checked' : undefined}>
            <input type="radio" name="timeline-filter" value={f.value} checked={show === f.value} onChange={() => setShow(f.value)} />
            {f.label}
          </label>
        ))}
      </fieldset>
      {visible.length === 0 ? <p className="empty-line">Nothing of this kind yet.</p> : null}
      <ol className="timeline">
        {visible.map((e) => (
          <li key={e.key} className={`timeline-item timeline-${kindOf(e.key)}`} data-testid="timeline-item">
            <span className="timeline-date">{formatDay(e.date)}</span>
            <div className="timeline-body">{e.node}</div>
          </li>
        ))}
      </ol>
      {shown.length > visible.length ? (
        <button type="button" className="button-secondary" onClick={() => setAll(true)}>
          Show all {shown.length} entries
        </button>
      ) : null}
    </>
  );
}
