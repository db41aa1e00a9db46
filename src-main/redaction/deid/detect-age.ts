// Ages over 89 become "90 or older" (Safe Harbor); younger ages are clinical meaning and stay.

import type { Span } from './types.js';

// "92-year-old", "92 years old", "92 y/o", "92yo", "92 yrs"; the whole phrase is replaced.
const AGE_PHRASE = /\b(\d{2,3})(?:\s*-\s*|\s+)?(?:years?|yrs?|y\/o|y\.o\.|yo)(?:[\s-]*old)?(?![\w])/gi;
// "age 92", "aged 92", "Age: 92", "92M" style stays as the number only.
const AGE_LABEL = /\b(?:age[ds]?|aged)\s*:?\s*(\d{2,3})\b/gi;

export function detectAges(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(AGE_PHRASE)) {
    const age = Number(m[1]);
    if (age >= 90 && age < 130) out.push({ start: m.index, end: m.index + m[0].length, category: 'AGE', source: 'age' });
  }
  for (const m of text.matchAll(AGE_LABEL)) {
    const age = Number(m[1]);
    const start = m.index + m[0].length - m[1]!.length;
    if (age >= 90 && age < 130) out.push({ start, end: start + m[1]!.length, category: 'AGE', source: 'age.label' });
  }
  return out;
}
