// Address blocks: a street found by shape is grown into the whole address around it, the
// way a letterhead or a form writes it ("6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO
// Uruguay 64677"): a building number before it, then units, towns (Title Case or CAPITALS),
// states, countries and postcodes of any country's shape after it, across short lines.
// Also the street shapes that carry no suffix: "1072 Pohlstrasse 9", "Via Tasso 129",
// military "PSC 0413, Box 8144 APO AA 42323"; towns in capitals after "in"/"to";
// and "in Arendal 4844" (a town and its postcode).

import { HARD_KEEP, SOFT_KEEP } from './clinical-terms.js';
import { isCommonWord, isEnglish, lexicon } from './lexicon.js';
import { STATE_CODES, US_STATES } from './places.js';
import type { Span } from './types.js';

// A capitalised word ("Μεγάλη", "Saint-Denis") or an initial ("Λ.").
const W = "\\p{Lu}(?:[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)*|\\.)";
// Street-type words written after the name: "Kálmán Imre u. 12.", "Luite tee 87", "Merineitsi põik 87".
const TYPE_AFTER = "(?:[ \\t]+(?:u\\.|út|utca|tér|krt\\.|tee|põik|gade|vej|vei|gata|gatan|str\\.|ul\\.|st\\.))?";
// Particles inside street and town names: "Rue de Virton", "Via delle Coste", "Begunje na Gorenjskem".
const CONN = "(?:de|del|della|delle|degli|dei|di|da|do|dos|das|du|des|la|le|les|van|von|der|den|het|y|e|na|am|an|im|op|ter|'t)";
const WORDS = `${W}(?:[ \\t]+(?:${CONN}[ \\t]+)?${W}){0,3}`;
// "1072 Pohlstrasse 9", "10252 Μεγάλη Άμμος 184", "772 ul. Narewska 94": number, name, number.
const FRAMED = new RegExp(
  `\\b\\d{1,6}[ \\t]+(?:(?:ul|u|al|str|trg|pl|os|ulica)\\.?[ \\t]+)?(${WORDS})${TYPE_AFTER}[ \\t]+\\d{1,4}[A-Za-z]?(?![\\w%/:-]|\\.\\d|[ \\t]*(?:mg|mcg|ml|mL|g|kg|lbs?|units?|minutes?|min|hours?|hrs?|days?|weeks?|months?|years?|times?|pills?|tabs?|tablets?|doses?|points?|pts|x)\\b)`,
  'gu',
);
// Streets named by a leading word: "Via Tasso 129", "Rue de Virton 38", "Calle Mayor 5".
const PREFIX_STREET = new RegExp(
  `\\b(?:Via|Viale|Vicolo|Rue|Calle|Carrer|Rua|Avenida|Avda\\.|Piazza|Piazzetta|Largo|Praça|Travessa|Paseo|Camino|Ulica|Plac|Place|Chemin|Boulevard|Avenue|Allée|Quai)[ \\t]+(?:${CONN}[ \\t]+)?${WORDS}[ \\t]+\\d{1,5}[A-Za-z]?\\b`,
  'gu',
);
const PREFIX_HINT = /(?:Via|Viale|Vicolo|Rue|Calle|Carrer|Rua|Avenida|Avda\.|Piazza|Piazzetta|Largo|Praça|Travessa|Paseo|Camino|Ulica|Plac|Place|Chemin|Boulevard|Avenue|Allée|Quai)[ \t]/;
// US military mail: "PSC 0413, Box 8144 APO AA 42323", "USNS Bergman FPO AP 93757", "Unit 1009 Box 0219 DPO AP 51065".
const MILITARY = new RegExp(
  `\\b(?:(?:PSC|Unit|CMR)[ \\t]+\\d{3,5},?[ \\t]+Box[ \\t]+\\d{3,5}|(?:USNS|USNV|USS|USCGC)[ \\t]+${W}|USNS|USNV|USCGC)(?:,?(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?:APO|FPO|DPO)[ \\t]+(?:AA|AE|AP)(?:[ \\t]+\\d{5})?)?`,
  'giu',
);
const MILITARY_HINT = /\b(?:psc|cmr|usns|usnv|uscgc)\b|\bUSS\b|\bunit \d{3,5},? box\b|\b(?:apo|fpo|dpo)\s+(?:aa|ae|ap)\b/i;
// Someone lives on a street named like a person: "lives on Joaquin Suarez 2906".
const RESIDENCE_STREET = new RegExp(
  `\\b(?:lives?|lived|living|resides?|resided|residing|located|moved|relocated|staying|stays|stayed|address(?: is)?:?|side of|it is|it's in|it’s in|meet me at|office is at|corner of|drops? you off at)[ \\t]+(?:(?:at|on|in|to|is)[ \\t]+)?(${WORDS})${TYPE_AFTER}[ \\t]+\\d{1,5}[A-Za-z]?\\b(?![ \\t]*(?:mg|mcg|ml|units?)\\b)`,
  'gu',
);
// A town in capitals after a place word: "flew to STAXROITH", "grew up in ΑΛΑΣΣΑ".
const CAPS_TOWN = /\b(?:in|to|from|near|outside|city|town|village)[ \t]+(\p{Lu}[\p{Lu}\p{M}'’-]{3,}(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’-]+)?)(?![\p{Ll}\d])/gu;
// "in Arendal 4844", "in Quinta de São Tiago 3610-114", "in ÖVERTURINGEN 840 24".
const TOWN_POSTCODE = new RegExp(
  `\\b(?:in|at|from|near|to)[ \\t]+(${WORDS})[ \\t]+(\\d{4}-\\d{3}|\\d{3}[ ]\\d{2}|\\d{4})(?![\\w%./:-])`,
  'gu',
);

// Streets whose type word comes first, after the building number: "62 Rue Gafsa",
// "26 rue des lieutemants Thomazo", "95 Avenue des Tuileries", "5670 R José Madeira 1".
const NUMBERED_TYPE = /\b\d{1,5}[A-Za-z]?,?[ \t]+(?:[Rr]ue|[Aa]venue|[Aa]v\.?|[Aa]vda\.|[Aa]venida|[Aa]vinguda|[Vv]ia|[Vv]iale|[Cc]alle|C\/|[Rr]ua|[Rr]úa|R\.?|[Bb]oulevard|[Bb]d|[Cc]hemin|[Aa]llée|[Ss]trada|[Pp]iazza|[Pp]raça|[Tt]ravessa|[Rr]ambla|[Ll]argo|ul\.|[Uu]lica|al\.|[Tt]rg|[Oo]dos|[Ll]eof\.?|[Ll]eoforos|Λ\.|Λεωφόρος|[Oo]δός)[ \t]+/gu;
// Streets whose type word follows the name, without a building number before it:
// "Villacher Strasse 89", "Trenerys gate 232", "Árpád fejedelem útja 3.", "Csabai kapu 39.".
const TYPE_WORDS = `strasse straße gasse weg allee platz ring damm gate gata gatan vegen veien vei vej gade stræde terrasse
katu tie kuja polku tee põik utca út útja kapu sor tér körút rkp. cesta ulice vägen väg gränd torg straat laan plein str.
vej`.split(/\s+/).filter(Boolean);
const typeAlt = TYPE_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/\./g, '\\.')}`).join('|');
const NAMED_TYPE = new RegExp(`(?<![\\p{L}\\p{M}\\d.,'’-])(${WORDS})(?:[ \\t]+\\p{Ll}[\\p{L}\\p{M}]+)?[ \\t]+(?:${typeAlt})[ \\t]+\\d{1,4}[A-Za-z]?\\b\\.?`, 'gu');
const NAMED_TYPE_HINT = new RegExp(`[ \\t](?:${typeAlt})[ \\t]+\\d`, 'u');
// Polish, Czech, Balkan streets with the type abbreviated first: "ul. Jesionowa 127", "C/ Señores Curas 88".
const ABBREV_FIRST = new RegExp(`(?<![\\p{L}\\d])(?:ul\\.|al\\.|os\\.|pl\\.|C\\/|Rúa|Rua|Av\\.|Avda\\.)[ \\t]+(?:${CONN}[ \\t]+)?(${WORDS})[ \\t]+\\d{1,4}[A-Za-z]?\\b`, 'gu');
const ABBREV_HINT = /(?:ul|al|os|pl|Av|Avda)\.|C\/|R[úu]a /;
// "the corner of 159 Eleftheriou Venizelou str and Rennie Union", "the corner of 5th and Main".
const CORNER = /\b(?:the[ \t]+)?corner[ \t]+of[ \t]+/giu;
const CORNER_TOKEN = /[\p{L}\p{M}\d][\p{L}\p{M}\d'’.\/-]*/uy;

// What may follow a street inside one address: a unit, a postcode, a word of a place name.
// "???" and "•" stand for line breaks in text that went through a lossy export.
const SEP = /[ \t]*(?:(?:[,>|•·]|\?{2,})[ \t]*)*(?:\r?\n[ \t>]*(?:(?:[,>|•·]|\?{2,})[ \t]*)*)?/y;
// A form's empty field inside an address ("Velenje, nan 18237", "N/A").
const EMPTY_FIELD = /(?:nan|n\/a|N\/A|none|null)(?![\p{L}\d])/uy;
const UNIT = /(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm|Floor|Fl|Bldg|Building|Box|m|lok|mieszk|Whg|Wohnung|piso|dpto|depto)\b\.?[ \t]*#?[ \t]*[A-Za-z]?\d{1,6}[A-Za-z]?\b/iy;
const POSTCODE =
  /(?:\d{5}(?:-\d{4})?|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4}(?:[ ]?[A-Z]{2}\b)?|\d{3}|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)(?![\w/:.%-]|,\d)/y;
const WORD = new RegExp(`(?:${CONN}[ \\t]+)?${W}(?![\\d-])(?:[ \\t]*\\([^()\\n]{1,30}\\))?\\.?`, 'uy');
// Words that end an address: labels of the next field, pronouns, days.
const STOP = new Set(
  `phone tel telephone fax mobile cell email e-mail website web desk office home work name address dob date i he she they we it
the this that my his her their our your mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday plan
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
today yesterday tomorrow session assessment subjective objective client patient and or but with for since until`.split(/\s+/),
);

function push(out: Span[], start: number, end: number, category: Span['category'], source: string): void {
  if (end > start) out.push({ start, end, category, source });
}

/** Words that carry clinical or ordinary meaning cannot be a street's name. */
function nameLike(words: string, commonTop = 3000): boolean {
  const lex = lexicon();
  const list = words.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (list.length === 0) return false;
  return list.every((w) => {
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    return !HARD_KEEP.has(lower) && !SOFT_KEEP.has(lower) && !isCommonWord(lex, lower, commonTop) && !STOP.has(lower);
  });
}

/** End of the address that starts before `from`: units, towns, states, countries, postcodes. */
function growRight(text: string, from: number): number {
  let end = from;
  let at = from;
  let lines = 0;
  let words = 0;
  for (let step = 0; step < 12; step++) {
    // "Kálmán Imre u. 12. Apt. 762": a period after a house number does not end the address;
    // one after a word does ("…Main Street. Discussed…"), but not after an abbreviation ("St.").
    if (text[at] === '.' && /\d/.test(text[at - 1] ?? '') && /[ \t]/.test(text[at + 1] ?? '')) at++;
    else if (/\p{L}{4,}\.$/u.test(text.slice(Math.max(0, at - 6), at)) && /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(at, at + 4))) break;
    SEP.lastIndex = at;
    const sep = SEP.exec(text);
    const next = sep ? at + sep[0].length : at;
    if (sep && sep[0].includes('\n')) {
      // A blank line or a third line break ends the block.
      if (++lines > 3 || /\n[ \t>]*\n/.test(sep[0])) break;
    }
    UNIT.lastIndex = next;
    POSTCODE.lastIndex = next;
    WORD.lastIndex = next;
    EMPTY_FIELD.lastIndex = next;
    const unit = UNIT.exec(text) ?? (step > 0 ? EMPTY_FIELD.exec(text) : null);
    const code = unit ? null : POSTCODE.exec(text);
    let m = unit ?? code;
    if (!m) {
      const word = WORD.exec(text);
      const bare = word?.[0].replace(/\s*\(.*$/, '').replace(/\.$/, '').split(/[ \t]+/).pop()?.toLowerCase() ?? '';
      // A field label ("Phone:") or an ordinary word opens the next thing, not the address.
      if (!word || STOP.has(bare) || text[next + word[0].length] === ':' || ++words > 5) break;
      // Title Case town words may be English ("Mill Village", "Grand Rapids"); function words may not.
      if (isCommonWord(lexicon(), bare, 300) && !/^\p{Lu}+$/u.test(word[0])) break;
      // "Dayton, OH 45402": a US state and its ZIP stay for the ZIP rule (Safe Harbor keeps
      // the state and may keep three digits).
      const after = text.slice(next + word[0].length, next + word[0].length + 12);
      if ((STATE_CODES.has(word[0]) && /^[ \t]+\d{5}\b/.test(after)) || US_STATES.has(bare)) break;
      m = word;
    }
    at = next + m[0].length;
    end = at;
  }
  // "St." keeps its period; a town word ending the sentence does not.
  if (end > from && text[end - 1] === '.' && /\p{L}{4,}\.$/u.test(text.slice(Math.max(from, end - 6), end))) end--;
  return end;
}

/** A building number written before the street ("6750 Koskikatu 25"). */
function growLeft(text: string, start: number): number {
  // Twice: "9554 62 Rue Gafsa" (a building number, then a street number).
  for (let n = 0; n < 2; n++) {
    const m = /(?:^|[^\w.,/:-])(\d{1,6}[ \t]+)$/.exec(text.slice(Math.max(0, start - 8), start));
    if (!m) break;
    start -= m[1]!.length;
  }
  return start;
}

/** Streets without a suffix, military mail, capitalised towns, town + postcode. */
export function detectAddressShapes(text: string): Span[] {
  const out: Span[] = [];
  // Every shape below but the capitalised town holds a number.
  const digits = /\d/.test(text);
  if (digits) for (const m of text.matchAll(FRAMED)) {
    if (m.index > 0 && /[\w.,/:-]/.test(text[m.index - 1]!)) continue;
    if (nameLike(m[1]!)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'street.framed');
  }
  if (digits && PREFIX_HINT.test(text)) for (const m of text.matchAll(PREFIX_STREET)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'street.prefix');
  if (digits && MILITARY_HINT.test(text)) for (const m of text.matchAll(MILITARY)) {
    if (/^(?:USNS|USNV|USCGC)$/i.test(m[0]) || (/^(?:unit|psc|cmr)/i.test(m[0]) && !/box/i.test(m[0]))) continue;
    push(out, m.index, m.index + m[0].length, 'LOCATION', 'street.military');
  }
  if (digits) for (const m of text.matchAll(RESIDENCE_STREET)) {
    const at = m.index + m[0].lastIndexOf(m[1]!);
    if (nameLike(m[1]!)) push(out, at, m.index + m[0].length, 'LOCATION', 'street.residence');
  }
  if (digits) for (const m of text.matchAll(NUMBERED_TYPE)) {
    const end = streetNameEnd(text, m.index + m[0].length);
    if (end > m.index + m[0].length) push(out, m.index, end, 'LOCATION', 'street.numbered');
  }
  if (NAMED_TYPE_HINT.test(text)) for (const m of text.matchAll(NAMED_TYPE)) if (nameLike(m[1]!, 10_000)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'street.named');
  if (ABBREV_HINT.test(text)) for (const m of text.matchAll(ABBREV_FIRST)) if (nameLike(m[1]!, 10_000)) push(out, m.index, m.index + m[0].length, 'LOCATION', 'street.prefix');
  corners(text, out);
  const lex = lexicon();
  if (/\p{Lu}{4}/u.test(text)) for (const m of text.matchAll(CAPS_TOWN)) {
    const town = m[1]!;
    const words = town.toLowerCase().split(/[ \t]+/);
    // "in PORT HARCOURT": one word of it may be English, not all.
    if (words.some((w) => HARD_KEEP.has(w) || SOFT_KEEP.has(w)) || words.every((w) => isEnglish(lex, w))) continue;
    push(out, m.index + m[0].length - town.length, m.index + m[0].length, 'LOCATION', 'city.caps');
  }
  if (digits) for (const m of text.matchAll(TOWN_POSTCODE)) {
    const code = m[2]!;
    if (/^(?:19|20)\d\d$/.test(code) || !nameLike(m[1]!, 10_000)) continue;
    const start = m.index + m[0].lastIndexOf(m[1]!, m[0].length - code.length);
    push(out, start, start + m[1]!.length, 'LOCATION', 'city.postcode');
    push(out, m.index + m[0].length - code.length, m.index + m[0].length, 'ZIP', 'zip.town');
  }
  return out;
}

/**
 * The name of a street after its type word ("Rue| des lieutemants Thomazo"): up to five
 * words, capitalised or particles, or any word not ordinary English in lower-case text.
 */
function streetNameEnd(text: string, from: number): number {
  const lex = lexicon();
  let end = from;
  let at = from;
  const word = /([\p{L}\p{M}][\p{L}\p{M}'’-]*\.?|\d{1,4}[A-Za-z]?\b)[ \t]*/uy;
  for (let n = 0; n < 6; n++) {
    word.lastIndex = at;
    const m = word.exec(text);
    if (!m) break;
    const w = m[1]!;
    const lower = w.toLowerCase().replace(/\.$/, '');
    if (/^\d/.test(w)) {
      end = at + w.length; // the house number closes the name
      break;
    }
    const particle = new RegExp(`^${CONN}$`).test(lower);
    if (STOP.has(lower) || text[at + w.length] === ':') break;
    // A lower-case word may be part of the name ("rue des lieutemants Thomazo") unless it is ordinary English.
    if (!particle && !/^\p{Lu}/u.test(w) && isCommonWord(lex, lower, 3000)) break;
    if (!particle && (HARD_KEEP.has(lower) || (/^\p{Lu}/u.test(w) && isCommonWord(lex, lower, 300)))) break;
    at += m[0].length;
    if (!particle) end = at - (m[0].length - w.length);
  }
  return end;
}

/** "the corner of Csabai kapu 39. and Mathias Pass", "corner of 5th and Main". */
function corners(text: string, out: Span[]): void {
  if (!/corner/i.test(text)) return;
  const lex = lexicon();
  for (const m of text.matchAll(CORNER)) {
    let at = m.index + m[0].length;
    let end = -1;
    let sawAnd = false;
    for (let n = 0; n < 12; n++) {
      CORNER_TOKEN.lastIndex = at;
      const t = CORNER_TOKEN.exec(text);
      if (!t) break;
      const lower = t[0].toLowerCase().replace(/[.]$/, '');
      if (!sawAnd && (lower === 'and' || t[0] === '&') && end > 0) {
        sawAnd = true;
      } else {
        // An ordinary lower-case word ("by", "where") ends the street's name.
        const ordinary = /^\p{Ll}/u.test(t[0]) && isCommonWord(lex, lower, 3000) && !/^(?:de|la|du|des|del|van|von|str|st|ul|u)$/.test(lower);
        if (STOP.has(lower) || ordinary || text[at + t[0].length] === ':') break;
        end = at + t[0].length - (/\p{L}{3,}\.$/u.test(t[0]) && sawAnd ? 1 : 0);
      }
      const gap = /[ \t]*(?:&[ \t]*)?/y;
      gap.lastIndex = at + t[0].length;
      const g = gap.exec(text)!;
      if (/[,;:!?\n()]/.test(text[at + t[0].length] ?? '')) break;
      at = at + t[0].length + g[0].length;
      if (g[0].includes('&')) sawAnd = true;
    }
    if (sawAnd && end > m.index) push(out, m.index, end, 'LOCATION', 'street.corner');
  }
}

const BLOCK_SOURCES = new Set(['street.numbered', 'street.named', 'street.corner', 'street', 'unit', 'pobox', 'street.framed', 'street.prefix', 'street.military', 'street.residence']);

/** Grow each street span into its whole address block. */
export function growAddressBlocks(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (!BLOCK_SOURCES.has(s.source)) continue;
    const start = s.source === 'unit' ? s.start : growLeft(text, s.start);
    const end = growRight(text, s.end);
    if (start < s.start || end > s.end) push(out, start, end, 'LOCATION', 'address');
  }
  return out;
}
