// The export preview's working set, as pure functions: the spans the core found, the ones the
// clinician kept (with a reason) or added by hand (with a reason), what leaves, the count per
// category, and the list of manual changes an export records. No React, no store: tested alone.

import type { ApiOutput } from '../../../src-main/api/contract.js';

type PreviewOutput = ApiOutput<'redaction.preview'>;
export type Category = PreviewOutput['spans'][number]['category'];

/** Every Safe Harbor category with the words shown on screen and its colour family. A Record
 * over the core's type, so a category added in the core fails to compile here until named. */
export const CATEGORY_INFO: Record<Category, { label: string; family: 'person' | 'place' | 'time' | 'contact' | 'number' }> = {
  NAME: { label: 'Name', family: 'person' },
  LOCATION: { label: 'Place', family: 'place' },
  ZIP: { label: 'ZIP code', family: 'place' },
  ORGANIZATION: { label: 'Organisation', family: 'place' },
  DATE: { label: 'Date', family: 'time' },
  AGE: { label: 'Age over 89', family: 'time' },
  PHONE: { label: 'Phone', family: 'contact' },
  FAX: { label: 'Fax', family: 'contact' },
  EMAIL: { label: 'Email', family: 'contact' },
  URL: { label: 'Web address', family: 'contact' },
  IP: { label: 'IP address', family: 'contact' },
  SSN: { label: 'SSN', family: 'number' },
  MRN: { label: 'Record number', family: 'number' },
  HEALTH_PLAN: { label: 'Health plan number', family: 'number' },
  ACCOUNT: { label: 'Account number', family: 'number' },
  LICENSE: { label: 'Licence number', family: 'number' },
  VEHICLE: { label: 'Vehicle', family: 'number' },
  DEVICE: { label: 'Device', family: 'number' },
  BIOMETRIC: { label: 'Biometric', family: 'number' },
  ID: { label: 'Other identifier', family: 'number' },
};

export const CATEGORIES = Object.keys(CATEGORY_INFO) as Category[];

export interface Redaction {
  id: string;
  start: number;
  end: number;
  category: Category;
  /** 'hand' when the clinician added it; otherwise the core's detector. */
  source: string;
  /** Set when the clinician chose to let this text leave as it is. */
  kept?: { reason: string };
  /** For a span added by hand: its reason, and the found spans it swallowed (restored on removal). */
  added?: { reason: string; absorbed: Redaction[] };
}

export type ManualChange =
  | { kind: 'kept'; start: number; end: number; category: Category; text: string; reason: string }
  | { kind: 'added'; start: number; end: number; category: Category; reason: string };

export function fromPreview(spans: PreviewOutput['spans']): Redaction[] {
  return spans.map((s, i) => ({ id: `f${i}`, start: s.start, end: s.end, category: s.category, source: s.source })).sort(byStart);
}

function byStart(a: Redaction, b: Redaction): number {
  return a.start - b.start || a.end - b.end;
}

/** What will be replaced when the text leaves: every span not kept, in order. */
export function leaving(spans: Redaction[]): { start: number; end: number; category: Category }[] {
  return spans.filter((s) => !s.kept).map(({ start, end, category }) => ({ start, end, category }));
}

export function countByCategory(spans: Redaction[]): Partial<Record<Category, number>> {
  const counts: Partial<Record<Category, number>> = {};
  for (const s of spans) if (!s.kept) counts[s.category] = (counts[s.category] ?? 0) + 1;
  return counts;
}

export function keep(spans: Redaction[], id: string, reason: string): Redaction[] {
  return spans.map((s) => (s.id === id && !s.added ? { ...s, kept: { reason } } : s));
}

export function undoKeep(spans: Redaction[], id: string): Redaction[] {
  return spans.map((s) => {
    if (s.id !== id) return s;
    const { kept: _kept, ...rest } = s;
    return rest;
  });
}

/** Take a hand-added span out again, giving back any found spans it had merged. */
export function removeAdded(spans: Redaction[], id: string): Redaction[] {
  const target = spans.find((s) => s.id === id);
  if (!target?.added) return spans;
  return [...spans.filter((s) => s.id !== id), ...target.added.absorbed].sort(byStart);
}

export type AddOutcome = { ok: true; spans: Redaction[]; merged: number } | { ok: false; message: string };

/** Add a span by hand. Text already redacted is refused (nothing to add); a span that partly
 * overlaps found ones is merged with them into one; text someone chose to keep is refused
 * until that choice is undone, so a keep and an add never contradict each other. */
export function addByHand(spans: Redaction[], start: number, end: number, category: Category, reason: string, id: string): AddOutcome {
  if (end <= start) return { ok: false, message: 'Select some text first.' };
  const touching = spans.filter((s) => s.start < end && start < s.end);
  const kept = touching.find((s) => s.kept);
  if (kept) return { ok: false, message: `Part of this text was kept by hand (“${kept.kept?.reason ?? ''}”). Choose “Redact again” on it first.` };
  const inside = touching.find((s) => s.start <= start && end <= s.end);
  if (inside) return { ok: false, message: `This text is already redacted as ${CATEGORY_INFO[inside.category].label}.` };
  const from = Math.min(start, ...touching.map((s) => s.start));
  const to = Math.max(end, ...touching.map((s) => s.end));
  // Found spans merged into this one are kept aside so that removing it gives them back; a
  // hand-added span merged into it gives back what it had absorbed, not itself.
  const absorbed = touching.flatMap((s) => (s.added ? s.added.absorbed : [s]));
  const added: Redaction = { id, start: from, end: to, category, source: 'hand', added: { reason, absorbed } };
  const rest = spans.filter((s) => !touching.includes(s));
  return { ok: true, spans: [...rest, added].sort(byStart), merged: touching.length };
}

/** Every place a piece of text occurs, ignoring case (the keyboard path to adding by hand). */
export function occurrences(text: string, needle: string): { start: number; end: number }[] {
  const n = needle.trim();
  if (!n) return [];
  const hay = text.toLocaleLowerCase();
  const low = n.toLocaleLowerCase();
  // Lower-casing can change length for a few scripts; then only an exact match is safe.
  const folded = hay.length === text.length && low.length === n.length;
  const found: { start: number; end: number }[] = [];
  const source = folded ? hay : text;
  const target = folded ? low : n;
  for (let i = source.indexOf(target); i !== -1; i = source.indexOf(target, i + target.length)) {
    found.push({ start: i, end: i + target.length });
  }
  return found;
}

/** The manual changes an export records, in document order. Kept text is quoted (it leaves
 * anyway); added spans are named by place and category only, never by the text removed. */
export function manualChanges(text: string, spans: Redaction[]): ManualChange[] {
  const changes: ManualChange[] = [];
  for (const s of spans) {
    if (s.kept) changes.push({ kind: 'kept', start: s.start, end: s.end, category: s.category, text: text.slice(s.start, s.end), reason: s.kept.reason });
    else if (s.added) changes.push({ kind: 'added', start: s.start, end: s.end, category: s.category, reason: s.added.reason });
  }
  return changes;
}

export interface Segment {
  start: number;
  end: number;
  span?: Redaction;
}

/** The text cut into plain runs and spans, for drawing the highlighted original. */
export function segments(text: string, spans: Redaction[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const s of [...spans].sort(byStart)) {
    if (s.start < at) continue; // never expected (the core merges overlaps); drawn once
    if (s.start > at) out.push({ start: at, end: s.start });
    out.push({ start: s.start, end: s.end, span: s });
    at = s.end;
  }
  if (at < text.length) out.push({ start: at, end: text.length });
  return out;
}
