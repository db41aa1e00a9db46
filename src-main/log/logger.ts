// The one way to log. Built on pino, with a redaction layer in front of every sink: an event
// name, then only allowlisted structured fields (everything else is dropped, not masked), and
// every string scrubbed. Content never goes into a log: an event says *that* something
// happened, with ids and counts, never *what* was written.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { defaultScrubber, type Scrubber } from './scrub.js';
import { logsDir } from '../vault/paths.js';

/** Field names that may appear in a log entry. Values are still scrubbed. */
export const ALLOWED_FIELDS = new Set([
  'vaultId',
  'method',
  'code',
  'ms',
  'count',
  'state',
  'reason',
  'attemptsLeft',
  'secondsLeft',
  'schemaVersion',
  'errName',
  'errStack',
  'pid',
  'kind',
  'component',
]);

/** Fields that hold an id: written only when they are exactly an id, never scrubbed text. */
const ID_FIELDS = new Set(['vaultId']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type LogValue = string | number | boolean | null;
export type LogFields = Record<string, LogValue | undefined>;

export interface Log {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function cleanFields(fields: LogFields | undefined, scrub: Scrubber): Record<string, LogValue> {
  const out: Record<string, LogValue> = {};
  if (!fields) return out;
  for (const [k, v] of Object.entries(fields)) {
    if (!ALLOWED_FIELDS.has(k) || v === undefined) continue;
    if (ID_FIELDS.has(k)) {
      if (typeof v === 'string' && UUID.test(v)) out[k] = v;
      continue;
    }
    if (typeof v === 'string') out[k] = scrub(v).slice(0, 2000);
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null) out[k] = v;
  }
  return out;
}

/** Describe an error for the log: its name, code and a scrubbed stack; never its payload. */
export function errorFields(err: unknown): LogFields {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return { errName: err.name, code: typeof code === 'string' ? code : undefined, errStack: err.stack ?? '' };
  }
  return { errName: typeof err };
}

export interface LoggerOptions {
  /** The data directory: logs go to <home>/logs/alcove.log. */
  home?: string;
  /** Or an explicit pino destination (tests). */
  destination?: pino.DestinationStream;
  level?: pino.Level;
  scrub?: Scrubber;
}

export function createLogger(options: LoggerOptions = {}): Log {
  const scrub = options.scrub ?? defaultScrubber;
  let destination = options.destination;
  if (!destination && options.home) {
    const dir = logsDir(options.home);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    destination = pino.destination({ dest: path.join(dir, 'alcove.log'), sync: true, mode: 0o600 });
  }
  const base = pino(
    { level: options.level ?? 'info', base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
    destination ?? pino.destination({ fd: 2, sync: true }),
  );
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (event: string, fields?: LogFields) => {
    base[level](cleanFields(fields, scrub), scrub(event));
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** A logger that drops everything (for code paths that must not log at all). */
export const silentLog: Log = { debug() {}, info() {}, warn() {}, error() {} };
