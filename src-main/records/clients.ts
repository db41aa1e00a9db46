// Clients: who the practitioner sees. Discharge and re-admission are episodes, never edits
// that lose history. Names are indexed for search; a rename re-titles the client's records.

import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../errors.js';
import type { Client, ClientFields, ClientSummary } from './schemas.js';
import { newId, notFound, stmt, type OpContext } from './db.js';
import { indexRecord } from './search.js';

interface ClientRow {
  id: string;
  legal_name: string;
  preferred_name: string | null;
  pronouns: string | null;
  dob: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  emergency_contact: string | null;
  identifiers: string;
  status: 'active' | 'discharged';
  part2: number;
  background: string | null;
  created_at: number;
  updated_at: number;
}

export function displayName(c: { legal_name: string; preferred_name: string | null }): string {
  return c.preferred_name && c.preferred_name !== c.legal_name ? `${c.legal_name} (${c.preferred_name})` : c.legal_name;
}

function indexClient(db: Database.Database, row: Pick<ClientRow, 'id' | 'legal_name' | 'preferred_name' | 'created_at'>): void {
  indexRecord(db, {
    recordType: 'client',
    recordId: row.id,
    clientId: row.id,
    date: new Date(row.created_at).toISOString().slice(0, 10),
    title: displayName(row),
    body: '',
  });
}

export function createClient(db: Database.Database, input: ClientFields, ctx: OpContext): { clientId: string } {
  const id = newId();
  stmt(
    db,
    `INSERT INTO clients (id, legal_name, preferred_name, pronouns, dob, phone, email, address, emergency_contact, identifiers, status, part2, background, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)`,
  ).run(
    id,
    input.legalName,
    input.preferredName ?? null,
    input.pronouns ?? null,
    input.dob ?? null,
    input.phone ?? null,
    input.email ?? null,
    input.address ?? null,
    input.emergencyContact ? JSON.stringify(input.emergencyContact) : null,
    JSON.stringify(input.identifiers ?? {}),
    input.part2 ? 1 : 0,
    input.background ?? null,
    ctx.now,
    ctx.now,
  );
  stmt(db, `INSERT INTO client_episodes (client_id, status, at, reason) VALUES (?, 'active', ?, 'admitted')`).run(id, ctx.now);
  indexClient(db, { id, legal_name: input.legalName, preferred_name: input.preferredName ?? null, created_at: ctx.now });
  return { clientId: id };
}

function row(db: Database.Database, clientId: string): ClientRow {
  const r = stmt(db, 'SELECT * FROM clients WHERE id = ?').get(clientId) as ClientRow | undefined;
  if (!r) throw notFound('client');
  return r;
}

export function assertClient(db: Database.Database, clientId: string): void {
  if (!stmt(db, 'SELECT 1 FROM clients WHERE id = ?').get(clientId)) throw notFound('client');
}

export function getClient(db: Database.Database, input: { clientId: string }): Client {
  const r = row(db, input.clientId);
  const episodes = stmt(db, 'SELECT status, at, reason FROM client_episodes WHERE client_id = ? ORDER BY at, id').all(r.id) as Client['episodes'];
  const flags = (
    stmt(db, 'SELECT id, kind, message, raised_at FROM client_flags WHERE client_id = ? AND resolved_at IS NULL ORDER BY raised_at DESC').all(r.id) as {
      id: string;
      kind: string;
      message: string;
      raised_at: number;
    }[]
  ).map((f) => ({ flagId: f.id, kind: f.kind, message: f.message, raisedAt: f.raised_at }));
  const out: Client = {
    clientId: r.id,
    legalName: r.legal_name,
    status: r.status,
    part2: r.part2 === 1,
    identifiers: JSON.parse(r.identifiers) as Client['identifiers'],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    episodes,
    flags,
  };
  if (r.preferred_name) out.preferredName = r.preferred_name;
  if (r.pronouns) out.pronouns = r.pronouns;
  if (r.dob) out.dob = r.dob;
  if (r.phone) out.phone = r.phone;
  if (r.email) out.email = r.email;
  if (r.address) out.address = r.address;
  if (r.emergency_contact) out.emergencyContact = JSON.parse(r.emergency_contact) as Client['emergencyContact'];
  if (r.background) out.background = r.background;
  return out;
}

