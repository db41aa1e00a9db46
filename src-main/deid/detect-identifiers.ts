// Numbers and codes: email, URL, IP, phone/fax, SSN, identifiers named by their label
// ("MRN: 00123", "member ID HP-1234") and codes recognisable by shape alone. Clinical codes
// stay: ICD-10 (F12.20), DSM-5, instrument scores (PHQ-9 = 14), doses, CPT codes.

import type { Category, Span } from './types.js';

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/gi;
const TLD = 'com|org|net|edu|gov|io|co|us|uk|ca|au|de|fr|nl|be|se|dk|no|fi|es|it|pt|br|pl|cz|ee|si|ch|at|info|biz|me|app|health|care|ly|tv';
const BARE_DOMAIN = new RegExp(`(?<![@\\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLD})(?:\\.[a-z]{2})?(?:\\/[^\\s<>"')]*[^\\s<>"').,;:!?])?(?![\\w@-])`, 'gi');
const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]\d)/g;
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})(?:(?<=:)[0-9a-f]{1,4})*(?![\w:])|(?<![\w:])::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4}(?![\w:])/gi;
const IPV6_HINT = /[0-9a-f]:[0-9a-f]{0,4}:/i;
const SSN = /(?<![\d-])(?:\d{3}|[Xx*]{3})[- ](?:\d{2}|[Xx*]{2})[- ]\d{4}(?![\d-])/g;
// North American and international phone shapes; at least 7 digits in separated groups.
// The last group may be long ("0341 8387176"); a phone may run into a label ("788-063-Office").
const PHONE =
  /(?<![\w+/-])(?:\+\d{1,3}[\s.-]?|1[\s.-](?=\d{3}[\s.-]\d{3}[\s.-]\d{4}))?(?:\(0\)\s?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{2,4}(?:[\s.-]\d{2,4}){0,3}(?:\d{1,4})?(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w/]|-\d)|\+\d[\d\s().-]{7,}\d/g;
