// `npm run bench`: every budget the issues name, measured in one run and printed as a table.
// Sections can be picked: `npm run bench -- vault audit`.

import { benchVault } from './vault.js';
import { printTable, type Row } from './table.js';

const sections: Record<string, () => Promise<Row[]>> = {
  vault: benchVault,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const rows: Row[] = [];
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length && !wanted.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  rows.push(...(await run()));
}
console.log(printTable(rows));
const failed = rows.filter((r) => r.ok === false);
if (failed.length) console.log(`\n${failed.length} figure(s) miss their goal.`);
