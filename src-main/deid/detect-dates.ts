// Every date element except the year alone: numeric (3/14/2024, 2024-03-14, 14.03.24),
// spelled (March 3rd, 2024; 3 March; the 3rd of March), partial (March 3rd, 3/14, Mar 2024,
// "in March"), and the day of the month alone ("on the 14th"). Weekdays, years alone,
// times and durations are clinical meaning and stay. Pain ratings ("7/10") are not dates.

import { INSTRUMENT_WORDS } from './clinical-terms.js';
import type { Span } from './types.js';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = "(?:\\d{4}|'\\d{2})";
const TIME = '(?:[ T](?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';

// Spelled forms, case-insensitive: a digit must sit next to the month, so "may" the verb is safe.
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(?:the\\s+)?${DAY}\\b(?:,?\\s+${YEAR}\\b)?`, 'gi');
const DAY_MONTH = new RegExp(`\\b(?:the\\s+)?${DAY}\\s+(?:of\\s+|day\\s+of\\s+)?${MONTH}\\b\\.?(?:,?\\s+${YEAR}\\b)?`, 'gi');
// "17-Feb-2023", "17/Feb/23", "Feb-17-2023": forms and lab printouts.
const DASHED = new RegExp(`\\b(?:(?:[12]\\d|3[01]|0?[1-9])([-/])${MONTH}\\1(?:\\d{4}|\\d{2})|${MONTH}-(?:[12]\\d|3[01]|0?[1-9])-(?:\\d{4}|\\d{2}))\\b`, 'gi');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\.?,?\\s+(?:of\\s+)?${YEAR}\\b`, 'gi');
// A month alone is a date element; capitalised only, "May" needs a preposition before it.
const MONTH_ALONE =
  /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b|\b(?:Sept|Jan|Feb|Apr|Aug|Sep|Oct|Nov|Dec)\b(?:\.(?![ \t]+[A-Z]))?|(?<=\b(?:in|on|since|until|till|by|from|of|early|late|mid|mid-|last|next|this|during|before|after|through|around|between|and)\s)May\b/g;
// A time written onto an ISO date is a timestamp and goes with it ("2024-07-04 21:50").
const ISO = new RegExp(`\\b(?:19|20)\\d{2}([-/.])(?:0?[1-9]|1[0-2])\\1(?:0?[1-9]|[12]\\d|3[01])\\b${TIME}`, 'g');
const NUMERIC_FULL = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/g;
const NUMERIC_PARTIAL = /(?<![\d/.:-])(\d{1,2})\/(\d{1,2}|\d{4})(?![\d/]|\.\d)/g;
const DAY_OF_MONTH_ALONE = /\b(?<=(?:on|by|until|since|from|before|after)\s+the\s+)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s*(?:session|visit|time|grade|floor|place|attempt|week|day|month|year|appointment|meeting|dose|of\s+(?:the|her|his|their|my|\d)))/gi;

// "He's home the 12th.": an ordinal day ending a clause is a date.
const THE_NTH = /\bthe[ \t]+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?=[ \t]*(?:[.,;:)!?]|$))/gim;
// Dates in the other languages of clients' letters: "3 stycznia 2024", "w lipcu 2023",
// "le 15 novembre 2022", "am 3. März 2024", "12 marzo 2024". A day or a year must come with it.
const OTHER_MONTHS =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia|styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|październiku|listopadzie|grudniu|januar|februar|märz|maerz|juni|juli|oktober|dezember|janeiro|fevereiro|março|marco|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|tháng';
const OTHER_DATE = new RegExp(`\\b(?:(?:[12]\\d|3[01]|0?[1-9])\\.?[ \\t]+(?:de[ \\t]+)?(?:${OTHER_MONTHS})(?:[ \\t]+(?:de[ \\t]+)?(?:19|20)\\d{2})?|(?:${OTHER_MONTHS})[ \\t]+(?:de[ \\t]+)?(?:19|20)\\d{2})\\b`, 'giu');
const OTHER_MONTH_HINT = new RegExp(`(?:${OTHER_MONTHS})`, 'i');
// Form fields with the date spaced: "DOS 03 05 24", "DOB: 06 06 1958".
const SPACED_DATE = /\b(?:DOS|DOB|D\.O\.B\.|date of service|date of birth)[ \t]*:?[ \t]*((?:0?[1-9]|1[0-2])[ ](?:0?[1-9]|[12]\d|3[01])[ ](?:\d{4}|\d{2}))\b/gi;
// A holiday with its year is a date ("Christmas Eve 2021"); a holiday alone is not.
const HOLIDAY_YEAR =
  /\b(?:Christmas(?: Eve| Day)?|New Year'?s(?: Eve| Day)?|Thanksgiving(?: Day)?|Easter(?: Sunday)?|Halloween|Independence Day|Fourth of July|Memorial Day|Labor Day|Valentine'?s Day|Mother'?s Day|Father'?s Day|Juneteenth|Veterans Day|Good Friday|Ramadan|Eid(?: al-Fitr| al-Adha)?|Diwali|Hanukkah|Passover|Yom Kippur|Rosh Hashanah|Lunar New Year|Tet)(?:,)?[ \t]+(?:of[ \t]+)?(?:19|20)\d{2}\b/g;
