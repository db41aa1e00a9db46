// The disclosure operations the vault worker runs by name: recording a disclosure, and the
// accounting of disclosures (with its CSV) a client may ask for.

import type Database from 'better-sqlite3-multiple-ciphers';
import type { OpContext } from '../records/db.js';
import { accountingCsv, accountingOfDisclosures, recordDisclosure, type DisclosureInput } from './accounting.js';

export const DISCLOSURE_OPS = {
  'disclosures.record': (db: Database.Database, input: DisclosureInput, ctx: OpContext) => recordDisclosure(db, input, ctx),
  'disclosures.accounting': (db: Database.Database, input: { clientId: string; from?: string; to?: string }, ctx: OpContext) => {
    const accounting = accountingOfDisclosures(db, input, ctx);
    return { ...accounting, csv: accountingCsv(accounting) };
  },
};
