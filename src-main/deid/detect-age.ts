// Ages over 89 become "90 or older" (Safe Harbor); younger ages are clinical meaning and stay.

import type { Span } from './types.js';

// "92-year-old", "92 years old", "92 y/o", "92yo", "92 yrs"; the whole phrase is replaced.
const AGE_PHRASE = /\b(\d{2,3})(?:\s*-\s*|\s+)?(?:years?|yrs?|y\/o|y\.o\.|yo)(?:[\s-]*old)?(?![\w])/gi;
// …and in the languages clients speak: "93 años", "92 tuổi", "91 ans", "90 Jahre".
const AGE_PHRASE_ABROAD = /\b(\d{2,3})[ \t]+(?:años|anos|ans|jahre|anni|lat|tuổi)(?![\p{L}\d])/giu;
const ABROAD_HINT = /\d (?:años|anos|ans|jahre|anni|lat|tuổi)/i;
// "age 92", "aged 92", "Age: 92", "92M" style stays as the number only.
// "her grandmother, who is 92 and still in Kismayo", "Dad turned 95 in May": an age said
// with a verb. Not a measure: "SpO2 is 97", "the score was 94", "weight is 96 kg".
const AGE_IS = /\b(?:is|was|turns|turned|turning|will be|just turned)[ \t]+(?:now[ \t]+|almost[ \t]+|nearly[ \t]+|already[ \t]+)?(9\d|1[01]\d)(?=[ \t]*(?:[,;()]|\.(?!\d)|and\b|years?\b|yrs?\b|now\b|this\b|next\b|in\b|$))/g;
const MEASURE_BEFORE = /(?:score|scored|sat|sats|saturation|o2|spo2|iq|weight|weighs|bp|hr|pulse|heart rate|temp|temperature|glucose|sugar|level|rate|percent|total|count|number|room|bed|dose|a1c|bmi|grade|average|result|reading|t-score|percentile|minutes?|mg)\b[^.;\n]{0,20}$/i;
// Spelled out: "a ninety-two-year-old", "she is ninety-four", "one hundred and one years old".
const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
const SPELLED = `(?:ninety(?:[- ]${UNITS})?|(?:a|one)[- ]hundred(?:(?:[- ]and)?[- ](?:${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)`;
const AGE_SPELLED = new RegExp(`\\b${SPELLED}(?:[- ]years?[- ]old|[- ]year[- ]old|(?=[ \\t]+(?:and|now|this|next|in)\\b|[,;.)]))`, 'gi');
const AGE_SPELLED_HINT = /ninety|hundred/i;
const AGE_LABEL = /\b(?:age[ds]?|aged)\s*:?\s*(\d{2,3})\b/gi;

export function detectAges(text: string): Span[] {
  const out: Span[] = [];
  const phrases = ABROAD_HINT.test(text) ? [...text.matchAll(AGE_PHRASE), ...text.matchAll(AGE_PHRASE_ABROAD)] : text.matchAll(AGE_PHRASE);
  for (const m of phrases) {
    const age = Number(m[1]);
    if (age >= 90 && age < 130) out.push({ start: m.index, end: m.index + m[0].length, category: 'AGE', source: 'age' });
  }
  for (const m of text.matchAll(AGE_IS)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (MEASURE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({ start, end: start + m[1]!.length, category: 'AGE', source: 'age.is' });
  }
  if (AGE_SPELLED_HINT.test(text)) {
    for (const m of text.matchAll(AGE_SPELLED)) {
      // Said of a person: with "years old", or after is/was/turns/aged.
      const yearsOld = /year/i.test(m[0]);
      if (!yearsOld && !/\b(?:is|was|turns|turned|turning|aged|age|be)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, category: 'AGE', source: 'age.spelled' });
    }
  }
  for (const m of text.matchAll(AGE_LABEL)) {
    const age = Number(m[1]);
    const start = m.index + m[0].length - m[1]!.length;
    if (age >= 90 && age < 130) out.push({ start, end: start + m[1]!.length, category: 'AGE', source: 'age.label' });
  }
  return out;
}
