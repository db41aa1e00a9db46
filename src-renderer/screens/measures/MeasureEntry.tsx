// Scoring a standard measure with the client: pick the instrument, answer item by item (each
// item a native radio group, so arrow keys move between answers and Tab to the next item),
// watch the total, save. The core scores it; the result shows the severity band, the
// interpretation and any flag (PHQ-9 item 9 above 0 raises a risk flag on the chart).
// The answers in progress (with the instrument, date and sex) are a draft (useDraft) until the
// measure is saved, so a lock mid-questionnaire loses nothing.

import { useEffect, useState } from 'react';
import { useDraft } from '../../lock/drafts.js';
import { call, type WireError } from '../../api.js';
import { ErrorAlert } from '../../components/Alert.js';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { ScreenHeading } from '../../components/ScreenHeading.js';
import { todayIso } from '../../records/dates.js';
import type { Instrument, InstrumentId, MeasureResult } from '../../records/types.js';
import { useChart } from '../../stores/chart.js';
import { useInstruments } from '../../stores/instruments.js';
import { useWorkspace } from '../../stores/workspace.js';
import { clientName } from '../clients/ChartHeader.js';
import { isRiskFlag, severityLabel } from '../clients/MeasuresChart.js';
import { MeasureItems } from './MeasureItems.js';
import { useShallow } from 'zustand/react/shallow';

type Sex = 'male' | 'female' | 'unknown';

