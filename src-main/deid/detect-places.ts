// Geography below the state (street, city, county, ZIP) and named organisations that locate
// a person (hospital, clinic, school, employer). Cues are shapes and suffixes: a number
// before a street word, ", ST 12345", "X County", "Y Hospital", "St. Vincent's".

import { detectAddressShapes, growAddressBlocks } from './detect-address.js';
import { detectOrganizations } from './detect-orgs.js';
import { HARD_KEEP, SOFT_KEEP, THERAPY_WORDS } from './clinical-terms.js';
import { isCommonWord, isEnglish, lexicon } from './lexicon.js';
import { ORG_SUFFIX, STATE_CODES, STREET_SUFFIX, US_STATES } from './places.js';
import type { Span } from './types.js';

const CAP = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
// A capitalised word that starts a word (not the "D" inside "McDonald").
const CAP0 = `(?<![\\p{L}\\p{M}'’.-])${CAP}`;
const CAP_NO_DOT = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const CAPS_RUN = `${CAP}(?:[ \\t]+(?:of[ \\t]+|the[ \\t]+|de[ \\t]+|la[ \\t]+|&[ \\t]+)?${CAP}){0,5}`;
// 12 Elm Street, 4596 N. Oak Ave Apt. 3; also European "Brixtonlaan 380", "Hoge Wei 32".
const STREET = new RegExp(
  `\\b\\d{1,6}[A-Za-z]?(?:[ \\t]+(?:[NSEW]\\.?|North|South|East|West))?(?:[ \\t]+(?:${CAP}|\\d{1,3}(?:st|nd|rd|th))){1,4}[ \\t]+(?:${STREET_SUFFIX})\\b\\.?(?:[ \\t]+(?:[NSEW]|NE|NW|SE|SW)\\b\\.?)?` +
    `|\\b\\d{1,6}[ \\t]+(?:[NSEW]\\.?[ \\t]+)?(?:Broadway|Main)\\b`,
  'gu',
);
// Streets without a number: "SE Division St", "W 139th St" (a direction before the name), and
// "on Forbes Ave", "off Tilghman St" (a street of capitalised words after on/off/along/near).
const SHORT_SUFFIX = 'St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Pkwy|Parkway|Pike|Hwy|Highway|Terrace|Ter|Concourse';
// The full stop of an abbreviated suffix belongs to the street; a sentence's does not.
const ABBREV_DOT = '(?:(?<=(?:St|Ave|Rd|Blvd|Dr|Ln|Pkwy|Hwy|Ter))\\.)?';
const SHORT_SUFFIX_HINT = new RegExp(`[ \\t](?:${SHORT_SUFFIX})\\b`);
const DIRECTIONAL_STREET = new RegExp(`\\b(?:N|S|E|W|NE|NW|SE|SW)\\.?[ \\t]+(?:${CAP_NO_DOT}|\\d{1,3}(?:st|nd|rd|th))(?:[ \\t]+${CAP_NO_DOT})?[ \\t]+(?:${SHORT_SUFFIX})\\b${ABBREV_DOT}`, 'gu');
const ON_STREET = new RegExp(`\\b(?:on|off|along|near|onto)[ \\t]+((?:${CAP_NO_DOT}[ \\t]+){1,3}(?:${SHORT_SUFFIX}))\\b${ABBREV_DOT}`, 'gu');
// "county rd 12", "State Route 9", "FM 1960"; "on Route 9", "off Hwy 61".
const NUMBERED_ROAD = /\b(?:(?:county|co\.|state|farm to market|fm|us|u\.s\.)[ \t]+(?:road|rd|route|rte|highway|hwy)|(?<=\b(?:on|off|near|along|at)[ \t]+)(?:route|rte|highway|hwy|sr|cr))[ \t]+\d{1,4}[A-Z]?\b/gi;
// Rural routes: "RR 2 Box 14", "RFD 1, Fort Fairfield", "HC 63 Box 12".
const RURAL_ROUTE = /\b(?:RR|R\.R\.|RFD|R\.F\.D\.|HC|Rural Route|Star Route)[ \t]*#?[ \t]*\d{1,4}(?:,?[ \t]*Box[ \t]*\d{1,5}[A-Z]?)?\b/g;
// "on NE 54th", "24th St", "W. 4th Street": ordinals that are streets.
const ORDINAL_STREET = /\b(?:(?:NE|NW|SE|SW)[ \t]+\d{1,3}(?:st|nd|rd|th)\b|\d{1,3}(?:st|nd|rd|th)[ \t]+(?:St|Street|Ave|Avenue)\b)/g;
// Irish and British counties: "County Cork", "Co. Kerry".
const COUNTY_BEFORE = /\b(?:County|Co\.)[ \t]+\p{Lu}\p{Ll}+/gu;
// "1010 riverside ave": a numbered street typed in lower case.
const LOWER_STREET = /\b\d{1,6}[ \t]+([a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+)?)[ \t]+(?:[Ss]t|[Aa]ve|[Rr]d|[Bb]lvd|[Dd]r|[Ll]n|[Ss]treet|[Aa]venue|[Rr]oad|[Dd]rive|[Ll]ane|[Pp]kwy|[Pp]arkway|[Tt]errace|[Cc]oncourse|[Hh]wy|[Hh]ighway)\b/g;
// A town on the list that is also a word, where a town is written: "father in Bend.",
// "works in Carlisle;", "(Rock Springs)". A neighbourhood named Little-something: "Little Haiti".
const TOWN_AFTER = new RegExp(`\\b(?:in|from|to|near|outside|of|lives|moved to)[ \\t]+(${CAP_NO_DOT}(?:[ \\t]+${CAP_NO_DOT}){0,2})(?=[ \\t]*(?:[,.;:)!?—–]|$|\\([A-Z]))`, 'gmu');
const LITTLE_PLACE = /\bLittle[ \t]+(?:Haiti|Saigon|Italy|Havana|Village|Tokyo|Armenia|Ethiopia|India|Manila|Mexico|Odessa|Portugal|Poland|Bangladesh|Korea|Brazil|Senegal|Sicily|Ukraine|Somalia|Cambodia|Lebanon|Syria|Guyana|Caribbean|Africa|Arabia|Egypt|Persia)\b/g;
// "near Milwaukee & Central", "at Main & 5th": an intersection.
const INTERSECTION = new RegExp(`\\b(?:near|at|on|by)[ \\t]+(?:${CAP_NO_DOT}|\\d{1,3}(?:st|nd|rd|th))[ \\t]*&[ \\t]*(?:${CAP_NO_DOT}|\\d{1,3}(?:st|nd|rd|th))\\b`, 'gu');
// Neighbourhoods named by a place noun: "in Squirrel Hill", "from Sunset Park", "near Cleveland Heights".
const PLACE_NOUN = new RegExp(`\\b(?:in|from|near|to|outside|around|of)[ \\t]+((?:${CAP_NO_DOT}[ \\t]+){1,2}(?:Hill|Hills|Park|Square|Heights|Village|Valley|Springs|Falls|Creek|Beach|Harbor|Harbour|Point|Ridge|Grove|Gardens|Estates|Commons|Junction|Township|Landing|Crossing|Mills|Woods|Lake|Bay|Island|Shores|Meadows|Acres|Hollow|Corners|Flats|Manor|Terrace))\\b`, 'gu');
const STREET_TYPE_FIRST = new RegExp(`${CAP0}(?:[ \\t]+${CAP}){0,2}[ \\t]+(?:Wei|Weg|Straat|Laan|Rue|Calle|Via|Rua)[ \\t]+\\d{1,5}\\b`, 'gu');
const STREET_TYPE_FIRST_HINT = /[ \t](?:Wei|Weg|Straat|Laan|Rue|Calle|Via|Rua)[ \t]+\d/;
// "Brixtonlaan 380", "Koskikatu 25": found by the suffix, then widened to the word's start.
const EU_STREET = /(?<=\p{L})(?:straat|laan|weg|gasse|katu|gatan|vej|vei|strasse|straße|plein|kade|gracht)[ \t]+\d{1,5}[A-Za-z]?\b/gu;
const EU_STREET_HINT = /(?:straat|laan|weg|gasse|katu|gatan|vej|vei|strasse|straße|plein|kade|gracht)[ \t]+\d/;
const UNIT = /\b(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Bldg|Building|Floor|Fl|Lot|Space|Box)\b\.?\s*#?\s*[A-Za-z]?\d{1,6}[A-Za-z]?\b|#\s?\d{1,5}[A-Za-z]?\b(?=\s*,)/g;
const PO_BOX = /\bP\.?\s?O\.?\s?Box\s+\d+\b/gi;
// "Dayton, OH 45402", "Springfield, Illinois", "Columbus, OH"
const CITY_STATE = new RegExp(`(${CAP0}(?:[ \\t]+${CAP}){0,3}),[ \\t]*([A-Z]{2}|${CAP}(?:[ \\t]+${CAP})?)\\b(?:[ \\t]+(\\d{5}(?:-\\d{4})?))?`, 'gu');
const ZIP_AFTER_STATE = /\b([A-Z]{2})[ \t]+(\d{5}(?:-\d{4})?)\b/g;
// "ZIP: 394 13", "my zip code is 2371", "postcode 53-320", "postal code B0J 2H0".
const ZIP_LABEL = /\b(?:zip|zip code|postal code|postcode|post code|eircode)\s*(?:is\s+)?[:#]?\s*([A-Z]\d{2}\s?[A-Z0-9]{4}|\d{5}(?:-\d{4})?|\d{3}\s\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3,4}(?:\s?[A-Z]{2})?|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/gi;
const COUNTY = new RegExp(`${CAP0}(?:[ \\t]+${CAP}){0,2}[ \\t]+(?:County|Parish|Borough|Township|Precinct|District|Ward)\\b`, 'gu');
const COUNTY_WORD = /[ \t](?:County|Parish|Borough|Township|Precinct|District|Ward)\b/;
const ORG = new RegExp(`(?:\\b(?:the[ \\t]+)?)(?<![\\p{L}\\p{M}'’.-])${CAPS_RUN}[ \\t]+(?:&[ \\t]+)?(?:${ORG_SUFFIX})(?![\\p{L}])(?:[ \\t]+Children['’]s)?(?:[ \\t]+(?:of|at|in)[ \\t]+${CAP_NO_DOT}(?:[ \\t]+${CAP_NO_DOT}){0,2}|[ \\t]+on[ \\t]+Aging|[ \\t]*[–—][ \\t]*${CAP_NO_DOT}(?:[ \\t]+${CAP_NO_DOT}){0,2})?`, 'gu');
const SAINT = new RegExp(`\\b(?:St|Mt|Ft|Saint|Mount|Fort|San|Santa|Los|Las|Lake|Port|Glen)\\.?[ \\t]+${CAP_NO_DOT}(?:[ \\t]+${CAP_NO_DOT}){0,3}`, 'gu');
// Company shapes: "Morissette - Jones", "Clark, Romero and Hall", "Ferry and Sons".
const COMPANY = new RegExp(`${CAP0}(?:[ \\t]+-[ \\t]+${CAP}|(?:,[ \\t]+${CAP})+,?[ \\t]+(?:and|&)[ \\t]+${CAP})`, 'gu');
const COMPANY_HINT = / - \p{Lu}|(?:,| and| &) \p{Lu}/u;
// Multi-word runs of capitalised words, for the city list ("New York City", "Cedar Falls").
const CAP_RUN = new RegExp(`${CAP0}(?:[ \\t]+${CAP}){0,3}`, 'gu');
// Words that name no particular place: "the Outpatient Clinic", "Family Court" stay.
const GENERIC_ORG_WORDS = new Set(
  `a an the this that our their his her my your outpatient inpatient community local mental behavioral behavioural primary
urgent emergency family medical health psychiatric residential detox treatment recovery group private public state county
federal general veterans va children's women's crisis day night attorney surgeon sober halfway transitional partial intensive high
middle elementary drug alcohol substance counseling counselling wellness care rehab rehabilitation dental eye cancer heart
sleep pain walk-in student legal social human child protective services department patient client new sud iop php er
continue attend attended plan and of clinical research resources human financial capital society couples couple marriage
marital trauma addiction addictions peer pastoral nutrition occupational physical speech art music play dialectical behavior
cognitive individual adolescent adult adults child's teen youth geriatric senior seniors internal integrative holistic
sports pediatric grief bereavement anger eating disorder disorders anxiety depression mood ptsd sud dual diagnosis
intensive partial aftercare medication-assisted opioid assisted living nursing skilled memory hospice palliative`.split(/\s+/),
);

const ORG_SUFFIX_ALL = new RegExp(`[ \\t](?:${ORG_SUFFIX})(?![\\p{L}])`, 'gu');
const PROGRAMMES = /^(?:SMART Recovery|Smart Recovery|Celebrate Recovery|Refuge Recovery|Recovery Dharma|Women for Sobriety|LifeRing(?: Secular Recovery)?|Alcoholics Anonymous|Narcotics Anonymous|Cocaine Anonymous|Gamblers Anonymous|Overeaters Anonymous|Al-Anon(?: Family Groups)?|Nar-Anon|Adult Children of Alcoholics|Dual Recovery Anonymous|Moderation Management|The Matrix Model|Matrix Model)$/;
const KIND_OF_CARE = /(?:Rescue|Sheriff|Authority|Protection|Hotline|Coffee|Fitness|Foods|Farms|Management|Partnership|Residence|Psychotherapy|Consultants|Practice|Committee|Office|Spa|Supply|Hardware|Auto|Inn|Plant|Mill|Mine|Ranch|Baptist|Lutheran|Methodist|Episcopal|Pentecostal|Fellowship|Tech|Medicine|Dental|Dentistry|Pediatrics|Paediatrics|Counseling|Counselling|Therapy|Therapies|Primary Care|Urgent Care|Drug|Drugs|Residential|Wellness|Psychiatry|Psychology|Behavioral|Nursing|Living|Outreach|International)$/;
function distinctive(w: string): boolean {
  const lower = w.toLowerCase().replace(/['’]s$|[.,]+$/g, '');
  if (GENERIC_ORG_WORDS.has(lower) || ORG_SUFFIX_WORD.test(w) || HARD_KEEP.has(lower) || SOFT_KEEP.has(lower)) return false;
  const lex = lexicon();
  if (!isEnglish(lex, lower)) return true;
  // A rare English word can be a place's name ("Lakes", "Prairie"); the words that make the
  // names of therapies ("Trauma-Focused", "Emotionally", "Motivational", "Prolonged") cannot.
  return !lower.includes('-') && !/(?:al|ly|ed|ing|ive|ion|ment|ness|ic)$/.test(lower) && !isCommonWord(lex, lower, 5000);
}
// Words that open a sentence before a name rather than start it ("Discussed Human Resources",
// "Called Riverside Clinic"); "South Coast Community Health" keeps its first word.
const SENTENCE_OPENERS = new Set(
  'also then today yesterday tomorrow per see saw met called contacted visited attended discussed reviewed with and but or client patient pt mother father wife husband sister brother son daughter please plan note'.split(' '),
);
const NAMING_SUFFIX = /^(?:Baptist|Lutheran|Methodist|Episcopal|Pentecostal|Presbyterian|AME|Tech|Tabernacle|Cathedral)$/;
const ORG_SUFFIX_WORD = new RegExp(`^(?:${ORG_SUFFIX})$`, 'u');

function push(out: Span[], start: number, end: number, category: Span['category'], source: string): void {
  if (end > start) out.push({ start, end, category, source });
}

export function detectPlaces(text: string): Span[] {
  const out: Span[] = [];
  const digits = /\d/.test(text);
  if (digits) for (const m of text.matchAll(STREET)) {
    // "7.5 mg per Dr. Lam": a dose, and a title, not a street.
    if (/^\d+[ \t]+(?:mg|mcg|ml|g|units?|tabs?|caps?|pills?|x|times|doses?)\b/i.test(m[0]) || (/Dr$/.test(m[0]) && /^\.?[ \t]+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))) continue;
    push(out, m.index, m.index + m[0].length, 'LOCATION', 'street');
  }
  if (digits) for (const m of text.matchAll(RURAL_ROUTE)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'street.rural');
  if (digits) for (const m of text.matchAll(ORDINAL_STREET)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'street.ordinal');
  if (/County [A-Z]|Co\. [A-Z]/.test(text)) {
    for (const m of text.matchAll(COUNTY_BEFORE)) {
      const name = m[0].replace(/^(?:County|Co\.)[ \t]+/, '').toLowerCase();
      if (!isCommonWord(lexicon(), name, 3000) && !SOFT_KEEP.has(name)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'county');
    }
  }
  if (digits && /\b(?:road|rd|route|rte|highway|hwy|sr|cr)[ \t]+\d/i.test(text)) for (const m of text.matchAll(NUMBERED_ROAD)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'street.road');
  if (digits) for (const m of text.matchAll(LOWER_STREET)) {
    const words = m[1]!.split(/[ \t]+/);
    if (/^(?:mg|mcg|ml|g|units?|tabs?|caps?|pills?|x|times|doses?|puffs?|drops?|sprays?)$/i.test(words[0]!)) continue;
    if (words.some((w) => HARD_KEEP.has(w) || SOFT_KEEP.has(w)) || words.every((w) => isCommonWord(lexicon(), w, 1000))) continue;
    push(out, m.index, m.index + m[0].length, 'LOCATION', 'street');
  }
  const suffixed = SHORT_SUFFIX_HINT.test(text);
  if (suffixed) for (const m of text.matchAll(DIRECTIONAL_STREET)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'street.directional');
  if (suffixed) for (const m of text.matchAll(ON_STREET)) {
    const words = m[1]!.split(/[ \t]+/).slice(0, -1);
    if (words.some((w) => HARD_KEEP.has(w.toLowerCase()) || SOFT_KEEP.has(w.toLowerCase()))) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    push(out, start, m.index + m[0].length, 'LOCATION', 'street.named');
  }
  if (text.includes('&')) for (const m of text.matchAll(INTERSECTION)) {
    const at = m.index + m[0].search(/[ \t]/) + 1;
    push(out, at + (text.slice(at).search(/\S/)), m.index + m[0].length, 'LOCATION', 'street.corner');
  }
  for (const m of text.matchAll(TOWN_AFTER)) {
    const name = m[1]!;
    const lower = name.toLowerCase();
    if (!lexicon().cities.has(lower)) continue;
    // A one-word town that is also an everyday word needs to be rare ("Bend" yes, "Hope" no).
    if (!name.includes(' ') && (isCommonWord(lexicon(), lower, 2000) || lexicon().ambiguousFirst.has(lower) || SOFT_KEEP.has(lower) || HARD_KEEP.has(lower))) continue;
    const start = m.index + m[0].lastIndexOf(name);
    push(out, start, start + name.length, 'LOCATION', 'city.after');
  }
  if (text.includes('Little ')) for (const m of text.matchAll(LITTLE_PLACE)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'city.little');
  for (const m of text.matchAll(PLACE_NOUN)) {
    const words = m[1]!.split(/[ \t]+/);
    if (words.some((w) => HARD_KEEP.has(w.toLowerCase()) || SOFT_KEEP.has(w.toLowerCase()) || GENERIC_ORG_WORDS.has(w.toLowerCase()))) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    push(out, start, start + m[1]!.length, 'LOCATION', 'city.place-noun');
  }
  if (STREET_TYPE_FIRST_HINT.test(text)) for (const m of text.matchAll(STREET_TYPE_FIRST)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'street');
  if (EU_STREET_HINT.test(text)) for (const m of text.matchAll(EU_STREET)) {
    let start = m.index;
    while (start > 0 && /[\p{L}\p{M}'’-]/u.test(text[start - 1]!)) start--;
    push(out, start, m.index + m[0].length, 'LOCATION', 'street');
  }
  if (digits) for (const m of text.matchAll(UNIT)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'unit');
  if (digits) for (const m of text.matchAll(PO_BOX)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'pobox');
  CITY_STATE.lastIndex = 0;
  for (let m = CITY_STATE.exec(text); m; m = CITY_STATE.exec(text)) {
    const city = m[1]!;
    const state = m[2]!;
    const isState = (state.length === 2 && STATE_CODES.has(state)) || US_STATES.has(state.toLowerCase());
    if (!isState || US_STATES.has(city.toLowerCase())) {
      // "Elm Street, Dayton, OH": retry from the next word so "Dayton, OH" is seen.
      const nextWord = text.indexOf(' ', m.index + 1);
      const comma = text.indexOf(',', m.index);
      CITY_STATE.lastIndex = Math.max(m.index + 1, Math.min(nextWord < 0 ? Infinity : nextWord, comma + 1));
      continue;
    }
    push(out, m.index, m.index + city.length, 'LOCATION', 'city');
  }
  if (digits) for (const m of text.matchAll(ZIP_AFTER_STATE)) {
    if (!STATE_CODES.has(m[1]!)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    push(out, start, start + m[2]!.length, 'ZIP', 'zip');
  }
  if (digits) for (const m of text.matchAll(ZIP_LABEL)) {
    const start = m.index + m[0].length - m[1]!.length;
    push(out, start, start + m[1]!.length, 'ZIP', 'zip.label');
  }
  if (COUNTY_WORD.test(text)) for (const m of text.matchAll(COUNTY)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'county');
  // The suffix alternation is long: look for a suffix word once before trying every capitalised run.
  for (const m of orgMatches(text)) {
    let s = m[0];
    let start = m.index;
    // A run of capitals may cross a sentence end ("…Treatment. Compassion Focused Therapy"):
    // the name starts after the last full stop that ends a word.
    const stop = s.includes('. ') || s.includes('.\t') ? [...s.matchAll(/\p{Ll}{2,}\.[ \t]+/gu)].pop() : undefined;
    if (stop) {
      start += stop.index + stop[0].length;
      s = s.slice(stop.index + stop[0].length);
    }
    const lead = /^the[ \t]+/i.exec(s);
    if (lead) {
      start += lead[0].length;
      s = s.slice(lead[0].length);
    }
    // "Discussed Human Resources": a sentence's first word is not part of the name.
    const first = /^(\p{Lu}[\p{L}'’-]*)[ \t]+/u.exec(s);
    const firstLower = first?.[1]!.toLowerCase() ?? '';
    if (first && (/(?:ed|ing)$/.test(firstLower) && isCommonWord(lexicon(), firstLower, 10_000) || SENTENCE_OPENERS.has(firstLower)) && /(?:^|[.!?:]\s*|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start))) {
      start += first[0].length;
      s = s.slice(first[0].length);
    }
    // "the Clinic", "Outpatient Clinic", "Family Court": a generic head names no place.
    const words = s.split(/[ \t]+/);
    // …unless a place names it: "Children's Hospital Los Angeles", "Children's Hospital, Boston".
    const after = /^,?[ \t]+(\p{Lu}[\p{L}\p{M}'’.-]*)/u.exec(text.slice(start + s.length, start + s.length + 40));
    const placed = after !== null && !isEnglish(lexicon(), after[1]!.toLowerCase());
    // (A denomination names a church at the end, and a hospital before its head: "Methodist Hospital".)
    if (!placed && words.every((w) => GENERIC_ORG_WORDS.has(w.toLowerCase()) || (ORG_SUFFIX_WORD.test(w) && !NAMING_SUFFIX.test(w)))) continue;
    // Mutual-help programmes meet everywhere and locate no one: "SMART Recovery", "Celebrate Recovery";
    // where one meets may ("SMART Recovery at Fairmount Presbyterian Church").
    if (PROGRAMMES.test(s)) continue;
    const where = /^(.+?)[ \t]+(?:at|in)[ \t]+/.exec(s);
    if (where && PROGRAMMES.test(where[1]!)) {
      start += where[0].length;
      s = s.slice(where[0].length);
    }
    // A method's name leads: "Gottman Sound Relationship House".
    const head = s.split(/[ \t]+/)[0]!;
    if (THERAPY_WORDS.has(head.toLowerCase()) && !GENERIC_ORG_WORDS.has(head.toLowerCase())) continue;
    if (where && PROGRAMMES.test(where[1]!)) words.splice(0, words.length, ...s.split(/[ \t]+/));
    // Heads that also name a kind of care ("Art Therapy", "Couples Counseling", "Family Medicine")
    // need a word of their own that no reading of the kind of care holds ("Lakes Area Child Therapy").
    // Two name words of their own make a name too ("New Dawn Residential"), unless they read as
    // the adjectives of a method ("Emotionally Focused Therapy").
    const own = words.slice(0, -1);
    const named =
      own.length >= 2 &&
      own.every((w) => !/(?:al|ly|ed|ing|ive|ion|ment|ic)$/i.test(w) && !HARD_KEEP.has(w.toLowerCase()) && (!SOFT_KEEP.has(w.toLowerCase()) || GENERIC_ORG_WORDS.has(w.toLowerCase()))) &&
      own.some((w) => !GENERIC_ORG_WORDS.has(w.toLowerCase()));
    if (KIND_OF_CARE.test(s) && !named && !words.some((w) => distinctive(w))) continue;
    push(out, start, start + s.length, 'ORGANIZATION', 'org');
  }
  detectCompanies(text, out);
  detectCities(text, out);
  for (const m of text.matchAll(SAINT)) {
    push(out, m.index, m.index + m[0].length, /^(?:St|Mt|Saint|Mount)\b/.test(m[0]) ? 'ORGANIZATION' : 'LOCATION', 'saint');
  }
  out.push(...detectAddressShapes(text), ...detectOrganizations(text));
  out.push(...growAddressBlocks(text, out));
  return out;
}

/**
 * The ORG pattern tried only near its head words: it starts with a run of capitalised words,
 * which alone would be tried at every capital of the text. Each head word found (one pass of
 * a literal alternation) gives a window; the pattern runs from 120 characters before it.
 */
function* orgMatches(text: string): Generator<RegExpExecArray> {
  ORG_SUFFIX_ALL.lastIndex = 0;
  let done = 0; // no match may start before this
  for (let head = ORG_SUFFIX_ALL.exec(text); head; head = ORG_SUFFIX_ALL.exec(text)) {
    if (head.index < done) continue;
    ORG.lastIndex = Math.max(done, head.index + 1 - 120);
    for (let m = ORG.exec(text); m && m.index <= head.index + 1; m = ORG.exec(text)) {
      done = m.index + m[0].length;
      yield m;
      ORG.lastIndex = done;
    }
    if (ORG_SUFFIX_ALL.lastIndex < done) ORG_SUFFIX_ALL.lastIndex = done;
  }
}

function detectCompanies(text: string, out: Span[]): void {
  const lex = lexicon();
  if (!COMPANY_HINT.test(text)) return;
  for (const m of text.matchAll(COMPANY)) {
    // Every capitalised word must be a name, not English ("Dialectical - Behavior" stays).
    const words = m[0].match(/\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? [];
    if (words.some((w) => w !== 'Sons' && isEnglish(lex, w.toLowerCase()) && !lex.lastNames.has(w.toLowerCase()))) continue;
    // A list of given names is people, not a firm: "Leonti, Terrence, Pamela and Brian".
    const given = words.filter((w) => lex.firstNames.has(w.toLowerCase().replace(/\.$/, ''))).length;
    if (words.length > 3 ? given * 2 >= words.length : given === words.length) continue;
    push(out, m.index, m.index + m[0].length, 'ORGANIZATION', 'company');
  }
}

/** Known cities of two words or more anywhere; one word when it is not also English. */
function detectCities(text: string, out: Span[]): void {
  const lex = lexicon();
  const { cities } = lex;
  for (const m of text.matchAll(CAP_RUN)) {
    const run = m[0];
    if (!run.includes(' ') && !run.includes('\t')) {
      if (run.length < 4) continue;
      const name = (/[.,'’]$/.test(run) ? run.replace(/[.,'’]+$/, '') : run).toLowerCase();
      if (name.length >= 4 && cities.has(name) && !isEnglish(lex, name) && !lex.ambiguousFirst.has(name) && !HARD_KEEP.has(name) && !SOFT_KEEP.has(name)) push(out, m.index, m.index + name.length, 'LOCATION', 'city.known');
      continue;
    }
    const words = run.split(/[ \t]+/);
    // Most runs hold no word a town's name starts with: nothing more to do for them.
    if (!words.some((w) => lex.cityStarts.has(w.toLowerCase()))) continue;
    const offsets: number[] = [];
    let at = m.index;
    for (const w of words) {
      at = text.indexOf(w, at);
      offsets.push(at);
      at += w.length;
    }
    const lowers = words.map((w) => w.toLowerCase());
    for (let i = 0; i < words.length; i++) {
      // Only a word some town's name starts with can start one (most capitalised words are not).
      if (!lex.cityStarts.has(lowers[i]!.replace(/[.,'’]+$/, ''))) continue;
      for (let n = Math.min(4, words.length - i); n >= 1; n--) {
        const last = words[i + n - 1]!.replace(/[.,'’]+$/, '');
        const name = n === 1 ? last.toLowerCase() : `${lowers.slice(i, i + n - 1).join(' ')} ${last.toLowerCase()}`;
        if (!cities.has(name)) continue;
        if (n === 1 && (isEnglish(lex, name) || lex.ambiguousFirst.has(name) || name.length < 4 || HARD_KEEP.has(name) || SOFT_KEEP.has(name))) continue;
        push(out, offsets[i]!, offsets[i + n - 1]! + last.length, 'LOCATION', 'city.known');
        i += n - 1;
        break;
      }
    }
  }
}