// Spanish dates in notes of Spanish-speaking clients: "miércoles 5 de junio", "12 de marzo de 2024".
const SPANISH_DATE =
  /\b(?:(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo),?[ \t]+)?(?:[12]\d|3[01]|0?[1-9])[ \t]+de[ \t]+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:[ \t]+(?:de[ \t]+|del[ \t]+)?(?:19|20)\d{2})?\b/gi;

// "03MAR2024", "3-Mar-24" written by EHRs and pharmacies; "2024-03" (a year and a month).
const COMPACT_DATE = /\b(?:[12]\d|3[01]|0?[1-9])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d{4}|\d{2})\b/gi;
const YEAR_MONTH = /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])\b(?![-/]\d)/g;

const SCORE_WORDS = new Set(
  'apgar mini-cog minicog gds gds-15 attendance score scored scores total subscale items correct recall trials'.split(' '),
);
const RATING_BEFORE =
  /(?:rat(?:ed|es|ing)|pain|anxiety|mood|scale|suds|score[ds]?|severity|level|intensity|craving|cravings|urges?|energy|sleep|confidence|motivation|distress|depression|stress|anger|irritability|happiness|out of|\bat a\b|\bas a\b|bp|blood pressure|\bof\b)[^.\n]{0,25}$/i;

function validMonthDay(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

export function detectDates(text: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number, source: string): void => {
    spans.push({ start, end, category: 'DATE', source });
  };
  // Every shape but a month alone holds a digit.
  const digits = /\d/.test(text);
  if (digits) for (const re of [MONTH_DAY, DAY_MONTH, MONTH_YEAR, ISO, DASHED]) {
    for (const m of text.matchAll(re)) push(m.index, m.index + m[0].length, 'dates');
  }
  for (const m of text.matchAll(MONTH_ALONE)) push(m.index, m.index + m[0].length, 'dates.month');
  if (digits) for (const m of text.matchAll(NUMERIC_FULL)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // US order or day-first; a dash form with 2-digit year could be a range ("3-4-20"), still a date shape.
    if (validMonthDay(a, b) || validMonthDay(b, a)) push(m.index, m.index + m[0].length, 'dates.numeric');
  }
  if (digits) for (const m of text.matchAll(NUMERIC_PARTIAL)) {
    const a = Number(m[1]);
    const second = m[2]!;
    const b = Number(second);
    const monthYear = second.length === 4 ? a >= 1 && a <= 12 : false;
    const monthDay = second.length <= 2 && (validMonthDay(a, b) || (a >= 1 && a <= 12 && second.length === 2 && second[0] !== '0' && b > 31));
    if (!monthYear && !monthDay) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if ((b === 10 || b === 5 || b === 100 || b === 4 || b === 7) && RATING_BEFORE.test(before)) continue;
    // "GDS 8/15", "Mini-Cog 2/5", "Apgar 8/9", "Attendance: 11/12": a score or a count.
    const lead = /([A-Za-z][\w-]*)\s*(?:score|scored|total|of|=|:|was|is)?\s*$/.exec(before);
    // (A score is below its maximum: 11/12, 8/15; a date like 12/3 after "sessions" stays a date.)
    if (a < b && lead && (INSTRUMENT_WORDS.has(lead[1]!.toLowerCase()) || SCORE_WORDS.has(lead[1]!.toLowerCase()))) continue;
    if (a < b && /\b(?:attendance|apgar)\b[^\n.;]{0,30}$/i.test(before)) continue;
    if (/^\s*(?:of|on a|scale|pts|points)\b/i.test(after)) continue;
    push(m.index, m.index + m[0].length, 'dates.numeric');
  }
  if (digits) for (const m of text.matchAll(DAY_OF_MONTH_ALONE)) push(m.index, m.index + m[0].length, 'dates.day');
  if (digits && /\d[A-Za-z]{3}\d/.test(text)) for (const m of text.matchAll(COMPACT_DATE)) push(m.index, m.index + m[0].length, 'dates.compact');
  if (digits) for (const m of text.matchAll(YEAR_MONTH)) push(m.index, m.index + m[0].length, 'dates.year-month');
  if (digits && /the[ \t]+\d/i.test(text)) for (const m of text.matchAll(THE_NTH)) push(m.index + m[0].length - m[0].replace(/^the[ \t]+/i, '').length, m.index + m[0].length, 'dates.day');
  if (digits && OTHER_MONTH_HINT.test(text)) for (const m of text.matchAll(OTHER_DATE)) push(m.index, m.index + m[0].length, 'dates.other-language');
  if (digits && /\b(?:DOS|DOB|date of)/i.test(text)) {
    for (const m of text.matchAll(SPACED_DATE)) push(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'dates.spaced');
  }
  if (digits) for (const m of text.matchAll(HOLIDAY_YEAR)) push(m.index, m.index + m[0].length, 'dates.holiday');
  if (digits && text.includes(' de ')) for (const m of text.matchAll(SPANISH_DATE)) push(m.index, m.index + m[0].length, 'dates.es');
  return spans;
}
