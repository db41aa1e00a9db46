// The de-identification operation the vault worker runs by name: a preview of what would be
// removed from a text, with the client's record (read inside the vault) as context.

import type Database from 'better-sqlite3-multiple-ciphers';
import { previewRedaction } from './preview.js';

export const REDACTION_OPS = {
  'redaction.preview': (db: Database.Database, input: { text: string; clientId?: string }) => previewRedaction(db, input),
};
