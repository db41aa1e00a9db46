// Scrubbing free text before it reaches a log: small pure functions, each replacing one kind
// of secret or identifier with a tag. The logger applies them to every message and string
// field; the redaction work extends the list. Info-level logs carry zero PHI by construction
// (only allowlisted fields); this is the second wall.

import os from 'node:os';

export type Scrubber = (text: string) => string;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const scrubSecretKeys: Scrubber = (t) => t.replace(/\bAK1-[0-9A-Z-]{20,}/gi, '[SECRET_KEY]');
export const scrubRecoveryCodes: Scrubber = (t) => t.replace(/\b(?:[0-9A-Z]{4}-){5,}[0-9A-Z]{2,4}\b/gi, '[RECOVERY_CODE]');
export const scrubHexKeys: Scrubber = (t) => t.replace(/\b(?:x')?[0-9a-f]{24,}'?/gi, '[HEX]');
export const scrubBase64: Scrubber = (t) => t.replace(/[A-Za-z0-9+/]{32,}={0,2}/g, '[BASE64]');
export const scrubEmails: Scrubber = (t) => t.replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[EMAIL]');
export const scrubPhones: Scrubber = (t) => t.replace(/(?:\+?\d[\s().-]?){7,}\d/g, '[NUMBER]');
export const scrubDates: Scrubber = (t) => t.replace(/\b\d{4}-\d{2}-\d{2}(?!T)|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, '[DATE]');

/** Paths that contain the user's home folder (and so their login name). */
export function scrubHomePaths(home = os.homedir()): Scrubber {
  if (!home || home === '/') return (t) => t;
  const user = home.split(/[\\/]/).filter(Boolean).pop() ?? '';
  const homeRe = new RegExp(escape(home), 'g');
  const userRe = user.length >= 3 ? new RegExp(`([\\\\/])${escape(user)}(?=[\\\\/]|$)`, 'g') : null;
  return (t) => {
    const out = t.replace(homeRe, '~');
    return userRe ? out.replace(userRe, '$1[USER]') : out;
  };
}

export function composeScrubbers(...scrubbers: Scrubber[]): Scrubber {
  return (text) => scrubbers.reduce((acc, s) => s(acc), text);
}

export const defaultScrubber: Scrubber = composeScrubbers(
  scrubHomePaths(),
  scrubSecretKeys,
  scrubRecoveryCodes,
  scrubEmails,
  scrubDates,
  scrubHexKeys,
  scrubBase64,
  scrubPhones,
);
