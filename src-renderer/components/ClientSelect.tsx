// A labelled choice of one client by name (search filter, audit filter, accounting of
// disclosures): the same field wherever a list is narrowed to one client.

import type { ClientSummary } from '../records/types.js';

export function ClientSelect({ id, label, value, clients, emptyLabel, onChange }: { id: string; label: string; value: string; clients: ClientSummary[]; emptyLabel: string; onChange: (clientId: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{emptyLabel}</option>
        {clients.map((c) => (
          <option key={c.clientId} value={c.clientId}>
            {c.legalName}
          </option>
        ))}
      </select>
    </div>
  );
}
