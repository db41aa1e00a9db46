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

export function clinicalPhrases(text: string): Range[] {
  if (!PREFILTER.test(text)) return [];
  const out: Range[] = [];
  for (const m of text.matchAll(PHRASE)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
