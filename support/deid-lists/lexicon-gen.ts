// Generates src-main/deid/data/{given-names,surnames,english,cities,street-suffixes}.txt, the
// word lists behind the name and place rules, from packages already installed (nothing is
// downloaded and nothing here is a runtime dependency: the engine reads only the generated
// files; data/SOURCES.md names each list's source).
//   node --import tsx support/deid-lists/lexicon-gen.ts
// Sources and licences:
//   - @faker-js/faker (MIT, (c) Faker contributors): given names, surnames, real city names
//     and USPS street suffixes from every Latin-script locale;
//   - compromise (MIT, (c) Spencer Kelly): its lexicon's tags tell a name (#FirstName,
//     #LastName, #City…) from an English word (#Noun, #Adjective, #Modal…), and give
//     more names and cities;
//   - @zxcvbn-ts/language-en (MIT): English words ranked by frequency (film/TV subtitles),
//     which also rank names high ("john" is 579th), hence the filtering below.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allLocales, type LocaleDefinition } from '@faker-js/faker';
import { dictionary } from '@zxcvbn-ts/language-en';
import nlp from 'compromise';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src-main/deid/data');
const LATIN_WORD = /^[\p{Script=Latin}][\p{Script=Latin}'’-]*$/u;
const SKIP_LOCALES = new Set(['en_BORK', 'en_AU_ocker', 'base']);

type Nested = string[] | { [k: string]: Nested | undefined } | undefined;
function flat(v: Nested): string[] {
  if (!v) return [];
  if (Array.isArray(v)) return v.filter((s): s is string => typeof s === 'string');
  return Object.values(v).flatMap((x) => flat(x));
}

const given = new Set<string>();
const surnames = new Set<string>();
const cities = new Set<string>();
const streetSuffixes = new Set<string>();
const addWords = (set: Set<string>, list: string[]): void => {
  for (const raw of list) {
    for (const w of raw.split(/\s+/)) {
      const lower = w.toLowerCase();
      if (lower.length >= 2 && LATIN_WORD.test(lower)) set.add(lower);
    }
  }
};

for (const [name, locale] of Object.entries(allLocales) as Array<[string, LocaleDefinition]>) {
  if (SKIP_LOCALES.has(name)) continue;
  addWords(given, flat(locale.person?.first_name as Nested));
  addWords(given, flat(locale.person?.middle_name as Nested));
  addWords(surnames, flat(locale.person?.last_name as Nested));
  for (const c of flat(locale.location?.city_name as Nested)) if (/^[\p{Script=Latin}' .-]+$/u.test(c)) cities.add(c.toLowerCase());
  if (name.startsWith('en')) for (const s of flat(locale.location?.street_suffix as Nested)) streetSuffixes.add(s);
}

// compromise: a word's tags say whether it is a name, a place, or an English word.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['City', 'Place', 'Region', 'Country', 'ProperNoun', 'Organization', 'SportsTeam']);
const englishPos = new Set<string>();
for (const [word, t] of Object.entries(lexicon)) {
  const tags = ([] as string[]).concat(t);
  if (tags.some((x) => NAME_TAGS.has(x))) {
    if (!word.includes(' ') && LATIN_WORD.test(word)) {
      if (tags.includes('LastName')) surnames.add(word);
      else given.add(word);
    }
  } else if (tags.includes('City')) {
    cities.add(word);
  } else if (!tags.some((x) => PLACE_TAGS.has(x)) && !word.includes(' ')) {
    englishPos.add(word);
  }
}

// English words that are not names: a word on a names list stays English only when
// compromise knows it as an ordinary word too ("hope", "bill", "brown", "rose").
const zxFirst = new Set(dictionary.firstnames as string[]);
const isName = (w: string): boolean => given.has(w) || surnames.has(w) || zxFirst.has(w) || cities.has(w);
const english: string[] = [];
const seen = new Set<string>();
for (const w of [...(dictionary.commonWords as string[]), ...englishPos]) {
  if (seen.has(w) || !/^[a-z][a-z'-]*$/.test(w)) continue;
  seen.add(w);
  if (isName(w) && !englishPos.has(w)) continue;
  english.push(w);
}

/** One entry a line; `sort` for the lists whose order means nothing (all but English). */
function emit(file: string, entries: Iterable<string>, sort: boolean): void {
  const list = [...new Set(entries)];
  if (sort) list.sort();
  writeFileSync(path.join(out, file), `${list.join('\n')}\n`);
  console.log(`${file}: ${list.length}`);
}

emit('given-names.txt', given, true);
emit('surnames.txt', surnames, true);
emit('english.txt', english, false);
emit('cities.txt', cities, true);
emit('street-suffixes.txt', [...streetSuffixes].flatMap((s) => s.split(/\s+/)).filter(Boolean), true);
