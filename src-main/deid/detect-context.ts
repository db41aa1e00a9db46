// What the vault knows of the client, found in any casing, possessive or inflected form
// ("Okafor's", "OKAFOR", "the Okafors"). One alternation regex per context, compiled once.

import type { Category, DeidContext, Span } from './types.js';

interface Compiled {
  re: RegExp | null;
  categoryOf: Map<string, Category>;
}

const cache = new WeakMap<DeidContext, Compiled>();
const NOT_A_NAME_PART = /^(?:dr|mr|mrs|ms|mx|miss|prof|jr|sr|ii|iii|iv|the|and|of|de|la|van|von|da|del)$/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Written forms of an ISO date (yyyy-mm-dd): numeric US, ISO, spelled. */
function dateForms(iso: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return [iso];
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const mi = Number(mo);
  const di = Number(d);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const name = months[mi - 1] ?? '';
  return [
    iso.slice(0, 10),
    `${mo}/${d}/${y}`,
    `${mi}/${di}/${y}`,
    `${mi}/${di}/${y.slice(2)}`,
    `${mo}/${d}/${y.slice(2)}`,
    `${mo}-${d}-${y}`,
    `${mi}-${di}-${y}`,
    `${name} ${di}, ${y}`,
    `${name.slice(0, 3)} ${di}, ${y}`,
    `${di} ${name} ${y}`,
  ];
}

/** Digits may be written with or without separators: 555-123-4567 = 5551234567. */
function identifierPattern(id: string): string {
  const compact = id.replace(/[\s().-]/g, '');
  if (compact.length < 4) return escape(id);
  return compact
    .split('')
    .map((c) => escape(c))
    .join('[\\s().-]?');
}

function compile(ctx: DeidContext): Compiled {
  const categoryOf = new Map<string, Category>();
  const alts: string[] = [];
  const add = (term: string, category: Category, pattern = escape(term)): void => {
    const t = term.trim();
    if (t.length < 2 || categoryOf.has(t.toLowerCase())) return;
    categoryOf.set(t.toLowerCase(), category);
    alts.push(pattern);
  };
  for (const name of ctx.names ?? []) {
    add(name, 'NAME');
    for (const part of name.split(/[\s,]+/)) if (part.length >= 2 && !NOT_A_NAME_PART.test(part.replace(/\.$/, ''))) add(part, 'NAME');
  }
  for (const org of ctx.organizations ?? []) add(org, 'ORGANIZATION');
  for (const addr of ctx.addresses ?? []) {
    add(addr, 'LOCATION');
    for (const part of addr.split(/\s*,\s*/)) if (!/^[A-Z]{2}$/.test(part)) add(part, /^\d{5}(?:-\d{4})?$/.test(part) ? 'ZIP' : 'LOCATION');
  }
  for (const date of ctx.dates ?? []) for (const form of dateForms(date)) add(form, 'DATE');
  for (const id of ctx.identifiers ?? []) add(id, 'ID', identifierPattern(id));
  if (alts.length === 0) return { re: null, categoryOf };
  // Longest first so "Maria Okafor" wins over "Maria"; possessive and plural are outside the span.
  alts.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${alts.join('|')})(?:(?:['’]s|s['’]|['’])|(es|s))?(?![\\p{L}\\p{N}])`, 'giu');
  return { re, categoryOf };
}

export function detectContext(text: string, ctx: DeidContext | undefined): Span[] {
  if (!ctx) return [];
  let compiled = cache.get(ctx);
  if (!compiled) {
    compiled = compile(ctx);
    cache.set(ctx, compiled);
  }
  const { re, categoryOf } = compiled;
  if (!re) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(re)) {
    const core = m[1]!;
    const category = categoryOf.get(core.toLowerCase()) ?? (/\d/.test(core) ? 'ID' : 'NAME');
    // An inflection ("the Okafors") is part of the name; a possessive is not.
    const end = m.index + core.length + (m[2] ? m[2].length : 0);
    out.push({ start: m.index, end, category, source: 'context' });
  }
  return out;
}
