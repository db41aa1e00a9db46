// Dates as a clinician reads them. Session dates are calendar dates (YYYY-MM-DD, no time
// zone); record times are epoch milliseconds shown in local time.

const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const stampFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const clockFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

function parseDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = parseDay(iso);
  return d ? dayFormat.format(d) : iso;
}

export function formatTime(ms: number): string {
  return timeFormat.format(new Date(ms));
}

export function formatStamp(ms: number): string {
  return stampFormat.format(new Date(ms));
}

/** When something was signed, as a signature line says it: "Dec 4, 2026 at 2:32 PM". */
export function formatSignedAt(ms: number): string {
  const d = new Date(ms);
  return `${dayFormat.format(d)} at ${clockFormat.format(d)}`;
}

export function todayIso(now = new Date()): string {
  return toIso(now);
}

export function toIso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function isoFromMs(ms: number): string {
  return toIso(new Date(ms));
}

/** Days since 1970 for a calendar date, for placing points on a time axis. */
export function dayNumber(iso: string): number {
  const d = parseDay(iso);
  return d ? Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000) : 0;
}

export function ageOn(dob: string | null | undefined, today = new Date()): number | null {
  const d = dob ? parseDay(dob) : null;
  if (!d) return null;
  let age = today.getFullYear() - d.getFullYear();
  if (today.getMonth() < d.getMonth() || (today.getMonth() === d.getMonth() && today.getDate() < d.getDate())) age--;
  return age;
}
