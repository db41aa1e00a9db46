// The export preview's engine: de-identify a text with what the vault knows of the client as
// context (names, nicknames, people named in the record, date of birth, address, contacts,
// identifiers), and apply a set of spans a clinician has adjusted by hand.

import type Database from 'better-sqlite3-multiple-ciphers';
import { getClient } from '../records/clients.js';
import { listContacts } from '../records/contacts.js';
import { applySpans, findSpans, type Category, type DeidContext } from '../deid/index.js';

export interface PreviewSpan {
  start: number;
  end: number;
  category: Category;
  source: string;
}

export function clientContext(db: Database.Database, clientId: string): DeidContext {
  const c = getClient(db, { clientId });
  const names = [c.legalName, c.preferredName, c.emergencyContact?.name, ...listContacts(db, clientId).map((x) => x.withWhom)].filter((n): n is string => Boolean(n));
  const identifiers = [c.phone, c.email, c.identifiers.mrn, c.identifiers.insuranceMemberId, c.emergencyContact?.phone].filter((n): n is string => Boolean(n));
  return {
    names,
    ...(c.dob ? { dates: [c.dob] } : {}),
    ...(c.address ? { addresses: [c.address] } : {}),
    identifiers,
  };
}

export function previewRedaction(db: Database.Database, input: { text: string; clientId?: string }): { spans: PreviewSpan[]; counts: Partial<Record<Category, number>> } {
  const context = input.clientId ? clientContext(db, input.clientId) : undefined;
  const spans = findSpans(input.text, context);
  const counts: Partial<Record<Category, number>> = {};
  for (const s of spans) counts[s.category] = (counts[s.category] ?? 0) + 1;
  return { spans: spans.map((s) => ({ start: s.start, end: s.end, category: s.category, source: s.source })), counts };
}

/** The final text of a preview: spans sorted and any overlap refused by the caller's schema. */
export function applyPreview(input: { text: string; spans: { start: number; end: number; category: Category }[]; style?: 'tags' | 'surrogates' }): { text: string } {
  const spans = [...input.spans].sort((a, b) => a.start - b.start);
  return { text: applySpans(input.text, spans, input.style ? { style: input.style } : {}) };
}
