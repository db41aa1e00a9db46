// The audit viewer: every entry the vault's log holds, newest first, in plain words; filters
// by date, action and client (or any record id); "Older" / "Newer" by the core's cursor; the
// log's size; verifying the log and signing a checkpoint; the way to a client's accounting
// of disclosures. Client names come from the client list on this screen only — the log
// itself holds pseudonymous ids.

import { useEffect, useState } from 'react';
import { call } from '../../api.js';
import { ErrorAlert } from '../../components/Alert.js';
import { ClientSelect } from '../../components/ClientSelect.js';
import { ScreenHeading } from '../../components/ScreenHeading.js';
import type { ClientSummary } from '../../records/types.js';
import { PAGE_SIZES, useAuditLog, type AuditEntry } from '../../stores/audit-log.js';
import { VerifyPanel } from './VerifyPanel.js';
import { actionGroups, describeAction, describeOutcome, shortId } from './words.js';
import { DateRangeFields } from '../../components/DateRangeFields.js';
import { useShallow } from 'zustand/react/shallow';

const stamp = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });

function When({ ms }: { ms: number }) {
  const d = new Date(ms);
  const utc = `${d.toISOString().replace('T', ' ').slice(0, 19)} UTC`;
  return (
    <time dateTime={d.toISOString()} title={utc}>
      {stamp.format(d)}
    </time>
  );
}