function ScoreResult({ result, inst, onAnother, onChart }: { result: MeasureResult; inst: Instrument; onAnother(): void; onChart(): void }) {
  return (
    <section className="panel measure-result" aria-labelledby="measure-result-title">
      <h2 id="measure-result-title">
        {inst.shortName} saved: {result.score} of {inst.maxScore}
      </h2>
      <p className="measure-severity" data-testid="measure-severity">
        {severityLabel(inst, result.severity)}
      </p>
      <p>{result.interpretation}</p>
      {result.flags.some((f) => isRiskFlag(f.kind)) ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">Risk flag raised on the client’s chart</p>
          {result.flags.filter((f) => isRiskFlag(f.kind)).map((f) => (
            <p key={f.kind}>{f.message}</p>
          ))}
        </div>
      ) : null}
      {result.flags.some((f) => !isRiskFlag(f.kind)) ? (
        <div className="alert alert-info" role="status">
          <p className="alert-title">Positive screen</p>
          {result.flags.filter((f) => !isRiskFlag(f.kind)).map((f) => (
            <p key={f.kind}>{f.message}</p>
          ))}
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="button-primary" onClick={onChart}>
          Back to the chart
        </button>
        <button type="button" className="button-secondary" onClick={onAnother}>
          Score another measure
        </button>
      </div>
    </section>
  );
}

export function MeasureEntry({ clientId }: { clientId: string }) {
  const { instruments, error: loadError, load } = useInstruments(useShallow((s) => ({ instruments: s.instruments, error: s.error, load: s.load })));
  const chart = useChart((s) => s.chart);
  const loadChart = useChart((s) => s.load);
  const open = useWorkspace((s) => s.open);
  const draft = useDraft(
    `measure:${clientId}`,
    () => ({ instrument: 'phq9' as InstrumentId, answers: [] as (number | null)[], administeredOn: todayIso(), sex: 'unknown' as Sex }),
    clientId,
  );
  const { instrument: chosen, administeredOn, sex } = draft.value;
  const setChosen = (instrument: InstrumentId) => {
    draft.set((d) => ({ ...d, instrument, answers: [] }));
    setResult(null);
    setError(null);
  };
  const setAdministeredOn = (on: string) => draft.set((d) => ({ ...d, administeredOn: on }));
  const setSex = (s: Sex) => draft.set((d) => ({ ...d, sex: s }));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WireError | null>(null);
  const [result, setResult] = useState<MeasureResult | null>(null);

  useEffect(() => {
    void load();
    if (chart?.client.clientId !== clientId) void loadChart(clientId);
  }, [clientId, load, loadChart, chart?.client.clientId]);

  const inst = instruments?.find((i) => i.id === chosen);
  // One answer per item of the chosen instrument; an item not answered yet is null.
  const answers = inst ? inst.items.map((_, i) => draft.value.answers[i] ?? null) : [];
  const answer = (i: number, v: number) =>
    draft.set((d) => ({ ...d, answers: (inst?.items ?? []).map((_, j) => (j === i ? v : (d.answers[j] ?? null))) }));

  const name = chart?.client.clientId === clientId ? clientName(chart.client) : 'Client';
  const trail = [
    { label: 'Clients', onOpen: () => open({ name: 'client-list' }) },
    { label: name, onOpen: () => open({ name: 'chart', clientId }) },
    { label: 'Score a measure' },
  ];
  if (loadError) return <ErrorAlert error={loadError} />;
  if (!instruments || !inst) return <p aria-busy="true">Loading measures…</p>;

  const total = inst.items.reduce((sum, item, i) => sum + (item.options.find((o) => o.value === answers[i])?.score ?? 0), 0);
  const answered = answers.filter((a) => a !== null).length;
  const complete = answered === inst.items.length;

  const save = async () => {
    if (!complete) return;
    setBusy(true);
    setError(null);
    const r = await call('measures.add', {
      clientId,
      instrument: inst.id,
      answers: answers.map((a) => a ?? 0),
      administeredOn,
      ...(inst.id === 'auditc' ? { sex } : {}),
    });
    setBusy(false);
    if (r.ok) {
      await draft.discard({ ...draft.value, answers: [] });
      setResult(r.value);
      void loadChart(clientId);
    } else setError(r.error);
  };

  return (
    <div className="measure-entry">
      <Breadcrumbs trail={trail} />
      <ScreenHeading>Score a measure</ScreenHeading>
      <p className="muted note-for">For {name}</p>
      {result ? (
        <ScoreResult result={result} inst={inst} onChart={() => open({ name: 'chart', clientId })} onAnother={() => {
            setResult(null);
            void draft.discard({ ...draft.value, answers: [] });
          }} />
      ) : null}
      {!result ? (
        <>
          <div className="panel measure-setup">
            <fieldset className="instrument-picker">
              <legend>Measure</legend>
              {instruments.map((i) => (
                <label key={i.id} className="choice">
                  <input type="radio" name="instrument" value={i.id} checked={chosen === i.id} onChange={() => setChosen(i.id)} />
                  <span>
                    <span className="choice-title">{i.shortName}</span>
                    <span className="choice-hint">{i.name}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <div className="measure-setup-side">
              <div className="field">
                <label htmlFor="administered-on">Given on</label>
                <input id="administered-on" type="date" value={administeredOn} onChange={(e) => setAdministeredOn(e.target.value)} />
              </div>
              {inst.id === 'auditc' ? (
                <div className="field">
                  <label htmlFor="auditc-sex">Sex (sets the AUDIT-C cut-off)</label>
                  <select id="auditc-sex" value={sex} onChange={(e) => setSex(e.target.value as Sex)}>
                    <option value="unknown">Not recorded (cut-off 3)</option>
                    <option value="female">Female (cut-off 3)</option>
                    <option value="male">Male (cut-off 4)</option>
                  </select>
                </div>
              ) : null}
            </div>
          </div>
          <h2 className="instrument-title">{inst.name}</h2>
          <p className="instrument-instructions">{inst.instructions}</p>
          <MeasureItems inst={inst} answers={answers} onAnswer={answer} />
          {error ? <ErrorAlert error={error} /> : null}
          <div className="editor-footer">
            <p className="measure-total" role="status" aria-live="polite" data-testid="measure-total">
              Total <strong>{total}</strong> of {inst.maxScore} · {answered} of {inst.items.length} answered
            </p>
            <div className="actions">
              <button type="button" className="button-primary" disabled={!complete || busy} onClick={() => void save()}>
                {complete ? `Save ${inst.shortName}` : `Answer all ${inst.items.length} items to save`}
              </button>
            </div>
          </div>
          <p className="instrument-source">{inst.copyright}</p>
        </>
      ) : null}
    </div>
  );
}
