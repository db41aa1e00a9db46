// One client's accounting of disclosures (45 CFR 164.528): the period asked for (the last
// six years unless changed), the core's answer (rows and CSV), and recording a disclosure
// made outside Alcove. Answers for an older question are dropped.

import { create } from 'zustand';
import { call, type ApiInput, type ApiOutput, type WireError } from '../api.js';
import { toIso } from '../records/dates.js';
import { registerReset } from './reset.js';

export type Accounting = ApiOutput<'disclosures.accounting'>;
export type DisclosureInput = Omit<ApiInput<'disclosures.record'>, 'clientId'>;

interface DisclosuresState {
  clientId: string | null;
  from: string;
  to: string;
  accounting: Accounting | null;
  loading: boolean;
  error: WireError | null;
  open: (clientId: string) => Promise<void>;
  setPeriod: (from: string, to: string) => Promise<void>;
  load: () => Promise<void>;
  /** Records the disclosure and reloads; the error, if the core refused it. */
  record: (input: DisclosureInput) => Promise<WireError | null>;
}

/** The default period: the six years up to today, as the rule requires. */
export function lastSixYears(today = new Date()): { from: string; to: string } {
  const from = new Date(today.getFullYear() - 6, today.getMonth(), today.getDate());
  return { from: toIso(from), to: toIso(today) };
}

const initial = { clientId: null, from: '', to: '', accounting: null, loading: false, error: null };
const ISO = /^\d{4}-\d{2}-\d{2}$/;

let ticket = 0;

export const useDisclosures = create<DisclosuresState>()((set, get) => ({
  ...initial,
  async open(clientId) {
    if (get().clientId !== clientId) set({ clientId, ...lastSixYears(), accounting: null, error: null });
    await get().load();
  },
  async setPeriod(from, to) {
    set({ from, to });
    await get().load();
  },
  async load() {
    const { clientId, from, to } = get();
    if (!clientId) return;
    // A half-typed date is not asked about; the field shows what is wrong.
    if ((from && !ISO.test(from)) || (to && !ISO.test(to))) return;
    const mine = ++ticket;
    set({ loading: true, error: null });
    const r = await call('disclosures.accounting', { clientId, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    if (mine !== ticket) return;
    if (r.ok) set({ accounting: r.value, loading: false });
    else set({ error: r.error, loading: false });
  },
  async record(input) {
    const { clientId } = get();
    if (!clientId) return { code: 'VALIDATION_FAILED', message: 'Choose a client first.' };
    const r = await call('disclosures.record', { clientId, ...input });
    if (!r.ok) return r.error;
    await get().load();
    return null;
  },
}));

registerReset(() => {
  ticket++;
  useDisclosures.setState(initial);
});
