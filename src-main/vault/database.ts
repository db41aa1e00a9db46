// Opening the encrypted vault database. SQLCipher 4 format (cipher=sqlcipher, legacy=4)
// keyed with the raw 256-bit data key, so the stock SQLCipher tool can open it with the key:
// no lock-in. PRAGMA key answers "ok" even for a wrong key, so the key is proved by reading
// sqlite_master. Each safety pragma is set and read back, or the open fails.

import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../errors.js';
import { assertNotNewer, migrate } from './migrations/index.js';

export const PAGE_SIZE = 4096;
/** Pages of cache: enough for search and charts on a large vault without bloating memory. */
export const CACHE_PAGES = 16384;

export interface OpenOptions {
  /** Create a new, empty database (refused if the file exists). */
  create?: boolean;
  /** Custom native binding path (the Electron build loads its own ABI). */
  nativeBinding?: string;
}

let defaultNativeBinding: string | undefined;

/** Set once per worker (from workerData) when the runtime needs its own build of the module. */
export function setNativeBinding(file: string | undefined): void {
  defaultNativeBinding = file;
}

export function databaseCorrupt(): AlcoveError {
  return new AlcoveError(
    'DATABASE_CORRUPT',
    'The vault database is damaged or incomplete; your password is right, but the data cannot be read. Restore the vault from a backup; nothing was changed.',
  );
}

/** Apply the cipher settings and key: the only pragmas a stock SQLCipher 4 needs. */
export function applyKey(db: Database.Database, dek: Buffer): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  const hex = dek.toString('hex');
  db.pragma(`key = "x'${hex}'"`);
}

function setAndCheck(db: Database.Database, pragma: string, value: string | number, expected: string | number): void {
  db.pragma(`${pragma} = ${value}`);
  const actual = db.pragma(pragma, { simple: true });
  if (String(actual).toLowerCase() !== String(expected).toLowerCase()) {
    throw new AlcoveError('INTERNAL', `The vault database refused a required safety setting (${pragma}); it was not opened.`);
  }
}

export function openVaultDatabase(file: string, dek: Buffer, options: OpenOptions = {}): Database.Database {
  const exists = existsSync(file);
  if (options.create && exists) throw new AlcoveError('INTERNAL', 'A vault database already exists at that place.');
  if (!options.create && !exists) throw databaseCorrupt();
  if (!options.create) {
    // A file that is not a whole number of pages was cut short (a copy interrupted, a full disk).
    const { size } = statSync(file);
    if (size === 0 || size % PAGE_SIZE !== 0) throw databaseCorrupt();
  }
  const nativeBinding = options.nativeBinding ?? defaultNativeBinding;
  const db = new Database(file, {
    fileMustExist: !options.create,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    applyKey(db, dek);
    try {
      // The key is already proved by the header's key slot, so failing here means damage.
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw databaseCorrupt();
    }
    if (!options.create) assertNotNewer(db);
    if (!options.create) checkPageCount(db, file);
    configureConnection(db);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof AlcoveError) throw err;
    if (isSqliteCorruption(err)) throw databaseCorrupt();
    throw err;
  }
}

/**
 * The settings every vault connection runs with, each read back; then pending migrations.
 * Shared with the benchmark's unencrypted baseline so the two differ only in the cipher.
 */
export function configureConnection(db: Database.Database): void {
  setAndCheck(db, 'temp_store', 'MEMORY', 2);
  setAndCheck(db, 'secure_delete', 'ON', 1);
  setAndCheck(db, 'journal_mode', 'WAL', 'wal');
  setAndCheck(db, 'synchronous', 'FULL', 2);
  db.pragma(`cache_size = -${(CACHE_PAGES * PAGE_SIZE) / 1024}`);
  db.pragma('foreign_keys = ON');
  migrate(db);
}

/** The header page records how many pages the database has; fewer on disk means truncation. */
function checkPageCount(db: Database.Database, file: string): void {
  const pages = db.pragma('page_count', { simple: true }) as number;
  const onDisk = statSync(file).size / PAGE_SIZE;
  const walExists = existsSync(`${file}-wal`);
  if (!walExists && pages > onDisk) throw databaseCorrupt();
}

export function isSqliteCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code === 'SQLITE_IOERR_SHORT_READ');
}

/** Flush the WAL into the database and truncate it, so no stale page lingers beside it. */
export function checkpointAndClose(db: Database.Database): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/**
 * The b-trees of the database (tables and indexes, the schema itself first): the units in
 * which the page check after unlock reads every page.
 */
export function pageCheckUnits(db: Database.Database): string[] {
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE rootpage > 0 ORDER BY rootpage").pluck().all() as string[];
  return ['sqlite_schema', ...names];
}

/**
 * Read every page of one b-tree, overflow pages included (SQLite's dbstat walks them all).
 * SQLCipher checks each page's HMAC as it decrypts it, so a damaged page fails here.
 */
export function checkPagesOf(db: Database.Database, name: string): void {
  db.prepare('SELECT count(*) FROM dbstat WHERE name = ?').pluck().get(name);
}

/**
 * Re-encrypt a closed database file, in place, under a new key: SQLCipher rewrites every page
 * (free pages too). Only ever run on a copy (rotateDataKey), which a crash simply discards, so
 * the rollback journal is kept in memory: on disk it would hold pages under the old key that
 * a later unlink leaves behind. Rekeying is not possible in WAL mode; the file keeps WAL.
 */
export function rekeyDatabaseFile(file: string, oldDek: Buffer, newDek: Buffer): void {
  const db = new Database(file, { fileMustExist: true, ...(defaultNativeBinding ? { nativeBinding: defaultNativeBinding } : {}) });
  try {
    applyKey(db, oldDek);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw databaseCorrupt();
    }
    setAndCheck(db, 'journal_mode', 'MEMORY', 'memory');
    db.pragma(`rekey = "x'${newDek.toString('hex')}'"`);
    setAndCheck(db, 'journal_mode', 'WAL', 'wal');
  } catch (err) {
    if (err instanceof AlcoveError) throw err;
    if (isSqliteCorruption(err)) throw databaseCorrupt();
    throw err;
  } finally {
    db.close();
  }
}
