// The client chart: everything a clinician glances at when opening a client, in one read.
// Note bodies are not loaded (the stored preview is), so a chart of hundreds of notes stays
// a few milliseconds.

import type Database from 'better-sqlite3-multiple-ciphers';
import type { Client, ContactNote, MeasureRecord, NoteSummary, Plan } from './schemas.js';
import { getClient } from './clients.js';
import { listContacts } from './contacts.js';
import { listMeasures } from './measures-store.js';
import { listNotesForClient } from './notes.js';
import { listPlans } from './plans.js';

export interface ClientChart {
  client: Client;
  notes: NoteSummary[];
  measures: MeasureRecord[];
  plans: Plan[];
  contacts: ContactNote[];
}

export function clientChart(db: Database.Database, input: { clientId: string }): ClientChart {
  const client = getClient(db, input);
  return {
    client,
    notes: listNotesForClient(db, input.clientId),
    measures: listMeasures(db, input.clientId),
    plans: listPlans(db, input.clientId),
    contacts: listContacts(db, input.clientId),
  };
}
