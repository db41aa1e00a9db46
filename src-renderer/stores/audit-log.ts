// The audit viewer: filters, the page showing and the cursors that lead back to newer pages.
// The core pages by a (time, seq) cursor toward older entries only, so "Newer" walks back a
// stack of the cursors already used — never an offset. Answers arriving out of order are
// dropped. Which view of the Audit section shows (the log, or one client's accounting of
// disclosures) lives here too.

import { create } from 'zustand';
import { call, type ApiInput, type ApiOutput, type WireError } from '../api.js';
import { registerReset } from './reset.js';
import { useWorkspace } from './workspace.js';

export type AuditEntry = ApiOutput<'audit.page'>['entries'][number];

export interface AuditFilters {
  /** Calendar dates (YYYY-MM-DD), local time, both inclusive; '' for open. */
  from: string;
  to: string;
  action: string;
  /** A client id or any other pseudonymous record id; '' for all. */
  recordId: string;
}

export type AuditView = { name: 'log' } | { name: 'accounting'; clientId: string; from: 'chart' | 'audit' };

export const PAGE_SIZES = [10, 25, 50, 100, 200] as const;

interface AuditLogState {
  view: AuditView;
  filters: AuditFilters;
  pageSize: number;
  /** cursors[i] is what fetched page i; cursors[0] is undefined (the newest page). */
  cursors: (string | undefined)[];
  entries: AuditEntry[];
  next: string | null;
  size: number | null;
  loading: boolean;
  error: WireError | null;
  setView: (view: AuditView) => void;
  setFilters: (patch: Partial<AuditFilters>) => void;
  setPageSize: (size: number) => void;
  load: () => Promise<void>;
  older: () => Promise<void>;
  newer: () => Promise<void>;
}

const initial = {
  view: { name: 'log' } as AuditView,
  filters: { from: '', to: '', action: '', recordId: '' },
  pageSize: 50,
  cursors: [undefined] as (string | undefined)[],
  entries: [] as AuditEntry[],
  next: null as string | null,
  size: null as number | null,
  loading: false,
  error: null as WireError | null,
};

/** Local midnight of a calendar date, in UTC ms; null when the date is not a date. */
export function localMidnight(iso: string, addDays = 0): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ms = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + addDays).getTime();
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

export function pageQuery(filters: AuditFilters, limit: number, cursor: string | undefined): ApiInput<'audit.page'> {
  const from = localMidnight(filters.from);
  // "To" is inclusive on screen; the core's bound is exclusive: the next day's midnight.
  const to = localMidnight(filters.to, 1);
  return {
    limit,
    ...(from !== null ? { from } : {}),
    ...(to !== null ? { to } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.recordId ? { recordId: filters.recordId } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

let ticket = 0;

export const useAuditLog = create<AuditLogState>()((set, get) => {
  const fetchPage = async (cursors: (string | undefined)[]) => {
    const mine = ++ticket;
    const { filters, pageSize } = get();
    set({ loading: true, error: null });
    const r = await call('audit.page', pageQuery(filters, pageSize, cursors[cursors.length - 1]));
    if (mine !== ticket) return;
    if (r.ok) set({ cursors, entries: r.value.entries, next: r.value.next, size: r.value.size, loading: false });
    else set({ error: r.error, loading: false });
  };
  return {
    ...initial,
    setView: (view) => set({ view }),
    setFilters(patch) {
      set((s) => ({ filters: { ...s.filters, ...patch } }));
      void fetchPage([undefined]);
    },
    setPageSize(pageSize) {
      set({ pageSize });
      void fetchPage([undefined]);
    },
    load: () => fetchPage(get().cursors),
    async older() {
      const { next, cursors } = get();
      if (next) await fetchPage([...cursors, next]);
    },
    async newer() {
      const { cursors } = get();
      if (cursors.length > 1) await fetchPage(cursors.slice(0, -1));
    },
  };
});

/** The chart's way in: the Audit section, showing this client's accounting of disclosures. */
export function openAccounting(clientId: string, showAuditSection: () => void): void {
  useAuditLog.getState().setView({ name: 'accounting', clientId, from: 'chart' });
  showAuditSection();
}

// The accounting shows only when asked for on the way in (openAccounting, the log's picker).
// Any other move — leaving the section, or pressing "Audit log" in the navigation while
// already there — comes back to the log.
useWorkspace.subscribe((now, before) => {
  const enteringAudit = now.section === 'audit' && before.section !== 'audit';
  if (!enteringAudit && useAuditLog.getState().view.name !== 'log') useAuditLog.setState({ view: { name: 'log' } });
});

registerReset(() => {
  ticket++;
  useAuditLog.setState(initial);
});
