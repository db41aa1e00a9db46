// Clinical records: clients, session notes and their amendments, contact notes, treatment
// plans, measures, risk flags, and the full-text index over them. Signed rows are made
// immutable by triggers, so no code path (or bug) can edit a signed note in place.

import type { Migration } from './migration.js';

export const migration0003: Migration = {
  version: 3,
  name: 'records',
  up: `
    CREATE TABLE clients (
      id              TEXT PRIMARY KEY,
      legal_name      TEXT NOT NULL,
      preferred_name  TEXT,
      pronouns        TEXT,
      dob             TEXT,
      phone           TEXT,
      email           TEXT,
      address         TEXT,
      emergency_contact TEXT,
      identifiers     TEXT NOT NULL DEFAULT '{}',
      status          TEXT NOT NULL CHECK (status IN ('active', 'discharged')),
      part2           INTEGER NOT NULL DEFAULT 0 CHECK (part2 IN (0, 1)),
      background      TEXT,
      search_rowid    INTEGER,
      created_at      INTEGER NOT NULL,
      updated_at      INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX clients_by_name ON clients (legal_name COLLATE NOCASE);

    -- Discharge and re-admission keep their history.
    CREATE TABLE client_episodes (
      id         INTEGER PRIMARY KEY,
      client_id  TEXT NOT NULL REFERENCES clients (id),
      status     TEXT NOT NULL CHECK (status IN ('active', 'discharged')),
      at         INTEGER NOT NULL,
      reason     TEXT
    ) STRICT;
    CREATE INDEX client_episodes_by_client ON client_episodes (client_id, at);

    CREATE TABLE notes (
      id              TEXT PRIMARY KEY,
      client_id       TEXT NOT NULL REFERENCES clients (id),
      kind            TEXT NOT NULL CHECK (kind IN ('progress', 'psychotherapy')),
      template        TEXT NOT NULL CHECK (template IN ('soap', 'dap', 'birp', 'free')),
      sections        TEXT NOT NULL,
      preview         TEXT NOT NULL,
      session_date    TEXT NOT NULL,
      duration_min    INTEGER,
      modality        TEXT CHECK (modality IN ('in-person', 'telehealth', 'phone')),
      service_code    TEXT,
      status          TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
      revision        INTEGER NOT NULL DEFAULT 1,
      late_entry      INTEGER NOT NULL DEFAULT 0,
      signed_by       TEXT,
      signed_at       INTEGER,
      content_sha256  TEXT,
      search_rowid    INTEGER,
      created_at      INTEGER NOT NULL,
      updated_at      INTEGER NOT NULL
    ) STRICT;
    -- Covers the chart's timeline query, clustered by client: a chart of 200 notes reads a
    -- dozen contiguous pages instead of 200 scattered (and, encrypted, separately decrypted) ones.
    CREATE INDEX notes_chart ON notes (client_id, session_date DESC, created_at DESC, id, kind, template, status, preview, late_entry, signed_at);
    CREATE INDEX notes_drafts ON notes (status) WHERE status = 'draft';

    CREATE TRIGGER notes_signed_are_immutable BEFORE UPDATE ON notes
    WHEN OLD.status = 'signed'
    BEGIN SELECT RAISE(ABORT, 'signed note is immutable'); END;
    CREATE TRIGGER notes_signed_not_deleted BEFORE DELETE ON notes
    WHEN OLD.status = 'signed'
    BEGIN SELECT RAISE(ABORT, 'signed note is immutable'); END;

    CREATE TABLE note_amendments (
      id              TEXT PRIMARY KEY,
      note_id         TEXT NOT NULL REFERENCES notes (id),
      text            TEXT NOT NULL,
      signed_by       TEXT NOT NULL,
      signed_at       INTEGER NOT NULL,
      content_sha256  TEXT NOT NULL,
      search_rowid    INTEGER
    ) STRICT;
    CREATE INDEX note_amendments_by_note ON note_amendments (note_id, signed_at);
    CREATE TRIGGER note_amendments_immutable BEFORE UPDATE ON note_amendments
    BEGIN SELECT RAISE(ABORT, 'amendment is immutable'); END;
    CREATE TRIGGER note_amendments_not_deleted BEFORE DELETE ON note_amendments
    BEGIN SELECT RAISE(ABORT, 'amendment is immutable'); END;

    CREATE TABLE contact_notes (
      id           TEXT PRIMARY KEY,
      client_id    TEXT NOT NULL REFERENCES clients (id),
      kind         TEXT NOT NULL CHECK (kind IN ('call', 'message', 'collateral', 'other')),
      occurred_at  TEXT NOT NULL,
      with_whom    TEXT,
      text         TEXT NOT NULL,
      created_by   TEXT NOT NULL,
      search_rowid INTEGER,
      created_at   INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX contact_notes_by_client ON contact_notes (client_id, occurred_at DESC);

    CREATE TABLE plans (
      id             TEXT PRIMARY KEY,
      client_id      TEXT NOT NULL REFERENCES clients (id),
      version        INTEGER NOT NULL,
      status         TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
      content        TEXT NOT NULL,
      review_date    TEXT,
      signed_by      TEXT,
      signed_at      INTEGER,
      content_sha256 TEXT,
      search_rowid   INTEGER,
      created_at     INTEGER NOT NULL,
      updated_at     INTEGER NOT NULL,
      UNIQUE (client_id, version)
    ) STRICT;
    CREATE TRIGGER plans_signed_are_immutable BEFORE UPDATE ON plans
    WHEN OLD.status = 'signed'
    BEGIN SELECT RAISE(ABORT, 'signed plan is immutable'); END;

    CREATE TABLE measures (
      id             TEXT PRIMARY KEY,
      client_id      TEXT NOT NULL REFERENCES clients (id),
      instrument     TEXT NOT NULL,
      answers        TEXT NOT NULL,
      score          INTEGER NOT NULL,
      severity       TEXT NOT NULL,
      flags          TEXT NOT NULL,
      administered_on TEXT NOT NULL,
      created_at     INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX measures_by_client ON measures (client_id, instrument, administered_on);

    -- Risk flags stay visible on the client until a clinician resolves them.
    CREATE TABLE client_flags (
      id           TEXT PRIMARY KEY,
      client_id    TEXT NOT NULL REFERENCES clients (id),
      kind         TEXT NOT NULL,
      message      TEXT NOT NULL,
      source_id    TEXT,
      raised_at    INTEGER NOT NULL,
      resolved_at  INTEGER,
      resolved_note TEXT
    ) STRICT;
    CREATE INDEX client_flags_open ON client_flags (client_id) WHERE resolved_at IS NULL;

    -- Full-text search, inside the encrypted database. One row per searchable record; the
    -- rowid grows with creation, so "newest" is rowid order and needs no sort. The tags
    -- column carries filter tokens (client, record type) so FTS itself intersects them. The
    -- index is contentless: the text already lives in its record, and is not stored twice.
    CREATE TABLE search_docs (
      rowid        INTEGER PRIMARY KEY,
      record_type  TEXT NOT NULL,
      record_id    TEXT NOT NULL UNIQUE,
      client_id    TEXT NOT NULL,
      record_date  TEXT NOT NULL,
      title        TEXT NOT NULL
    ) STRICT;
    -- Drafts whose index entry is behind their text. Autosave (every few seconds while
    -- typing) only marks the draft here; the next search re-indexes it first.
    CREATE TABLE search_stale (record_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
    CREATE VIRTUAL TABLE search_fts USING fts5 (
      title, body, tags,
      content = '',
      contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    );
  `,
};
