// A client's chart: the header (identity, status, Part 2, risk flags), the day's actions (new
// note — Ctrl+N —, score a measure, treatment plan), the measures chart and the timeline.

import { useEffect, useState } from 'react';
import { call, type WireError } from '../../api.js';
import { ErrorAlert } from '../../components/Alert.js';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { openAccounting } from '../../stores/audit-log.js';
import { useChart } from '../../stores/chart.js';
import { useInstruments } from '../../stores/instruments.js';
import { useShortcut } from '../../stores/shortcuts.js';
import { useWorkspace } from '../../stores/workspace.js';
import { useDraftWaiting } from '../../lock/drafts.js';
import { ChartHeader, clientName } from './ChartHeader.js';
import { MeasuresChart } from './MeasuresChart.js';
import { ContactNoteForm } from './ContactNoteForm.js';
import { NewNoteForm } from './NewNoteForm.js';
import { Timeline } from './Timeline.js';
import { useShallow } from 'zustand/react/shallow';
import { useRenderCount } from '../../components/render-count.js';

export function ClientChartScreen({ clientId }: { clientId: string }) {
  useRenderCount('client-chart');
  const { chart, error, load } = useChart(useShallow((s) => ({ chart: s.chart, error: s.error, load: s.load })));
  const { instruments, load: loadInstruments } = useInstruments(useShallow((s) => ({ instruments: s.instruments, load: s.load })));
  const { open, show } = useWorkspace(useShallow((s) => ({ open: s.open, show: s.show })));
  const [startingNote, setStartingNote] = useState(false);
  const [addingContact, setAddingContact] = useState(false);
  const [planError, setPlanError] = useState<WireError | null>(null);
  // A contact note left unfinished (a lock, a move elsewhere) opens again with its text.
  const contactWaiting = useDraftWaiting(`contact:${clientId}`);
  useEffect(() => {
    if (contactWaiting) setAddingContact(true);
  }, [contactWaiting]);

  useEffect(() => {
    void load(clientId);
    void loadInstruments();
  }, [clientId, load, loadInstruments]);

  useShortcut('new-note', chart ? () => setStartingNote(true) : null);

  if (error) return <ErrorAlert error={error} />;
  if (!chart || chart.client.clientId !== clientId) return <p aria-busy="true">Opening the chart…</p>;
  const { client } = chart;
  const latestPlan = chart.plans[0];

  const openPlan = async () => {
    setPlanError(null);
    if (latestPlan) {
      open({ name: 'plan', clientId, planId: latestPlan.planId });
      return;
    }
    const created = await call('plans.draft', { clientId });
    if (created.ok) open({ name: 'plan', clientId, planId: created.value.planId });
    else setPlanError(created.error);
  };

  return (
    <div className="chart">
      <Breadcrumbs trail={[{ label: 'Clients', onOpen: () => open({ name: 'client-list' }) }, { label: clientName(client) }]} />
      <ChartHeader client={client}>
        <button type="button" className="button-primary" onClick={() => setStartingNote(true)} aria-keyshortcuts="Control+N">
          New note <kbd>Ctrl+N</kbd>
        </button>
        <button type="button" className="button-secondary" onClick={() => open({ name: 'measure', clientId })}>
          Score a measure
        </button>
        <button type="button" className="button-secondary" onClick={() => void openPlan()}>
          {latestPlan ? 'Treatment plan' : 'Start treatment plan'}
        </button>
        <button type="button" className="button-quiet" onClick={() => setAddingContact(true)}>
          Contact note…
        </button>
        <button type="button" className="button-quiet" onClick={() => openAccounting(clientId, () => show('audit'))}>
          Accounting of disclosures
        </button>
      </ChartHeader>
      {planError ? <ErrorAlert error={planError} /> : null}
      {startingNote ? (
        <NewNoteForm clientId={clientId} onStarted={(noteId) => open({ name: 'note', clientId, noteId })} onCancel={() => setStartingNote(false)} />
      ) : null}
      {addingContact ? (
        <ContactNoteForm
          clientId={clientId}
          onSaved={() => {
            setAddingContact(false);
            void load(clientId);
          }}
          onCancel={() => setAddingContact(false)}
        />
      ) : null}
      <div className="chart-columns">
        <section className="panel" aria-labelledby="measures-title">
          <h2 id="measures-title">Measures over time</h2>
          <MeasuresChart measures={chart.measures} instruments={instruments} />
        </section>
        <section className="panel" aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline</h2>
          <Timeline chart={chart} instruments={instruments} onOpen={open} />
        </section>
        {client.background ? (
          <section className="panel" aria-labelledby="background-title">
            <h2 id="background-title">Background</h2>
            <p className="prewrap">{client.background}</p>
          </section>
        ) : null}
      </div>
    </div>
  );
}
