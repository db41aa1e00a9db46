// Contact notes: calls, messages and collateral contacts, recorded as they happen. They are
// short and written once; a correction is a new contact note that says so.

import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../errors.js';
import { LIMITS, type ContactNote } from './schemas.js';
import { newId, stmt, type OpContext } from './db.js';
import { assertClient, clientTitle } from './clients.js';
import { indexRecord } from './search.js';

export interface ContactInput {
  clientId: string;
  kind: ContactNote['kind'];
  occurredAt: string;
  withWhom?: string;
  text: string;
}

export function addContactNote(db: Database.Database, input: ContactInput, ctx: OpContext): { contactId: string } {
  assertClient(db, input.clientId);
  if (!input.text.trim()) throw new AlcoveError('VALIDATION_FAILED', 'A contact note needs text.');
  if (input.text.length > LIMITS.contactText) throw new AlcoveError('TOO_LARGE', `A contact note is limited to ${LIMITS.contactText.toLocaleString('en-US')} characters; nothing was cut.`);
  const id = newId();
  stmt(db, 'INSERT INTO contact_notes (id, client_id, kind, occurred_at, with_whom, text, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    id,
    input.clientId,
    input.kind,
    input.occurredAt,
    input.withWhom ?? null,
    input.text,
    ctx.actor,
    ctx.now,
  );
  indexRecord(db, {
    recordType: 'contact',
    recordId: id,
    clientId: input.clientId,
    date: input.occurredAt.slice(0, 10),
    title: `${clientTitle(db, input.clientId)} · ${input.kind} contact`,
    body: input.text,
  });
  return { contactId: id };
}

export function listContacts(db: Database.Database, clientId: string): ContactNote[] {
  return (
    stmt(db, 'SELECT * FROM contact_notes WHERE client_id = ? ORDER BY occurred_at DESC, created_at DESC').all(clientId) as {
      id: string;
      client_id: string;
      kind: ContactNote['kind'];
      occurred_at: string;
      with_whom: string | null;
      text: string;
      created_by: string;
      created_at: number;
    }[]
  ).map((c) => ({
    contactId: c.id,
    clientId: c.client_id,
    kind: c.kind,
    occurredAt: c.occurred_at,
    withWhom: c.with_whom,
    text: c.text,
    createdBy: c.created_by,
    createdAt: c.created_at,
  }));
}
