// The audit signing key leaves the vault (issue 12). Until now the Ed25519 private key lived in
// audit_device_keys, so anyone with the password could rewrite the log and re-sign it. From
// here the private key lives only in the OS key store beside the secret key (keystore.ts); the
// database keeps public keys only, to verify the checkpoints each one signed. The column is
// dropped with secure_delete on (database.ts), so the freed pages are zeroed.
//
// A key that replaces the first one (the first unlock after this upgrade, a key store that
// lost its key) is added to audit_signing_keys, as frozen as the first, and the move itself is
// an audit entry (audit.signingKey.move, written by the vault worker).

import type { Migration } from './migration.js';

export const SIGNING_KEY_OUTSIDE_VERSION = 7;

export const migrationSigningKeyOutside: Migration = {
  version: SIGNING_KEY_OUTSIDE_VERSION,
  name: 'signing-key-outside',
  up: `
    ALTER TABLE audit_device_keys DROP COLUMN private_key;

    CREATE TABLE audit_signing_keys (
      key_id     TEXT PRIMARY KEY,
      public_key BLOB NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE TRIGGER audit_signing_keys_no_update BEFORE UPDATE ON audit_signing_keys
    BEGIN SELECT RAISE(ABORT, 'the device signing key cannot be changed'); END;
    CREATE TRIGGER audit_signing_keys_no_delete BEFORE DELETE ON audit_signing_keys
    BEGIN SELECT RAISE(ABORT, 'the device signing key cannot be deleted'); END;
    CREATE TRIGGER audit_signing_keys_no_overwrite BEFORE INSERT ON audit_signing_keys
    WHEN EXISTS (SELECT 1 FROM audit_signing_keys WHERE key_id = NEW.key_id)
      OR EXISTS (SELECT 1 FROM audit_device_keys WHERE key_id = NEW.key_id)
    BEGIN SELECT RAISE(ABORT, 'the device signing key cannot be changed'); END;
  `,
};
