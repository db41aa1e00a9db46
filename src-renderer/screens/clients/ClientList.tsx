// The client list: find a client by typing the start of any name (search-as-you-type), filter
// by status, see at a glance who is Part 2 and who has an open risk flag, add a new client.

import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../components/Alert.js';
import { Part2Badge, RiskBadge, StatusBadge } from '../../components/Badges.js';
import { ScreenHeading } from '../../components/ScreenHeading.js';
import { ageOn, formatDay } from '../../records/dates.js';
import { useClientList, type StatusFilter } from '../../stores/clients.js';
import { useWorkspace } from '../../stores/workspace.js';
import { NewClientForm } from './NewClientForm.js';
import { useDraftWaiting } from '../../lock/drafts.js';
import { useShallow } from 'zustand/react/shallow';
import { useRenderCount } from '../../components/render-count.js';

const FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'discharged', label: 'Discharged' },
  { value: 'all', label: 'All' },
];

function FirstDay({ onAdd, onSettings }: { onAdd(): void; onSettings(): void }) {
  return (
    <div className="empty-state">
      <h2>Your vault is ready</h2>
      <p>You have no clients yet. Here is what to do next:</p>
      <ol className="steps">
        <li>Keep your recovery kit somewhere safe, away from this computer.</li>
        <li>Add your first client, then write session notes and score measures from their chart.</li>
        <li>Lock Alcove whenever you step away: press Ctrl+L, or choose Lock at the top right.</li>
      </ol>
      <div className="actions">
        <button type="button" className="button-primary" onClick={onAdd}>
          Add your first client
        </button>
        <button type="button" className="button-secondary" onClick={onSettings}>
          Review settings
        </button>
      </div>
    </div>
  );
}

export function ClientList() {
  useRenderCount('client-list');
  const { query, status, clients, anyClients, loading, error, setQuery, setStatus, load } = useClientList(useShallow((s) => ({ query: s.query, status: s.status, clients: s.clients, anyClients: s.anyClients, loading: s.loading, error: s.error, setQuery: s.setQuery, setStatus: s.setStatus, load: s.load })));
  const { open, show } = useWorkspace(useShallow((s) => ({ open: s.open, show: s.show })));
  const [adding, setAdding] = useState(false);
  // A new client left half-entered (a lock, a move elsewhere) opens again with what was typed.
  const clientWaiting = useDraftWaiting('client:new');
  useEffect(() => {
    if (clientWaiting) setAdding(true);
  }, [clientWaiting]);

  useEffect(() => {
    void load();
  }, [load]);

  const openChart = (clientId: string) => open({ name: 'chart', clientId });

  return (
    <>
      <div className="screen-title">
        <ScreenHeading>Clients</ScreenHeading>
        {!adding && anyClients ? (
          <button type="button" className="button-primary" onClick={() => setAdding(true)}>
            New client
          </button>
        ) : null}
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {adding ? (
        <NewClientForm
          onCreated={(clientId) => {
            setAdding(false);
            void load();
            openChart(clientId);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      {anyClients === false && !adding ? <FirstDay onAdd={() => setAdding(true)} onSettings={() => show('settings')} /> : null}
      {anyClients ? (
        <section aria-labelledby="client-list-title">
          <h2 id="client-list-title" className="visually-hidden">
            Client list
          </h2>
          <div className="toolbar" role="search" aria-label="Client list filters">
            <div className="field field-inline">
              <label htmlFor="client-filter">Find a client</label>
              <input
                id="client-filter"
                type="search"
                autoComplete="off"
                spellCheck={false}
                placeholder="Start of a name"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && clients[0]) openChart(clients[0].clientId);
                }}
              />
            </div>
            <fieldset className="segmented">
              <legend>Status</legend>
              {FILTERS.map((f) => (
                <label key={f.value} className={status === f.value ? 'is-checked' : undefined}>
                  <input type="radio" name="client-status" value={f.value} checked={status === f.value} onChange={() => setStatus(f.value)} />
                  {f.label}
                </label>
              ))}
            </fieldset>
          </div>
          <p className="list-count" role="status" aria-live="polite">
            {loading ? 'Searching…' : clients.length === 1 ? '1 client' : `${clients.length} clients`}
          </p>
          {clients.length > 0 ? (
            <table className="record-table client-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Date of birth</th>
                  <th scope="col">Last session</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {clients.map((c) => {
                  const age = ageOn(c.dob);
                  return (
                    <tr key={c.clientId} data-testid="client-row">
                      <th scope="row">
                        <button type="button" className="row-link" onClick={() => openChart(c.clientId)}>
                          {c.legalName}
                        </button>
                        {c.preferredName ? <span className="muted"> ({c.preferredName})</span> : null}
                        <span className="badges">
                          {c.part2 ? <Part2Badge /> : null}
                          <RiskBadge count={c.openFlags} />
                        </span>
                      </th>
                      <td>
                        {formatDay(c.dob)}
                        {age !== null ? <span className="muted"> · {age}</span> : null}
                      </td>
                      <td>{formatDay(c.lastSessionDate)}</td>
                      <td>
                        <StatusBadge status={c.status} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : (
            <p className="empty-line">{query.trim() ? `No ${status === 'all' ? '' : `${status} `}client’s name starts with “${query.trim()}”.` : `No ${status} clients.`}</p>
          )}
        </section>
      ) : null}
    </>
  );
}
