// Capitalised phrases that name an instrument, a scale or a condition after a person or a
// place ("Beck Depression Inventory", "Columbia Suicide Severity Rating Scale",
// "Edinburgh Postnatal Depression Scale"): clinical meaning, so guessed names and cities
// inside them are dropped. Found by the head noun that ends them.

const HEAD = 'Inventory|Scale|Questionnaire|Assessment|Test|Battery|Index|Checklist|Protocol|Interview|Screener|Screen|Syndrome|Disease|Disorder|Palsy|Criteria';
const PREFILTER = new RegExp(`\\b(?:${HEAD})\\b`);
const PHRASE = new RegExp(`(?<![\\p{L}\\p{M}'’-])(?:\\p{Lu}[\\p{L}\\p{M}'’-]*[ \\t]+){1,6}(?:${HEAD})\\b(?![ \\t]+\\p{Lu})`, 'gu');

export interface Range {
  start: number;
  end: number;
}

// An eponym before a lower-case head: "Framingham risk score", "Chaddock reflex", "Gleason
// score" (Framingham is also a town). Not after a possessive: "Okafor's score" is a person's.
const EPONYM_HEAD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}-]+[ \t]+(?:risk score|score|reflex|sign|criteria|classification|staging|heart study|equation|maneuver|manoeuvre)\b/gu;
const EPONYM_HINT = / (?:risk score|score|reflex|sign|criteria|classification|staging|heart study|equation|maneuver|manoeuvre)\b/;

export function clinicalPhrases(text: string): Range[] {
  const out: Range[] = [];
  if (PREFILTER.test(text)) for (const m of text.matchAll(PHRASE)) out.push({ start: m.index, end: m.index + m[0].length });
  if (EPONYM_HINT.test(text)) for (const m of text.matchAll(EPONYM_HEAD)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
