// Moves a written date by a fixed number of days and writes it back in the same form
// ("March 3rd" -> "April 12th", "03/14/2024" -> "04/23/2024"), so every interval inside
// one document is unchanged. Dates without a year are placed in a non-leap reference year.

import { MONTHS } from './surrogates.js';

const MONTH_RE = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/i;
const ISO_RE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})/;
const NUM_RE = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/;
const REF_YEAR = 2001;
const DAY_MS = 86_400_000;

function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function pad(n: number, like: string): string {
  return like.length === 2 ? String(n).padStart(2, '0') : String(n);
}

function shift(y: number, m: number, d: number, days: number): Date {
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
}

function monthName(index: number, like: string): string {
  const full = MONTHS[index]!;
  let name = like.replace(/\.$/, '').length <= 4 && like.length < full.length ? full.slice(0, like.startsWith('Sept') ? 4 : 3) : full;
  if (like === like.toUpperCase()) name = name.toUpperCase();
  else if (like === like.toLowerCase()) name = name.toLowerCase();
  return name;
}

/** The shifted form of `text`, or null when it is not a date this function can read. */
export function shiftDate(text: string, days: number): string | null {
  const iso = ISO_RE.exec(text);
  if (iso) {
    const dt = shift(Number(iso[1]), Number(iso[3]), Number(iso[4]), days);
    const sep = iso[2]!;
    const head = `${dt.getUTCFullYear()}${sep}${pad(dt.getUTCMonth() + 1, iso[3]!)}${sep}${pad(dt.getUTCDate(), iso[4]!)}`;
    return head + text.slice(iso[0].length);
  }
  const num = NUM_RE.exec(text);
  if (num) {
    let a = Number(num[1]);
    let b = Number(num[3]);
    const yearText = num[4];
    const dayFirst = a > 12;
    const monthYear = !yearText && b > 31;
    if (monthYear) {
      const y = 2000 + b;
      const dt = shift(y, a, 15, days);
      return `${pad(dt.getUTCMonth() + 1, num[1]!)}${num[2]}${String(dt.getUTCFullYear() % 100).padStart(2, '0')}`;
    }
    if (dayFirst) [a, b] = [b, a];
    const y = yearText ? (yearText.length === 2 ? 2000 + Number(yearText) - (Number(yearText) > 40 ? 100 : 0) : Number(yearText)) : REF_YEAR;
    const dt = shift(y, a, b, days);
    const mm = pad(dt.getUTCMonth() + 1, dayFirst ? num[3]! : num[1]!);
    const dd = pad(dt.getUTCDate(), dayFirst ? num[1]! : num[3]!);
    const first = dayFirst ? dd : mm;
    const second = dayFirst ? mm : dd;
    const yy = yearText ? (yearText.length === 2 ? String(dt.getUTCFullYear() % 100).padStart(2, '0') : String(dt.getUTCFullYear())) : '';
    return `${first}${num[2]}${second}${yearText ? num[2] + yy : ''}`;
  }
  const mon = MONTH_RE.exec(text);
  if (mon) {
    const mIndex = MONTHS.findIndex((n) => n.toLowerCase().startsWith(mon[1]!.toLowerCase().slice(0, 3)));
    const dayM = /\b(\d{1,2})(st|nd|rd|th)?\b/i.exec(text.replace(/\d{4}|'\d{2}/g, (s) => ' '.repeat(s.length)));
    const yearM = /\b(\d{4})\b|'(\d{2})\b/.exec(text);
    const y = yearM ? (yearM[1] ? Number(yearM[1]) : 2000 + Number(yearM[2])) : REF_YEAR;
    const d = dayM ? Number(dayM[1]) : 15;
    const dt = shift(y, mIndex + 1, d, days);
    // Edits at their original offsets, applied right to left so earlier offsets stay valid.
    const edits: Array<[number, number, string]> = [[mon.index, mon[0].length, monthName(dt.getUTCMonth(), mon[0])]];
    if (dayM) edits.push([dayM.index, dayM[0].length, `${dt.getUTCDate()}${dayM[2] ? matchSuffix(ordinal(dt.getUTCDate()), dayM[2]) : ''}`]);
    if (yearM) edits.push([yearM.index, yearM[0].length, yearM[1] ? String(dt.getUTCFullYear()) : `'${String(dt.getUTCFullYear() % 100).padStart(2, '0')}`]);
    let out = text;
    for (const [at, len, value] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, at) + value + out.slice(at + len);
    return out;
  }
  const dayOnly = /^(\d{1,2})(st|nd|rd|th)$/i.exec(text);
  if (dayOnly) {
    const dt = shift(REF_YEAR, 1, Number(dayOnly[1]), days);
    return `${dt.getUTCDate()}${matchSuffix(ordinal(dt.getUTCDate()), dayOnly[2]!)}`;
  }
  return null;
}

function matchSuffix(suffix: string, like: string): string {
  return like === like.toUpperCase() ? suffix.toUpperCase() : suffix;
}
