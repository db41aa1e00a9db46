// Scrubbing free text before it reaches a log: small pure functions, each replacing one kind
// of secret or identifier with a tag. The logger applies them to every message and string
// field; the redaction work extends the list. Info-level logs carry zero PHI by construction
// (only allowlisted fields); this is the second wall.

import os from 'node:os';
import { deidentify } from '../deid/index.js';

export type Scrubber = (text: string) => string;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const scrubSecretKeys: Scrubber = (t) => t.replace(/\bAK1-[0-9A-Z-]{20,}/gi, '[SECRET_KEY]');
export const scrubRecoveryCodes: Scrubber = (t) => t.replace(/\b(?:[0-9A-Z]{4}-){5,}[0-9A-Z]{2,4}\b/gi, '[RECOVERY_CODE]');
export const scrubHexKeys: Scrubber = (t) => t.replace(/\b(?:x')?[0-9a-f]{24,}'?/gi, '[HEX]');
export const scrubBase64: Scrubber = (t) => t.replace(/[A-Za-z0-9+/]{32,}={0,2}/g, '[BASE64]');
export const scrubEmails: Scrubber = (t) => t.replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[EMAIL]');
export const scrubPhones: Scrubber = (t) => t.replace(/(?:\+?\d[\s().-]?){7,}\d/g, '[NUMBER]');
export const scrubDates: Scrubber = (t) => t.replace(/\b\d{4}-\d{2}-\d{2}(?!T)|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, '[DATE]');

/**
 * Paths under the user's home folder: they carry the login name, and a document's name may
 * carry a client's. The whole path becomes ~/[PATH]; only a code file's own name is kept
 * (~/…/vault-worker.mjs), so a stack trace stays useful.
 */
export function scrubHomePaths(home = os.homedir()): Scrubber {
  if (!home || home === '/') return (t) => t;
  const user = home.split(/[\\/]/).filter(Boolean).pop() ?? '';
  const pathRe = new RegExp(`${escape(home)}((?:[\\\\/][^\\\\/:()'"\\n]*)*)`, 'g');
  const userRe = user.length >= 3 ? new RegExp(`([\\\\/])${escape(user)}(?=[\\\\/]|$)`, 'g') : null;
  return (t) => {
    const out = t.replace(pathRe, (_m, rest: string) => {
      const last = rest.split(/[\\/]/).pop() ?? '';
      return /^[\w.-]+\.(?:m?js|cjs|ts|tsx|node)$/.test(last) ? `~/…/${last}` : rest ? '~/[PATH]' : '~';
    });
    return userRe ? out.replace(userRe, '$1[USER]') : out;
  };
}

/** Free text (error messages, stacks) through the de-identification engine: names, places, dates. */
export const scrubIdentifiers: Scrubber = (t) => (/\s/.test(t) ? deidentify(t).text : t);

/**
 * The open vault's own identifiers (its clients' names, emails and phone numbers), set while
 * it is unlocked and cleared at lock: the de-identification engine knows names in general,
 * this knows the ones that matter, even inside text without spaces (a file name, a joined
 * identifier) where the engine is not run. Held in memory only.
 */
let known: RegExp | null = null;

export interface VaultIdentifiers {
  names: string[];
  emails: string[];
  phones: string[];
}

export function setVaultIdentifiers(ids: VaultIdentifiers): void {
  const words = new Set<string>();
  for (const name of ids.names) {
    const whole = name.trim();
    if (whole.length >= 3) words.add(escape(whole));
    // Each part of a name on its own (a first name, a surname), when long enough to mean it.
    for (const part of whole.split(/[\s,.'()-]+/)) if (part.length >= 3) words.add(escape(part));
  }
  for (const email of ids.emails) if (email.length >= 3) words.add(escape(email.trim()));
  for (const phone of ids.phones) {
    const digits = phone.replace(/\D/g, '');
    // The same digits with any separators between them.
    if (digits.length >= 7) words.add(digits.split('').join('[\\s().+-]*'));
  }
  const sorted = [...words].sort((a, b) => b.length - a.length);
  known = sorted.length ? new RegExp(sorted.join('|'), 'giu') : null;
}

export function clearVaultIdentifiers(): void {
  known = null;
}

export const scrubVaultIdentifiers: Scrubber = (t) => (known ? t.replace(known, '[CLIENT]') : t);

export function composeScrubbers(...scrubbers: Scrubber[]): Scrubber {
  return (text) => scrubbers.reduce((acc, s) => s(acc), text);
}

export const defaultScrubber: Scrubber = composeScrubbers(
  scrubVaultIdentifiers,
  scrubHomePaths(),
  scrubIdentifiers,
  scrubSecretKeys,
  scrubRecoveryCodes,
  scrubEmails,
  scrubDates,
  scrubHexKeys,
  scrubBase64,
  scrubPhones,
);
