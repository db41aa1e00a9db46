// The practitioner profile (issue 12): who signs, as a person with credentials, instead of
// the vault's display name. Signatures from now on carry the signer as they were at signing
// (`signed_by_json`, covered by the content hash). Signatures made before this migration
// keep their `signed_by` text exactly as it was and are marked `signed_by_legacy = 1`: their
// hash never covered a signer, and no one may invent one for them now.
//
// Signed rows are immutable by trigger; marking them means lifting each trigger for this one
// statement inside the migration's transaction and putting it back as it was.

import type { Migration } from './migration.js';

const signerColumns = (table: string) => `
    ALTER TABLE ${table} ADD COLUMN signed_by_json TEXT;
    ALTER TABLE ${table} ADD COLUMN signed_by_legacy INTEGER NOT NULL DEFAULT 0 CHECK (signed_by_legacy IN (0, 1));`;

export const migration0005: Migration = {
  version: 5,
  name: 'profile',
  up: `
    CREATE TABLE practitioner_profile (
      id              INTEGER PRIMARY KEY CHECK (id = 1),
      name            TEXT,
      credentials     TEXT,
      license_number  TEXT,
      license_state   TEXT,
      npi             TEXT,
      practice        TEXT,
      address         TEXT,
      phone           TEXT,
      updated_at      INTEGER NOT NULL
    ) STRICT;
    ${signerColumns('notes')}
    ${signerColumns('note_amendments')}
    ${signerColumns('plans')}

    DROP TRIGGER notes_signed_are_immutable;
    UPDATE notes SET signed_by_legacy = 1 WHERE status = 'signed';
    CREATE TRIGGER notes_signed_are_immutable BEFORE UPDATE ON notes
    WHEN OLD.status = 'signed'
    BEGIN SELECT RAISE(ABORT, 'signed note is immutable'); END;

    DROP TRIGGER note_amendments_immutable;
    UPDATE note_amendments SET signed_by_legacy = 1;
    CREATE TRIGGER note_amendments_immutable BEFORE UPDATE ON note_amendments
    BEGIN SELECT RAISE(ABORT, 'amendment is immutable'); END;

    DROP TRIGGER plans_signed_are_immutable;
    UPDATE plans SET signed_by_legacy = 1 WHERE status = 'signed';
    CREATE TRIGGER plans_signed_are_immutable BEFORE UPDATE ON plans
    WHEN OLD.status = 'signed'
    BEGIN SELECT RAISE(ABORT, 'signed plan is immutable'); END;
  `,
};
