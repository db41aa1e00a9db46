// The tamper-evident audit log (src-main/audit): entries, the hashes of complete Merkle
// subtrees, signed checkpoints and the device signing key. Triggers refuse every UPDATE and
// DELETE (and any INSERT that would overwrite or leave a gap), so no code path in the app can
// rewrite history. They stop bugs, not a thief with the key; signed checkpoints handed to a
// witness are what catch a rewrite made outside the app.

import type { Migration } from './migration.js';

/** Checkpoints older than the newest 100 may be pruned; keep in step with store.ts. */
export const CHECKPOINTS_KEPT = 100;

function frozen(table: string, what: string): string {
  return `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} cannot be changed'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} cannot be deleted'); END;`;
}

export const migration0002: Migration = {
  version: 2,
  name: 'audit',
  up: `
    -- seq is the entry's leaf index (from 0). Columns rather than a blob so the viewer can
    -- filter on them; the verifier re-encodes them and compares against leaf_hash.
    CREATE TABLE audit_entries (
      seq        INTEGER PRIMARY KEY,
      time       INTEGER NOT NULL,
      device_id  TEXT NOT NULL,
      actor      TEXT NOT NULL,
      action     TEXT NOT NULL,
      record_ids TEXT NOT NULL,   -- space-separated opaque ids, '' when none
      outcome    TEXT NOT NULL,
      details    TEXT,            -- JSON object of small integers, NULL when none
      leaf_hash  BLOB NOT NULL
    ) STRICT;
    -- Newest-first paging with a (time, seq) cursor, overall and per action.
    CREATE INDEX audit_entries_by_time ON audit_entries (time, seq);
    CREATE INDEX audit_entries_by_action ON audit_entries (action, time, seq);

    -- One row per (record, entry), so "everything done to this client" is an index range.
    CREATE TABLE audit_entry_records (
      record_id TEXT NOT NULL,
      time      INTEGER NOT NULL,
      seq       INTEGER NOT NULL,
      PRIMARY KEY (record_id, time, seq)
    ) STRICT, WITHOUT ROWID;

    -- Hash of the complete subtree of 2^level leaves starting at leaf idx * 2^level
    -- (level >= 1; level 0 is audit_entries.leaf_hash). About one row per entry.
    CREATE TABLE audit_nodes (
      level INTEGER NOT NULL,
      idx   INTEGER NOT NULL,
      hash  BLOB NOT NULL,
      PRIMARY KEY (level, idx)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE audit_checkpoints (
      id        INTEGER PRIMARY KEY,
      log_size  INTEGER NOT NULL,
      root_hash BLOB NOT NULL,
      time      INTEGER NOT NULL,
      key_id    TEXT NOT NULL,
      signature BLOB NOT NULL
    ) STRICT;

    -- The Ed25519 key this device signs checkpoints with; it lives only inside the vault.
    CREATE TABLE audit_device_keys (
      device_id   TEXT PRIMARY KEY,
      key_id      TEXT NOT NULL UNIQUE,
      public_key  BLOB NOT NULL,
      private_key BLOB NOT NULL,
      created_at  INTEGER NOT NULL
    ) STRICT;

    ${frozen('audit_entries', 'audit entries')}
    ${frozen('audit_entry_records', 'audit entries')}
    ${frozen('audit_nodes', 'audit log hashes')}
    ${frozen('audit_device_keys', 'the device signing key')}

    -- Appends only: the next seq, never a gap, never a replacement (INSERT OR REPLACE deletes
    -- without firing delete triggers, so overwrites are refused here instead).
    CREATE TRIGGER audit_entries_append_only BEFORE INSERT ON audit_entries
    WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), -1) + 1 FROM audit_entries)
    BEGIN SELECT RAISE(ABORT, 'audit entries can only be appended in order'); END;
    CREATE TRIGGER audit_nodes_no_overwrite BEFORE INSERT ON audit_nodes
    WHEN EXISTS (SELECT 1 FROM audit_nodes WHERE level = NEW.level AND idx = NEW.idx)
    BEGIN SELECT RAISE(ABORT, 'audit log hashes cannot be changed'); END;
    CREATE TRIGGER audit_device_keys_no_overwrite BEFORE INSERT ON audit_device_keys
    WHEN EXISTS (SELECT 1 FROM audit_device_keys WHERE device_id = NEW.device_id OR key_id = NEW.key_id)
    BEGIN SELECT RAISE(ABORT, 'the device signing key cannot be changed'); END;

    CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
    BEGIN SELECT RAISE(ABORT, 'audit checkpoints cannot be changed'); END;
    CREATE TRIGGER audit_checkpoints_append_only BEFORE INSERT ON audit_checkpoints
    WHEN NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_checkpoints)
    BEGIN SELECT RAISE(ABORT, 'audit checkpoints can only be appended in order'); END;
    -- Only checkpoints older than the newest ${CHECKPOINTS_KEPT} may go.
    CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
    WHEN OLD.id > (SELECT max(id) FROM audit_checkpoints) - ${CHECKPOINTS_KEPT}
    BEGIN SELECT RAISE(ABORT, 'recent audit checkpoints cannot be deleted'); END;
  `,
};
