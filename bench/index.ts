// `npm run bench`: every budget the issues name, measured in one run and printed as a table.
// Sections can be picked: `npm run bench -- vault audit`.

import { benchAudit } from './audit.js';
import { benchCli } from './cli.js';
import { benchLock } from './lock.js';
import { benchRecords } from './records.js';
import { benchVault } from './vault.js';
import { printTable, type Row } from './table.js';

const flag = (name: string): number | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const notes = flag('notes');

const sections: Record<string, () => Promise<Row[]>> = {
  vault: benchVault,
  records: () => benchRecords(notes ? { notes, clients: Math.max(1, Math.round(notes / 200)) } : {}),
  audit: async () => (await benchAudit()).map((r) => ({ ...r, section: 'audit' })),
  lock: benchLock,
  cli: benchCli,
};

const wanted = process.argv.slice(2).filter((a, i, all) => !a.startsWith('-') && !all[i - 1]?.startsWith('--'));
const rows: Row[] = [];
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length && !wanted.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  rows.push(...(await run()));
}
console.log(printTable(rows));
const failed = rows.filter((r) => r.ok === false);
if (failed.length) console.log(`\n${failed.length} figure(s) miss their goal.`);
