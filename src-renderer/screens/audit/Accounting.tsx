// One client's accounting of disclosures (HIPAA, 45 CFR 164.528): the period (the last six
// years unless changed), the table, a disclosure made outside Alcove recorded by hand, the
// CSV, and a print view — "Print / Save as PDF" prints only the document, ready to hand to
// the client. Reached from the client's chart or from the audit log.

import { useEffect, useState } from 'react';
import { useDraftWaiting } from '../../lock/drafts.js';
import { ErrorAlert, Notice } from '../../components/Alert.js';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { ScreenHeading } from '../../components/ScreenHeading.js';
import { formatDay } from '../../records/dates.js';
import { useAuditLog } from '../../stores/audit-log.js';
import { useDisclosures, type Accounting } from '../../stores/audit-disclosures.js';
import { useWorkspace } from '../../stores/workspace.js';
import { DisclosureForm } from './DisclosureForm.js';
import { SaveOrCopy } from './SaveOrCopy.js';
import { useShallow } from 'zustand/react/shallow';

const HOW: Record<Accounting['rows'][number]['source'], string> = { manual: 'recorded by hand', export: 'export from Alcove', share: 'shared from Alcove' };

function Period() {
  const { from, to, setPeriod } = useDisclosures(useShallow((s) => ({ from: s.from, to: s.to, setPeriod: s.setPeriod })));
  return (
    <form className="toolbar accounting-period no-print" aria-label="Period" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="accounting-from">From</label>
        <input id="accounting-from" type="date" value={from} onChange={(e) => void setPeriod(e.target.value, to)} />
      </div>
      <div className="field">
        <label htmlFor="accounting-to">To</label>
        <input id="accounting-to" type="date" value={to} onChange={(e) => void setPeriod(from, e.target.value)} />
      </div>
      <p className="field-hint">The rule gives clients the disclosures of the last six years; choose a shorter period if they asked for one.</p>
    </form>
  );
}

function Document({ accounting }: { accounting: Accounting }) {
  return (
    <article className="accounting-document" aria-labelledby="accounting-client">
      <dl className="accounting-facts">
        <div>
          <dt>Client</dt>
          <dd id="accounting-client">{accounting.clientName}</dd>
        </div>
        <div>
          <dt>Date of birth</dt>
          <dd>{formatDay(accounting.dob)}</dd>
        </div>
        <div>
          <dt>Period</dt>
          <dd>
            {formatDay(accounting.from)} to {formatDay(accounting.to)}
          </dd>
        </div>
        <div>
          <dt>Produced on</dt>
          <dd>{formatDay(accounting.producedOn)}</dd>
        </div>
      </dl>
      {accounting.rows.length === 0 ? (
        <p className="accounting-none">No disclosures of this client’s health information were recorded in this period.</p>
      ) : (
        <table className="record-table accounting-table" data-testid="accounting-table">
          <caption>
            {accounting.rows.length === 1 ? '1 disclosure' : `${accounting.rows.length} disclosures`}, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Recipient</th>
              <th scope="col">What was disclosed</th>
              <th scope="col">Purpose</th>
              <th scope="col">Basis</th>
              <th scope="col">How sent</th>
            </tr>
          </thead>
          <tbody>
            {accounting.rows.map((r) => (
              <tr key={r.disclosureId} data-testid="disclosure-row">
                <td className="nowrap">{formatDay(r.disclosedOn)}</td>
                <th scope="row">
                  <span className="accounting-recipient">{r.recipientName}</span>
                  {r.recipientAddress ? <span className="accounting-address accounting-text">{r.recipientAddress}</span> : null}
                </th>
                <td className="accounting-text">{r.description}</td>
                <td className="accounting-text">{r.purpose}</td>
                <td className="accounting-text">{r.basis}</td>
                <td>
                  {r.method}
                  {r.source !== 'manual' ? <span className="accounting-source"> ({HOW[r.source]})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <footer className="accounting-footer">
        <p>
          This accounting lists the disclosures of the client’s protected health information made in the period shown, as required
          by the HIPAA Privacy Rule, 45 CFR 164.528. It does not list disclosures the rule exempts, such as those for treatment,
          payment or health care operations, or those the client authorized to themselves.
        </p>
      </footer>
    </article>
  );
}

export function AccountingScreen({ clientId, from }: { clientId: string; from: 'chart' | 'audit' }) {
  const { accounting, loading, error, open: openAccounting, record } = useDisclosures(useShallow((s) => ({ accounting: s.accounting, loading: s.loading, error: s.error, open: s.open, record: s.record })));
  const setView = useAuditLog((s) => s.setView);
  const open = useWorkspace((s) => s.open);
  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState(false);
  // A disclosure left half-recorded (a lock, a move elsewhere) opens again with what was typed.
  const disclosureWaiting = useDraftWaiting(`disclosure:${clientId}`);
  useEffect(() => {
    if (disclosureWaiting) setRecording(true);
  }, [disclosureWaiting]);

  useEffect(() => {
    void openAccounting(clientId);
  }, [clientId, openAccounting]);

  const current = accounting && accounting.clientId === clientId ? accounting : null;
  const name = current?.clientName ?? 'Client';
  const trail =
    from === 'chart'
      ? [
          { label: 'Clients', onOpen: () => open({ name: 'client-list' }) },
          { label: name, onOpen: () => open({ name: 'chart', clientId }) },
          { label: 'Accounting of disclosures' },
        ]
      : [{ label: 'Audit log', onOpen: () => setView({ name: 'log' }) }, { label: `Accounting of disclosures: ${name}` }];

  return (
    <div className="accounting">
      <div className="no-print">
        <Breadcrumbs trail={trail} />
      </div>
      <div className="screen-title">
        <ScreenHeading>Accounting of disclosures</ScreenHeading>
      </div>
      <Period />
      {error ? <ErrorAlert error={error} /> : null}
      {!current ? (
        <p aria-busy="true">{loading ? 'Gathering disclosures…' : ''}</p>
      ) : (
        <>
          <div className="actions accounting-actions no-print">
            <button type="button" className="button-primary" onClick={() => window.print()}>
              Print / Save as PDF
            </button>
            {!recording ? (
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  setRecording(true);
                  setRecorded(false);
                }}
              >
                Record a disclosure made outside Alcove
              </button>
            ) : null}
          </div>
          {recorded ? (
            <div className="no-print">
              <Notice>Disclosure recorded. It is listed below and in the audit log.</Notice>
            </div>
          ) : null}
          {recording ? (
            <DisclosureForm
              clientId={clientId}
              onRecord={async (input) => {
                const refused = await record(input);
                if (!refused) setRecorded(true);
                return refused;
              }}
              onDone={() => setRecording(false)}
            />
          ) : null}
          <Document accounting={current} />
          <section className="panel no-print" aria-labelledby="accounting-csv-title">
            <h2 id="accounting-csv-title">For a spreadsheet</h2>
            <SaveOrCopy
              label="The accounting as CSV"
              saveLabel="Download CSV"
              text={current.csv}
              filename={`accounting-of-disclosures-${current.producedOn}.csv`}
              type="text/csv"
              phi
              rows={4}
            />
          </section>
        </>
      )}
    </div>
  );
}