function Records({ ids, names, onFilter }: { ids: string[]; names: Map<string, string>; onFilter(id: string): void }) {
  if (ids.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="audit-records">
      {ids.map((id) => {
        const name = names.get(id);
        return (
          <li key={id}>
            <button
              type="button"
              className={name ? 'audit-record audit-record-client' : 'audit-record'}
              title={id}
              aria-label={`Show only entries for ${name ? `client ${name}` : `record ${id}`}`}
              onClick={() => onFilter(id)}
            >
              {name ?? shortId(id)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function Filters({ clients }: { clients: ClientSummary[] }) {
  const { filters, setFilters, pageSize, setPageSize } = useAuditLog(useShallow((s) => ({ filters: s.filters, setFilters: s.setFilters, pageSize: s.pageSize, setPageSize: s.setPageSize })));
  const isClient = clients.some((c) => c.clientId === filters.recordId);
  return (
    <form className="panel audit-filters no-print" aria-label="Audit log filters" onSubmit={(e) => e.preventDefault()}>
      <DateRangeFields idPrefix="audit" from={filters.from} to={filters.to} onChange={setFilters} />
      <div className="field">
        <label htmlFor="audit-action">Action</label>
        <select id="audit-action" value={filters.action} onChange={(e) => setFilters({ action: e.target.value })}>
          <option value="">All actions</option>
          {actionGroups().map((g) => (
            <optgroup key={g.group} label={g.group}>
              {g.actions.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <ClientSelect id="audit-client" label="Client" value={isClient ? filters.recordId : ''} clients={clients} emptyLabel="All clients and records" onChange={(recordId) => setFilters({ recordId })} />
      <div className="field">
        <label htmlFor="audit-page-size">Per page</label>
        <select id="audit-page-size" value={pageSize} onChange={(e) => setPageSize(Number(e.target.value))}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      {filters.recordId && !isClient ? (
        <p className="audit-filter-note">
          Only entries for record <code title={filters.recordId}>{shortId(filters.recordId)}</code>.{' '}
          <button type="button" className="button-link" onClick={() => setFilters({ recordId: '' })}>
            Show all records
          </button>
        </p>
      ) : null}
    </form>
  );
}

function EntryRow({ entry, names, onFilter }: { entry: AuditEntry; names: Map<string, string>; onFilter(id: string): void }) {
  const failed = entry.outcome !== 'ok';
  return (
    <tr data-testid="audit-entry" data-action={entry.action}>
      <td className="audit-seq">{entry.seq}</td>
      <td className="nowrap">
        <When ms={entry.time} />
      </td>
      <th scope="row" className="audit-action">
        {describeAction(entry)}
      </th>
      <td>
        <Records ids={entry.recordIds} names={names} onFilter={onFilter} />
      </td>
      <td className={failed ? 'audit-outcome audit-outcome-failed' : 'audit-outcome'}>{describeOutcome(entry.outcome)}</td>
    </tr>
  );
}

export function AuditLog() {
  const { entries, next, size, cursors, loading, error, filters, load, older, newer, setFilters, setView } = useAuditLog(useShallow((s) => ({ entries: s.entries, next: s.next, size: s.size, cursors: s.cursors, loading: s.loading, error: s.error, filters: s.filters, load: s.load, older: s.older, newer: s.newer, setFilters: s.setFilters, setView: s.setView })));
  const [clients, setClients] = useState<ClientSummary[]>([]);
  const [accountingFor, setAccountingFor] = useState('');

  useEffect(() => {
    void load();
    void call('clients.list', { status: 'all' }).then((r) => r.ok && setClients(r.value));
  }, [load]);

  const names = new Map(clients.map((c) => [c.clientId, c.legalName]));
  const page = cursors.length;
  const filtered = !!(filters.from || filters.to || filters.action || filters.recordId);
  const filterBy = (recordId: string) => setFilters({ recordId });

  return (
    <div className="audit-screen">
      <div className="screen-title">
        <ScreenHeading>Audit log</ScreenHeading>
      </div>
      <p className="lead audit-lead">
        Every time a record is read, changed or shared, Alcove notes it here — never what the record says. Entries cannot be
        changed or removed; verifying shows any tampering.
      </p>
      <VerifyPanel
        onVerified={() => void load()}
        aside={
          <form
            className="audit-tools-group no-print"
            aria-labelledby="accounting-pick-title"
            onSubmit={(e) => {
              e.preventDefault();
              if (accountingFor) setView({ name: 'accounting', clientId: accountingFor, from: 'audit' });
            }}
          >
            <h2 id="accounting-pick-title">Accounting of disclosures</h2>
            <div className="audit-pick">
              <ClientSelect id="accounting-pick" label="Accounting for client" value={accountingFor} clients={clients} emptyLabel="Choose a client" onChange={setAccountingFor} />
              <button type="submit" className="button-secondary" disabled={!accountingFor}>
                Open accounting
              </button>
            </div>
          </form>
        }
      />
      <section aria-labelledby="audit-entries-title">
        <h2 id="audit-entries-title">Entries</h2>
        <Filters clients={clients} />
        {error ? <ErrorAlert error={error} /> : null}
        <p className="list-count" role="status" aria-live="polite" data-testid="audit-status">
          {loading
            ? 'Loading entries…'
            : size === null
              ? ''
              : `The log holds ${size.toLocaleString()} ${size === 1 ? 'entry' : 'entries'}. Page ${page}: ${entries.length} ${filtered ? 'matching ' : ''}${entries.length === 1 ? 'entry' : 'entries'}, newest first.`}
        </p>
        {entries.length > 0 ? (
          <div className="audit-table-wrap">
            <table className="record-table audit-table">
              <caption className="visually-hidden">Audit log entries, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Entry</th>
                  <th scope="col">When</th>
                  <th scope="col">What happened</th>
                  <th scope="col">Records</th>
                  <th scope="col">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <EntryRow key={e.seq} entry={e} names={names} onFilter={filterBy} />
                ))}
              </tbody>
            </table>
          </div>
        ) : !loading && size !== null ? (
          <p className="empty-line">{filtered ? 'No entries match these filters.' : 'No entries yet.'}</p>
        ) : null}
        <nav className="audit-paging no-print" aria-label="Audit log pages">
          <button type="button" className="button-secondary" onClick={() => void newer()} disabled={page <= 1 || loading}>
            ← Newer
          </button>
          <button type="button" className="button-secondary" onClick={() => void older()} disabled={!next || loading}>
            Older →
          </button>
        </nav>
      </section>
    </div>
  );
}
