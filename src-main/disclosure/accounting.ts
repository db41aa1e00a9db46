// Recording disclosures and producing the accounting a client may ask for (45 CFR 164.528):
// for each disclosure in the period (six years back by default), the date, the recipient
// (and address if known), what was disclosed, the purpose, and — Alcove adds — the basis it
// relied on and how it was sent.

import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../errors.js';
import { assertClient, clientTitle } from '../records/clients.js';
import { newId, stmt, todayIso, type OpContext } from '../records/db.js';

export interface DisclosureInput {
  clientId: string;
  disclosedOn: string;
  recipientName: string;
  recipientAddress?: string;
  description: string;
  purpose: string;
  /** The consent or legal basis relied on (a consent id once consents exist, else free text). */
  basis: string;
  consentId?: string;
  method: string;
  source?: 'manual' | 'export' | 'share';
}

export interface DisclosureRow {
  disclosureId: string;
  disclosedOn: string;
  recipientName: string;
  recipientAddress: string | null;
  description: string;
  purpose: string;
  basis: string;
  consentId: string | null;
  method: string;
  source: 'manual' | 'export' | 'share';
  recordedBy: string;
  recordedAt: number;
}

export interface Accounting {
  clientId: string;
  clientName: string;
  dob: string | null;
  from: string;
  to: string;
  producedOn: string;
  rows: DisclosureRow[];
}

export function recordDisclosure(db: Database.Database, input: DisclosureInput, ctx: OpContext): { disclosureId: string } {
  assertClient(db, input.clientId);
  if (input.disclosedOn > todayIso(ctx.now)) throw new AlcoveError('VALIDATION_FAILED', 'A disclosure cannot be dated in the future.');
  const id = newId();
  stmt(
    db,
    `INSERT INTO disclosures (id, client_id, disclosed_on, recipient_name, recipient_address, description, purpose, basis, consent_id, method, source, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.clientId,
    input.disclosedOn,
    input.recipientName,
    input.recipientAddress ?? null,
    input.description,
    input.purpose,
    input.basis,
    input.consentId ?? null,
    input.method,
    input.source ?? 'manual',
    ctx.actor,
    ctx.now,
  );
  return { disclosureId: id };
}

/** Six years back from today, as 164.528(a) allows the client to ask for. */
export function defaultPeriod(now: number): { from: string; to: string } {
  const to = new Date(now);
  const from = new Date(Date.UTC(to.getUTCFullYear() - 6, to.getUTCMonth(), to.getUTCDate()));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

export function accountingOfDisclosures(db: Database.Database, input: { clientId: string; from?: string; to?: string }, ctx: OpContext): Accounting {
  const period = defaultPeriod(ctx.now);
  const from = input.from ?? period.from;
  const to = input.to ?? period.to;
  const name = clientTitle(db, input.clientId);
  const dob = (stmt(db, 'SELECT dob FROM clients WHERE id = ?').get(input.clientId) as { dob: string | null }).dob;
  const rows = (
    stmt(db, 'SELECT * FROM disclosures WHERE client_id = ? AND disclosed_on >= ? AND disclosed_on <= ? ORDER BY disclosed_on, recorded_at').all(input.clientId, from, to) as {
      id: string;
      disclosed_on: string;
      recipient_name: string;
      recipient_address: string | null;
      description: string;
      purpose: string;
      basis: string;
      consent_id: string | null;
      method: string;
      source: DisclosureRow['source'];
      recorded_by: string;
      recorded_at: number;
    }[]
  ).map((r) => ({
    disclosureId: r.id,
    disclosedOn: r.disclosed_on,
    recipientName: r.recipient_name,
    recipientAddress: r.recipient_address,
    description: r.description,
    purpose: r.purpose,
    basis: r.basis,
    consentId: r.consent_id,
    method: r.method,
    source: r.source,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  }));
  return { clientId: input.clientId, clientName: name, dob, from, to, producedOn: todayIso(ctx.now), rows };
}

/** RFC 4180 CSV; a leading =, +, - or @ is neutralised so a spreadsheet never runs it. */
export function accountingCsv(a: Accounting): string {
  const cell = (v: string | null) => {
    let t = v ?? '';
    if (/^[=+\-@\t\r]/.test(t)) t = `'${t}`;
    return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  const header = ['Date of disclosure', 'Recipient', 'Recipient address', 'What was disclosed', 'Purpose', 'Basis (consent or law)', 'How it was sent'];
  const lines = [header, ...a.rows.map((r) => [r.disclosedOn, r.recipientName, r.recipientAddress, r.description, r.purpose, r.basis, r.method])];
  return `${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}
