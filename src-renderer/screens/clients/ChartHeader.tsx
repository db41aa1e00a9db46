// The top of a client's chart: who they are, their status (discharge and re-admit, each with
// a reason that stays in their history), the Part 2 mark, and any open risk flag with a way to
// resolve it (a note saying what was done is required). What is typed in either form is a draft
// (useDraft) until it is submitted or cancelled, and a form left open opens again after a lock.

import { useEffect, useState, type FormEvent } from 'react';
import { useDraft, useDraftWaiting, type DraftKey } from '../../lock/drafts.js';
import { ErrorAlert } from '../../components/Alert.js';
import { FormActions } from '../../components/FormActions.js';
import { Part2Badge, StatusBadge } from '../../components/Badges.js';
import { ScreenHeading } from '../../components/ScreenHeading.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { Field } from '../../components/Field.js';
import { ageOn, formatDay, formatStamp } from '../../records/dates.js';
import type { Client } from '../../records/types.js';
import { useChart } from '../../stores/chart.js';
import { useShallow } from 'zustand/react/shallow';

export function clientName(c: Pick<Client, 'legalName' | 'preferredName'>): string {
  return c.preferredName && c.preferredName !== c.legalName ? `${c.legalName} (${c.preferredName})` : c.legalName;
}

/** Open or closed, a form whose draft is waiting in the vault opens by itself. */
function useReopening(key: DraftKey): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  const waiting = useDraftWaiting(key);
  useEffect(() => {
    if (waiting) setOpen(true);
  }, [waiting]);
  return [open, setOpen];
}

function StatusChange({ client }: { client: Client }) {
  const [open, setOpen] = useReopening(`discharge:${client.clientId}`);
  const discharging = client.status === 'active';
  if (!open) {
    return (
      <button type="button" className="button-quiet" onClick={() => setOpen(true)}>
        {discharging ? 'Discharge…' : 'Re-admit…'}
      </button>
    );
  }
  return <StatusChangeForm client={client} discharging={discharging} onDone={() => setOpen(false)} />;
}

function StatusChangeForm({ client, discharging, onDone }: { client: Client; discharging: boolean; onDone(): void }) {
  const { discharge, readmit } = useChart(useShallow((s) => ({ discharge: s.discharge, readmit: s.readmit })));
  const draft = useDraft(`discharge:${client.clientId}`, { reason: '' }, client.clientId);
  const { reason } = draft.value;
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const ok = await (discharging ? discharge(reason.trim()) : readmit(reason.trim()));
    setBusy(false);
    if (ok) {
      await draft.discard({ reason: '' });
      onDone();
    }
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={discharging ? 'Discharge client' : 'Re-admit client'}>
      <Field
        label={discharging ? 'Reason for discharge' : 'Reason for re-admission'}
        value={reason}
        onValue={(r) => draft.set({ reason: r })}
        maxLength={500}
        autoFocus
      />
      <FormActions label={discharging ? 'Discharge client' : 'Re-admit client'} busy={busy} onCancel={() => void draft.discard({ reason: '' }).finally(onDone)} />
    </form>
  );
}

function RiskFlag({ flag, clientId }: { flag: Client['flags'][number]; clientId: string }) {
  const [resolving, setResolving] = useReopening(`flag:${flag.flagId}`);
  return (
    <li className="risk-flag">
      <div className="risk-flag-text">
        <p className="risk-flag-message">{flag.message}</p>
        <p className="muted">Raised {formatStamp(flag.raisedAt)}</p>
      </div>
      {resolving ? (
        <ResolveFlagForm flagId={flag.flagId} clientId={clientId} onDone={() => setResolving(false)} />
      ) : (
        <button type="button" className="button-secondary" onClick={() => setResolving(true)}>
          Resolve…
        </button>
      )}
    </li>
  );
}

function ResolveFlagForm({ flagId, clientId, onDone }: { flagId: string; clientId: string; onDone(): void }) {
  const resolveFlag = useChart((s) => s.resolveFlag);
  const draft = useDraft(`flag:${flagId}`, { note: '' }, clientId);
  const { note } = draft.value;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) return;
    if (await resolveFlag(flagId, note.trim())) {
      await draft.discard({ note: '' });
      onDone();
    }
  };
  return (
    <form onSubmit={submit} className="inline-form" aria-label="Resolve risk flag">
      <TextAreaField label="What was done" hint="For example: safety plan reviewed, no current intent." value={note} onValue={(n) => draft.set({ note: n })} rows={2} autoFocus />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={!note.trim()}>
          Resolve flag
        </button>
        <button type="button" className="button-quiet" onClick={() => void draft.discard({ note: '' }).finally(onDone)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function ChartHeader({ client, children }: { client: Client; children?: React.ReactNode }) {
  const actionError = useChart((s) => s.actionError);
  const age = ageOn(client.dob);
  const lastEpisode = client.episodes[client.episodes.length - 1];
  return (
    <header className="chart-header">
      <div className="chart-identity">
        <ScreenHeading>{clientName(client)}</ScreenHeading>
        <p className="chart-facts">
          {client.pronouns ? <span>{client.pronouns}</span> : null}
          {client.dob ? (
            <span>
              Born {formatDay(client.dob)}
              {age !== null ? ` (${age})` : ''}
            </span>
          ) : null}
          {client.identifiers.mrn ? <span>MRN {client.identifiers.mrn}</span> : null}
          <StatusBadge status={client.status} />
          {client.part2 ? <Part2Badge /> : null}
        </p>
        {client.status === 'discharged' && lastEpisode ? (
          <p className="muted">
            Discharged {formatStamp(lastEpisode.at)}
            {lastEpisode.reason ? ` — ${lastEpisode.reason}` : ''}
          </p>
        ) : null}
      </div>
      <div className="chart-status">
        <StatusChange client={client} />
      </div>
      <div className="chart-actions">{children}</div>
      {actionError ? <ErrorAlert error={actionError} /> : null}
      {client.flags.length > 0 ? (
        <section className="risk-flags" aria-labelledby="risk-flags-title">
          <h2 id="risk-flags-title">{client.flags.length === 1 ? 'Open risk flag' : `${client.flags.length} open risk flags`}</h2>
          <ul>
            {client.flags.map((f) => (
              <RiskFlag key={f.flagId} flag={f} clientId={client.clientId} />
            ))}
          </ul>
        </section>
      ) : null}
    </header>
  );
}
