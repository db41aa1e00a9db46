// Global search (Ctrl/Cmd+K): type, and ranked hits appear with the matched words marked.
// Snippets arrive as plain-text pieces and are rendered as text, the hits in <mark> — never
// as HTML. Filters narrow by client, record type and date; "search older records" widens the
// window of newest matches the core ranks. A hit opens its record.

import { useEffect, useRef, useState } from 'react';
import { call } from '../../api.js';
import { ErrorAlert } from '../../components/Alert.js';
import { ClientSelect } from '../../components/ClientSelect.js';
import { ScreenHeading } from '../../components/ScreenHeading.js';
import { formatDay } from '../../records/dates.js';
import { RECORD_TYPE_NAMES, type ClientSummary, type RecordType, type SearchHit } from '../../records/types.js';
import { useSearch } from '../../stores/search.js';
import { useWorkspace, type RecordView } from '../../stores/workspace.js';
import { DateRangeFields } from '../../components/DateRangeFields.js';
import { useShallow } from 'zustand/react/shallow';

const TYPES: RecordType[] = ['note', 'amendment', 'plan', 'contact', 'client'];

export function viewForHit(hit: SearchHit): RecordView {
  switch (hit.recordType) {
    case 'note':
      return { name: 'note', clientId: hit.clientId, noteId: hit.recordId };
    case 'amendment':
      return hit.parentId ? { name: 'note', clientId: hit.clientId, noteId: hit.parentId } : { name: 'chart', clientId: hit.clientId };
    case 'plan':
      return { name: 'plan', clientId: hit.clientId, planId: hit.recordId };
    case 'client':
    case 'contact':
      return { name: 'chart', clientId: hit.clientId };
  }
}

function Snippet({ parts }: { parts: SearchHit['snippet'] }) {
  return (
    <p className="search-snippet">
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </p>
  );
}

function Filters({ clients }: { clients: ClientSummary[] }) {
  const { filters, setFilters } = useSearch(useShallow((s) => ({ filters: s.filters, setFilters: s.setFilters })));
  const toggle = (t: RecordType) =>
    setFilters({ recordTypes: filters.recordTypes.includes(t) ? filters.recordTypes.filter((x) => x !== t) : [...filters.recordTypes, t] });
  return (
    <div className="search-filters">
      <ClientSelect id="search-client" label="Client" value={filters.clientId} clients={clients} emptyLabel="All clients" onChange={(clientId) => setFilters({ clientId })} />
      <fieldset className="search-types">
        <legend>Record types</legend>
        {TYPES.map((t) => (
          <label key={t} className="check-chip">
            <input type="checkbox" checked={filters.recordTypes.includes(t)} onChange={() => toggle(t)} />
            {RECORD_TYPE_NAMES[t]}
          </label>
        ))}
      </fieldset>
      <DateRangeFields idPrefix="search" from={filters.from} to={filters.to} onChange={setFilters} />
    </div>
  );
}

export function SearchSection() {
  const { query, hits, searched, complete, window, loading, error, setQuery, run, searchOlder } = useSearch(useShallow((s) => ({ query: s.query, hits: s.hits, searched: s.searched, complete: s.complete, window: s.window, loading: s.loading, error: s.error, setQuery: s.setQuery, run: s.run, searchOlder: s.searchOlder })));
  const { open, searchFocus } = useWorkspace(useShallow((s) => ({ open: s.open, searchFocus: s.searchFocus })));
  const input = useRef<HTMLInputElement>(null);
  const [clients, setClients] = useState<ClientSummary[]>([]);

  useEffect(() => {
    void call('clients.list', { status: 'all' }).then((r) => r.ok && setClients(r.value));
  }, []);
  useEffect(() => {
    if (searchFocus > 0) {
      input.current?.focus();
      input.current?.select();
    }
  }, [searchFocus]);

  const names = new Map(clients.map((c) => [c.clientId, c.legalName]));
  const count = hits.length === 1 ? '1 result' : `${hits.length} results`;

  return (
    <>
      <ScreenHeading focus={searchFocus === 0}>Search</ScreenHeading>
      <form
        role="search"
        aria-label="All records"
        className="panel search-panel"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <div className="field">
          <label htmlFor="search-records">Search all records</label>
          <p className="field-hint" id="search-records-hint">
            Notes, amendments, plans, contact notes and client names. Words are matched as typed; nothing you type is treated as a command.
          </p>
          <input
            ref={input}
            id="search-records"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby="search-records-hint"
            aria-keyshortcuts="Control+K"
          />
        </div>
        <Filters clients={clients} />
      </form>
      {error ? <ErrorAlert error={error} /> : null}
      <p className="list-count" role="status" aria-live="polite" data-testid="search-status">
        {loading ? 'Searching…' : searched ? (hits.length ? count : `Nothing matches “${searched}”.`) : ''}
      </p>
      {hits.length > 0 ? (
        <ol className="search-results" aria-label="Search results">
          {hits.map((h) => (
            <li key={`${h.recordType}-${h.recordId}`} className="search-hit" data-testid="search-hit">
              <div className="search-hit-head">
                <button type="button" className="row-link" onClick={() => open(viewForHit(h))}>
                  {h.title}
                </button>
                <span className="badge">{RECORD_TYPE_NAMES[h.recordType]}</span>
                {h.recordType !== 'client' && names.get(h.clientId) && !h.title.includes(names.get(h.clientId) ?? '') ? (
                  <span className="muted">{names.get(h.clientId)}</span>
                ) : null}
                <span className="search-hit-date">{formatDay(h.date)}</span>
              </div>
              <Snippet parts={h.snippet} />
            </li>
          ))}
        </ol>
      ) : null}
      {searched && !complete ? (
        <div className="search-older">
          <p className="muted">
            Ranked among the newest {window?.toLocaleString()} matching records. Older records may match too.
          </p>
          <button type="button" className="button-secondary" onClick={() => void searchOlder()} disabled={loading}>
            Search older records
          </button>
        </div>
      ) : null}
      {!searched && !loading ? (
        <div className="empty-state">
          <h2>Find anything in your records</h2>
          <p>Type a word or the start of one: a client’s name, a symptom, an intervention. Press Ctrl+K from anywhere to come here.</p>
        </div>
      ) : null}
    </>
  );
}