export function updateClient(db: Database.Database, input: { clientId: string; fields: Partial<ClientFields> }, ctx: OpContext): { clientId: string } {
  const r = row(db, input.clientId);
  const f = input.fields;
  const pick = <T>(key: keyof ClientFields, current: T): T => (key in f ? ((f[key] ?? null) as T) : current);
  const next = {
    legal_name: f.legalName ?? r.legal_name,
    preferred_name: pick('preferredName', r.preferred_name),
    pronouns: pick('pronouns', r.pronouns),
    dob: pick('dob', r.dob),
    phone: pick('phone', r.phone),
    email: pick('email', r.email),
    address: pick('address', r.address),
    emergency_contact: 'emergencyContact' in f ? (f.emergencyContact ? JSON.stringify(f.emergencyContact) : null) : r.emergency_contact,
    identifiers: 'identifiers' in f ? JSON.stringify(f.identifiers ?? {}) : r.identifiers,
    part2: 'part2' in f ? (f.part2 ? 1 : 0) : r.part2,
    background: pick('background', r.background),
  };
  stmt(
    db,
    `UPDATE clients SET legal_name = ?, preferred_name = ?, pronouns = ?, dob = ?, phone = ?, email = ?, address = ?,
       emergency_contact = ?, identifiers = ?, part2 = ?, background = ?, updated_at = ? WHERE id = ?`,
  ).run(
    next.legal_name,
    next.preferred_name,
    next.pronouns,
    next.dob,
    next.phone,
    next.email,
    next.address,
    next.emergency_contact,
    next.identifiers,
    next.part2,
    next.background,
    ctx.now,
    r.id,
  );
  if (next.legal_name !== r.legal_name || next.preferred_name !== r.preferred_name) {
    indexClient(db, { id: r.id, legal_name: next.legal_name, preferred_name: next.preferred_name, created_at: r.created_at });
  }
  return { clientId: r.id };
}

export function setClientStatus(
  db: Database.Database,
  input: { clientId: string; status: 'active' | 'discharged'; reason?: string },
  ctx: OpContext,
): { clientId: string } {
  const r = row(db, input.clientId);
  if (r.status === input.status) {
    throw new AlcoveError('CONFLICT', input.status === 'active' ? 'This client is already active.' : 'This client is already discharged.');
  }
  stmt(db, 'UPDATE clients SET status = ?, updated_at = ? WHERE id = ?').run(input.status, ctx.now, r.id);
  stmt(db, 'INSERT INTO client_episodes (client_id, status, at, reason) VALUES (?, ?, ?, ?)').run(r.id, input.status, ctx.now, input.reason ?? null);
  return { clientId: r.id };
}

export function listClients(
  db: Database.Database,
  input: { status?: 'active' | 'discharged' | 'all'; nameStartsWith?: string },
): ClientSummary[] {
  const status = input.status ?? 'active';
  const rows = stmt(
    db,
    `SELECT c.id, c.legal_name, c.preferred_name, c.status, c.part2, c.dob,
            (SELECT count(*) FROM client_flags f WHERE f.client_id = c.id AND f.resolved_at IS NULL) AS open_flags,
            (SELECT max(session_date) FROM notes n WHERE n.client_id = c.id) AS last_session
       FROM clients c
      WHERE (? = 'all' OR c.status = ?)
      ORDER BY c.legal_name COLLATE NOCASE`,
  ).all(status, status) as {
    id: string;
    legal_name: string;
    preferred_name: string | null;
    status: 'active' | 'discharged';
    part2: number;
    dob: string | null;
    open_flags: number;
    last_session: string | null;
  }[];
  const needle = input.nameStartsWith?.toLocaleLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  const fold = (s: string) => s.toLocaleLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  return rows
    .filter((r) => !needle || fold(`${r.legal_name} ${r.preferred_name ?? ''}`).split(/\s+/).some((w) => w.startsWith(needle)) || fold(r.legal_name).startsWith(needle))
    .map((r) => ({
      clientId: r.id,
      legalName: r.legal_name,
      preferredName: r.preferred_name,
      status: r.status,
      part2: r.part2 === 1,
      dob: r.dob,
      openFlags: r.open_flags,
      lastSessionDate: r.last_session,
    }));
}

export function resolveFlag(db: Database.Database, input: { flagId: string; note: string }, ctx: OpContext): { flagId: string } {
  const res = stmt(db, 'UPDATE client_flags SET resolved_at = ?, resolved_note = ? WHERE id = ? AND resolved_at IS NULL').run(ctx.now, input.note, input.flagId);
  if (res.changes === 0) throw notFound('open risk flag');
  return { flagId: input.flagId };
}

export function clientTitle(db: Database.Database, clientId: string): string {
  const r = stmt(db, 'SELECT legal_name, preferred_name FROM clients WHERE id = ?').get(clientId) as
    | { legal_name: string; preferred_name: string | null }
    | undefined;
  if (!r) throw notFound('client');
  return displayName(r);
}
