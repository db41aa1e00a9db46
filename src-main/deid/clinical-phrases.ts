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
const EPONYM_HEAD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}-]+[ \t]+(?:risk score|score|reflex|sign|criteria|classification|staging|heart study|equation|maneuver|manoeuvre|disease|syndrome|palsy)\b/gu;
const EPONYM_HINT = / (?:risk score|score|reflex|sign|criteria|classification|staging|heart study|equation|maneuver|manoeuvre|disease|syndrome|palsy)\b/;

// "Lou Gehrig's disease", "Cushing's features": an eponym's possessive before what it names.
const EPONYM_POSSESSIVE = /(?<![\p{L}\p{M}'’-])(?:\p{Lu}[\p{L}\p{M}-]+[ \t]+)?\p{Lu}[\p{L}\p{M}-]+['’]s?[ \t]+(?:disease|syndrome|palsy|sign|esophagus|ulcer|phenomenon|triad|features|law|act|criteria)\b/gu;
// Storms and pets are named, and name no one: "Hurricane Ida", "huracán María", "his dog, Pico,",
// "a beagle named Captain", "Service dog: Gunner".
const STORM_OR_PET =
  /\b(?:[Hh]urricane|[Tt]ropical [Ss]torm|[Ss]uperstorm|[Tt]yphoon|[Cc]yclone|huracán|tormenta)[ \t]+\p{Lu}[\p{L}\p{M}]+|\b(?:dog|dogs|cat|cats|puppy|kitten|pet|horse|beagle|terrier|labrador|retriever|shepherd|pitbull|pit bull|chihuahua|poodle|husky|parrot|hamster|rabbit|bunny|service dog|therapy dog|support animal|perro|perrita|perrito|gato|gata)\b[ \t]*(?:,|:|\(|named|called|is named)[ \t]*\(?\p{Lu}[\p{L}\p{M}]+/gu;
const STORM_OR_PET_HINT = /\b(?:hurricane|storm|typhoon|cyclone|huracán|tormenta|dog|cat|puppy|kitten|pet|horse|beagle|terrier|labrador|retriever|shepherd|pit ?bull|chihuahua|poodle|husky|parrot|hamster|rabbit|bunny|animal|perr[oa]|perrit[oa]|gat[oa])s?\b/i;

export function clinicalPhrases(text: string): Range[] {
  const out: Range[] = [];
  if (/['’]s?[ \t]+(?:disease|syndrome|palsy|sign|esophagus|ulcer|phenomenon|triad|features|law|act|criteria)\b/.test(text)) {
    for (const m of text.matchAll(EPONYM_POSSESSIVE)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  if (STORM_OR_PET_HINT.test(text)) {
    for (const m of text.matchAll(STORM_OR_PET)) {
      const name = /\p{Lu}[\p{L}\p{M}]+$/u.exec(m[0])!;
      out.push({ start: m.index + name.index, end: m.index + m[0].length });
    }
  }
  if (PREFILTER.test(text)) for (const m of text.matchAll(PHRASE)) out.push({ start: m.index, end: m.index + m[0].length });
  if (EPONYM_HINT.test(text)) for (const m of text.matchAll(EPONYM_HEAD)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