// A label may sit on the line above ("Phone:\n467 3395").
const PHONE_LABEL = /(?:\b(?:phone|ph|tel|telephone|cell|mobile|mob|home|work|office|desk|pager|beeper|call(?:ed)?|text(?:ed)?|reach(?:ed)?|dial(?:ed)?|answering(?: at)?|registered|contact|number|no\.?|#)\b[^\d]{0,12})$/i;
const FAX_LABEL = /\bfax\b[^\d]{0,12}$/i;

// Label-led identifiers: the value is the next token holding a digit (or a long code).
const LABELS: Array<[RegExp, Category]> = [
  [/\b(?:ssn|social security(?: number| no\.?| #)?|ss#)/iy, 'SSN'],
  [/\b(?:mrn|medical record(?: number| no\.?| #)?|med rec(?: no\.?| #)?|chart(?: number| no\.?| #)|patient (?:id|number|no\.?|#)|pt (?:id|#)|record (?:number|no\.?|#)|hospital (?:number|no\.?|#))/iy, 'MRN'],
  [/\b(?:member(?: id| number| no\.?| #)?|subscriber(?: id| number| #)?|policy(?: number| no\.?| #| id)?|group(?: number| no\.?| #|(?=\s*:))|insurance(?: id| number| no\.?| #)|health ?plan(?: id| number| #)?|beneficiary(?: id| number| #)?|medicaid(?: id| number| no\.?| #)?|medicare(?: id| number| no\.?| #)?|mbi|hicn|plan id|insured id|claim(?: number| no\.?| #)?)/iy, 'HEALTH_PLAN'],
  [/\b(?:acct|account(?: number| no\.?| #)?|a\/c|card(?: number| no\.?| #)?|credit card|debit card|iban|routing(?: number| no\.?| #)?|billing(?: id| number| #)|invoice(?: number| no\.?| #)?)/iy, 'ACCOUNT'],
  [/\b(?:licen[cs]e(?: number| no\.?| #)?|lic\.?(?: no\.?| #)?|cdl|commercial driver'?s licen[cs]e|certificate(?: number| no\.?| #)?|cert(?:ification)?(?: number| no\.?| #)?|dea(?: number| no\.?| #)?|npi|driver'?s licen[cs]e|dl(?: number| no\.?| #)?|passport(?: number| no\.?| #)?|badge(?: number| no\.?| #)?|registration(?: number| no\.?| #)?)/iy, 'LICENSE'],
  [/\b(?:vin|vehicle(?: id| identification number| number)?|licen[cs]e plate|plate(?: number| no\.?| #)?|tag(?: number| #))/iy, 'VEHICLE'],
  [/\b(?:serial(?: number| no\.?| #)?|s\/n|sn|device(?: id| number| #)?|imei|udi|mac(?: address)?|model(?: number| no\.?| #)|implant(?: id| #)|transmitter(?: id| serial| #)?|sensor(?: id| serial| #)|pump serial|workstation(?: id)?|terminal(?: id)?|asset(?: tag| #| id))/iy, 'DEVICE'],
  [/\b(?:fingerprint|thumbprint|retina(?:l)?(?: scan)?|iris(?:[ -]scan)?|voice ?print|biometric|palm ?print|face ?id|facial|dna(?: sample)?|template|enrollment)(?: id| number| no\.?| #| template| hash| record| ref(?:erence)?)?/iy, 'BIOMETRIC'],
  [/\b(?:case(?: number| no\.?| #)?|docket(?: number| no\.?| #)?|(?:court |va |case )?file(?: number| no\.?| #)?|client (?:id|number|no\.?|#)|rx(?: number| no\.?| #)?|prescription(?: number| no\.?| #)|auth(?:ori[sz]ation)?(?: number| no\.?| #)|id(?: number| no\.?| #)?|identifier|ref(?:erence)?(?: number| no\.?| #)?|ticket(?: number| #)?|confirmation(?: number| #| code)?|employee(?: id| number| #)|student(?: id| number| #)|inmate(?: id| number| #)|booking(?: number| #)|pin|code)/iy, 'ID'],
];
const LABEL_START = /\b(?:ssn|social|ss#|mrn|medical|med|chart|patient|pt|record|hospital|member|subscriber|policy|group|insurance|health|beneficiary|medicaid|medicare|mbi|hicn|plan|insured|claim|acct|account|a\/c|card|credit|debit|iban|routing|billing|invoice|licen[cs]e|lic|certificate|cert|certification|dea|npi|driver|dl|passport|badge|registration|vin|vehicle|plate|tag|serial|device|imei|udi|mac|model|implant|fingerprint|retina|retinal|iris|voice|voiceprint|biometric|palm|face|dna|case|docket|file|client|id|identifier|ref|reference|ticket|confirmation|employee|student|inmate|booking|pin|code|cdl|commercial|court|va|rx|prescription|auth|authorization|authorisation|user|username|userid|login|portal|handle|wechat|whatsapp|skype|snapchat|instagram|sn|s\/n|transmitter|sensor|pump|thumbprint|facial|template|enrollment|workstation|terminal|asset)\b/gi;
// After the label: separators, then a value that holds a digit, or a code of 6+ letters/digits.
// Segments of capitals and digits join ("LICDC-CS 0441872", "09-2024-CR-01138", "MA 2XB 771").
const LABEL_VALUE = /(?:\s*(?:is|was|of|as|number|no\.?|num|#|:|=|-|ending(?: in)?|ends in|last four)\s*)*\s*#?((?=[A-Za-z0-9_-]*\d|[A-Z0-9 -]{0,14}\d)[A-Za-z0-9](?:[A-Za-z0-9_]|[-./ ](?=[A-Za-z0-9]*\d|[A-Z0-9 -]{0,12}\d)[A-Za-z0-9]){2,40}|[A-Z0-9]{6,}(?![a-z]))/y;
// "Oregon Psychologist License OR-PSY-2178" is covered above; "LMFT #MN-LMFT-2901",
// "LAC #LAC-00917", "cert # CADC-II-4471": a credential, a number sign, the licence.
const CREDENTIAL_NUMBER = /\b(?:L[A-Z]{1,6}(?:-[A-Z]{1,3})?|CADC(?:-I{1,3})?|CAC|CASAC|NCC|RN|LPN|APRN|NP|PA-C|MD|DO|PhD|PsyD|CDL|DEA|NPI|BBS|BRN|BON|[A-Z]{2,6})[ \t]*#[ \t]*((?=[A-Z0-9 -]{0,14}\d)[A-Z0-9](?:[A-Z0-9]|[- ](?=[A-Z0-9-]{0,12}\d)[A-Z0-9]){2,30})/g;

// Codes by shape: letters and digits mixed (AB-123456, 7ABC123, UCSF-43210, 54321-XYZ) with
// at least three digits; clinical codes (F12.20, PHQ-9, ICD-10, CPT 90837) do not qualify.
const CODE = /(?<![\w#.-])#?(?:[A-Z]{1,6}[-/]?\d{3,}(?:[-/][A-Z0-9]+)*|[A-Z][A-Z0-9]{0,7}(?:-[A-Z0-9]{1,8}){0,3}-\d{3,}(?:-[A-Z0-9]+)*|\d{3,}[-/]?[A-Z]{1,6}(?:[-/][A-Z0-9]+)*|(?=[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,20}|\d{2,}(?:-\d{2,}){2,})(?![\w-])/g;
const VIN = /\b[A-HJ-NPR-Z0-9]{17}\b/g;
// Billing codes of behavioural health (CPT psychotherapy, testing, E/M; HCPCS H- and G-codes):
// clinical meaning, not an identifier, when written bare ("Prior auth not required for 90837").
const BILLING_CODES = new Set(
  `90785 90791 90792 90832 90833 90834 90836 90837 90838 90839 90840 90845 90846 90847 90849 90853 90863 90865 90867
90868 90869 90870 90880 90882 90885 90887 90889 96105 96110 96112 96113 96116 96121 96125 96127 96130 96131 96132 96133
96136 96137 96138 96139 96146 96156 96158 96159 96164 96165 96167 96168 96170 96171 97151 97153 97155 97156 99202 99203
99204 99205 99211 99212 99213 99214 99215 99406 99407 99408 99409 99484 99492 99493 99494 H0001 H0004 H0005 H0006 H0015
H0020 H0031 H0032 H0035 H0036 H0038 H2011 H2012 H2014 H2015 H2017 H2019 H2036 T1017 G0396 G0397 G0442 G0443 G0444`.split(/\s+/),
);
// A bare number of five or more digits identifies something (other than money or a dose).
const LONG_NUMBER = /(?<![\w.,$£€-])\d{5,}(?![\w.,%]\d|,\d{3}|\s?(?:mg|mcg|ug|µg|g|kg|ml|mL|l|iu|IU|units?|steps|calories|kcal|lbs?|dollars|usd|k)\b)/g;
const CLINICAL_CODE_BEFORE = /\b(?:cpt|hcpcs|icd(?:-10)?(?:-cm)?|dsm(?:-5)?|code|billing code|snomed|loinc|ndc|form|forms)\s*[:#]?\s*$/i;
// Government forms named by number ("DD-214", "Form N-648", "I-130") and doses in capitals ("100MG").
const FORM_OR_DOSE = /^(?:DD-?214|W-?[249]|I-?9|I-\d{3}[A-Z]?|N-\d{3}|SSA-\d{3,4}|SF-\d{2,3}|\d+(?:\.\d+)?(?:MG|MCG|ML|MEQ|IU|UNITS?|TABS?|CAPS?|G))$/i;

function spansOf(text: string, re: RegExp, category: Category, source: string, out: Span[]): void {
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, category, source });
}

export function detectIdentifiers(text: string): Span[] {
  const out: Span[] = [];
  if (text.includes('@')) spansOf(text, EMAIL, 'EMAIL', 'email', out);
  spansOf(text, URL, 'URL', 'url', out);
  if (/[a-z0-9]\.[a-z]/i.test(text)) for (const m of text.matchAll(BARE_DOMAIN)) {
    // "e.g." and "i.e." are not domains; a domain has a letter run of 2+ before its TLD.
    if (/^(?:e\.g|i\.e|a\.m|p\.m)/i.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, category: 'URL', source: 'url.bare' });
  }
  // Below, every shape holds digits, but labelled codes of capitals ("MRN ABCDEF").
  const digits = /\d/.test(text);
  if (digits) spansOf(text, IPV4, 'IP', 'ip', out);
  if (IPV6_HINT.test(text)) for (const m of text.matchAll(IPV6)) {
    if ((m[0].match(/:/g) ?? []).length >= 3 || m[0].includes('::')) out.push({ start: m.index, end: m.index + m[0].length, category: 'IP', source: 'ip6' });
  }
  if (digits) spansOf(text, SSN, 'SSN', 'ssn', out);
  if (digits) for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < 7 || digits > 15) continue;
    // "2024-07-04 21:50" is a date and a time.
    if (/^(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b/.test(m[0])) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const plus = m[0].startsWith('+');
    const nanp = /^\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}/.test(m[0]);
    // …or after it, as forms write it ("788-063-Office", "416 60 039 office").
    const labelled = PHONE_LABEL.test(before) || /^[-\s]?(?:office|fax|mobile|cell|home|work|desk)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    const fax = FAX_LABEL.test(before);
    // Unlabelled runs of small groups could be scores or doses; require a phone shape.
    // Unlabelled: 9+ digits, or 8 in groups with one of 3+ ("78 651 450") and no score before it.
    const grouped8 = digits === 8 && /^[\d ]+$/.test(m[0]) && /\d{3}/.test(m[0]) && !/(?:scores?d?|rated|ratings?|were|of|and)\W*$/i.test(before);
    if (!plus && !nanp && !labelled && !fax && !(digits >= 8 && /^0/.test(m[0])) && !grouped8) {
      if (digits < 9) continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, category: fax ? 'FAX' : 'PHONE', source: 'phone' });
  }
  detectLabelled(text, out);
  if (text.includes('#')) for (const m of text.matchAll(CREDENTIAL_NUMBER)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: m.index + m[0].length, category: 'LICENSE', source: 'credential' });
  }
  if (digits) for (const m of text.matchAll(CODE)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    if (CLINICAL_CODE_BEFORE.test(before) || BILLING_CODES.has(m[0]) || FORM_OR_DOSE.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, category: 'ID', source: 'code' });
  }
  if (digits) for (const m of text.matchAll(VIN)) {
    if (/\d/.test(m[0]) && /[A-Z]/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length, category: 'VEHICLE', source: 'vin' });
  }
  if (digits) for (const m of text.matchAll(LONG_NUMBER)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    if (CLINICAL_CODE_BEFORE.test(before) || BILLING_CODES.has(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, category: 'ID', source: 'number' });
  }
  return out;
}

// A user name or a messaging handle needs no digit: "portal user isutherland04", "wechat id linwei_nyc88".
const HANDLE = /\b(?:user ?name|user ?id|login|portal user|handle|wechat(?: id)?|whatsapp|skype(?: id)?|snapchat|instagram|discord|telegram|signal)[ \t]*(?:is|:|#|@)?[ \t]*@?([A-Za-z0-9][A-Za-z0-9._-]{2,39})\b/gi;
const HANDLE_HINT = /user|login|handle|wechat|whatsapp|skype|snapchat|instagram|discord|telegram|signal/i;

function detectLabelled(text: string, out: Span[]): void {
  if (HANDLE_HINT.test(text)) {
    for (const m of text.matchAll(HANDLE)) {
      const value = m[1]!;
      // "login was" / "handle it": a word of English after the label is no handle.
      if (!/[\d_.]/.test(value) && /^[a-z]+$/.test(value) && value.length < 5) continue;
      const start = m.index + m[0].length - value.length;
      out.push({ start, end: start + value.length, category: 'ID', source: 'handle' });
    }
  }
  for (const lm of text.matchAll(LABEL_START)) {
    for (const [re, category] of LABELS) {
      re.lastIndex = lm.index;
      const label = re.exec(text);
      if (!label) continue;
      LABEL_VALUE.lastIndex = label.index + label[0].length;
      const v = LABEL_VALUE.exec(text);
      if (v && v[1]) {
        let value = v[1].replace(/[-./ ]+$/, '');
        const start = LABEL_VALUE.lastIndex - v[1].length;
        // "code F43.10" and "ID 3" are not identifiers: need 3+ digits or 6+ characters.
        const digits = value.replace(/\D/g, '').length;
        if (category === 'ID' && (digits < 3 || CLINICAL_CODE_BEFORE.test(label[0] + ' '))) break;
        if (digits < 2 && value.length < 6) break;
        if (/^\d{1,2}:\d{2}/.test(value)) break; // a time
        value = value.trim();
        let end = start + value.length;
        // A plate may end in letters: "KS 214 KVN".
        if (category === 'VEHICLE') end += /^ [A-Z]{2,4}\b/.exec(text.slice(end, end + 6))?.[0].length ?? 0;
        out.push({ start, end, category, source: 'label' });
      }
      break;
    }
  }
}
