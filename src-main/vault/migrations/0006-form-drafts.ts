// Form drafts: what a clinician has typed into a form and not yet submitted (a treatment plan
// being revised, a contact note, an amendment, a new client, a measure's answers in progress),
// saved before a lock so unlocking brings it back. One row per form, by a structured key
// (drafts.ts); submitting or cancelling the form deletes its row. A draft is not a clinical
// record: nothing signs it, nothing searches it, and it lives only inside the encrypted vault.

import type { Migration } from './migration.js';

export const FORM_DRAFTS_VERSION = 6;

export const migrationFormDrafts: Migration = {
  version: FORM_DRAFTS_VERSION,
  name: 'form-drafts',
  up: `
    CREATE TABLE form_drafts (
      key        TEXT PRIMARY KEY,
      client_id  TEXT,
      kind       TEXT NOT NULL,
      body       TEXT NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX form_drafts_by_client ON form_drafts (client_id);
  `,
};
