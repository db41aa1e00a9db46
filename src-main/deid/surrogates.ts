// Consistent fake values within one document: the same real value always maps to the same
// surrogate (by token, so "Maria Okafor" and "Okafor's" agree), and every date moves by the
// same number of days, so intervals between dates are kept. Lists are small on purpose:
// a surrogate only has to read naturally, not be unique in the world.

import type { Category } from './types.js';

const FIRST = `Alex Avery Blair Casey Dana Devon Eden Ellis Emery Finley Harper Hayden Jamie Jules Kai Kendall Lane Logan Marlow
Morgan Noel Oakley Parker Peyton Quinn Reese Remy Riley Robin Rowan Sage Shawn Skyler Sloane Sutton Tatum Teagan Toby
Wren Adele Bruno Celia Dario Elsa Felix Greta Hugo Ines Jonas Klara Lena Milo Nadia Oskar Paula Rafa Selma Tomas Una Vera`.split(/\s+/);
const LAST = `Abbott Barlow Calder Dunmore Ellery Fenwick Garland Hartley Ingram Jessup Keating Lockhart Mercer Norwood Oakes
Pemberton Quayle Radley Sheffield Thornton Upton Vance Whitlock Yardley Ashby Brandt Corwin Delacroix Easton Fairbanks
Gale Hollis Irvine Kessler Lindqvist Marsh Neville Orwell Prescott Rourke Sterling Tolliver Underwood Voss Winslow`.split(/\s+/);
const CITIES = 'Millbrook Ashford Cedar Falls Riverton Fairview Lakemont Brookhaven Pine Hollow Westfield Oakridge'.split(' ');
const STREETS = 'Maple Street|Birch Lane|Harbor Road|Willow Avenue|Orchard Way|Hillside Drive|Meadow Court|Elm Terrace'.split('|');
const ORGS = 'Northside Clinic|Riverbend Hospital|Lakeview Medical Center|Hillcrest School|Parkway Services|Summit Health|Brookside Academy|Meridian Logistics'.split('|');
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** mulberry32: tiny, fast, good enough for picking surrogates; not for secrets. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function matchCase(template: string, value: string): string {
  if (template.length > 1 && template === template.toUpperCase()) return value.toUpperCase();
  if (template === template.toLowerCase()) return value.toLowerCase();
  return value;
}

export class SurrogateBook {
  private readonly rand: () => number;
  private readonly seen = new Map<string, string>();
  readonly shiftDays: number;

  constructor(seed: number, shiftDays?: number) {
    this.rand = prng(seed);
    // 30 to 730 days either way: far enough to hide the real date, near enough to keep seasons plausible.
    const magnitude = 30 + Math.floor(this.rand() * 700);
    this.shiftDays = shiftDays ?? (this.rand() < 0.5 ? -magnitude : magnitude);
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }

  private remember(key: string, make: () => string): string {
    let v = this.seen.get(key);
    if (v === undefined) {
      v = make();
      this.seen.set(key, v);
    }
    return v;
  }

  /** A name, token by token; the first token of a multi-word name gets a given name. */
  name(real: string): string {
    const parts = real.split(/(\s+|-)/);
    let wordIndex = 0;
    const words = parts.filter((p) => !/^(?:\s+|-)$/.test(p)).length;
    return parts
      .map((p) => {
        if (/^(?:\s+|-)$/.test(p) || p === '') return p;
        const idx = wordIndex++;
        const bare = p.replace(/\.$/, '');
        const dot = p.endsWith('.') ? '.' : '';
        if (bare.length === 1) return this.remember(`i:${bare.toUpperCase()}`, () => String.fromCharCode(65 + Math.floor(this.rand() * 26))) + dot;
        const key = `n:${bare.toLowerCase()}`;
        const fake = this.remember(key, () => (words > 1 && idx === 0 ? this.pick(FIRST) : words > 1 ? this.pick(LAST) : this.pick(this.rand() < 0.5 ? FIRST : LAST)));
        return matchCase(bare, fake) + dot;
      })
      .join('');
  }

  place(real: string, category: Category): string {
    const key = `${category}:${real.toLowerCase()}`;
    if (category === 'ORGANIZATION') return this.remember(key, () => this.pick(ORGS));
    if (/^\d/.test(real)) return this.remember(key, () => `${10 + Math.floor(this.rand() * 980)} ${this.pick(STREETS)}`);
    return this.remember(key, () => this.pick(CITIES));
  }

  /** Same shape (letters for letters, digits for digits), consistent per value. */
  shaped(real: string, category: Category): string {
    return this.remember(`${category}:${real}`, () => {
      if (category === 'EMAIL') return `${this.pick(FIRST).toLowerCase()}.${this.pick(LAST).toLowerCase()}@example.org`;
      if (category === 'URL') return `https://example.org/${Math.floor(this.rand() * 1e6)}`;
      if (category === 'IP') return real.includes(':') ? `2001:db8::${Math.floor(this.rand() * 65535).toString(16)}` : `192.0.2.${1 + Math.floor(this.rand() * 254)}`;
      return real.replace(/[0-9]/g, () => String(Math.floor(this.rand() * 10))).replace(/[A-Za-z]/g, (c) => {
        const l = String.fromCharCode(65 + Math.floor(this.rand() * 26));
        return c === c.toLowerCase() ? l.toLowerCase() : l;
      });
    });
  }
}
