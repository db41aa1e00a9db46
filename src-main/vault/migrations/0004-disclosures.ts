// The accounting of disclosures (HIPAA 45 CFR 164.528): every disclosure of a client's
// records, made by Alcove (exports, shares) or outside it (a fax, a call to a court). Like
// the audit log, disclosure records can never be edited or deleted, and no retention purge
// of clinical records touches them.

import type { Migration } from './migration.js';

export const migration0004: Migration = {
  version: 4,
  name: 'disclosures',
  up: `
    CREATE TABLE disclosures (
      id                TEXT PRIMARY KEY,
      client_id         TEXT NOT NULL REFERENCES clients (id),
      disclosed_on      TEXT NOT NULL,
      recipient_name    TEXT NOT NULL,
      recipient_address TEXT,
      description       TEXT NOT NULL,
      purpose           TEXT NOT NULL,
      basis             TEXT NOT NULL,
      consent_id        TEXT,
      method            TEXT NOT NULL,
      source            TEXT NOT NULL CHECK (source IN ('manual', 'export', 'share')),
      recorded_by       TEXT NOT NULL,
      recorded_at       INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX disclosures_by_client ON disclosures (client_id, disclosed_on);
    CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures
    BEGIN SELECT RAISE(ABORT, 'disclosure records cannot be changed'); END;
    CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
    BEGIN SELECT RAISE(ABORT, 'disclosure records cannot be deleted'); END;
  `,
};
