#!/usr/bin/env node
// Electronegativity over the Electron layer and the preload; fails on any HIGH or MEDIUM
// finding not accepted on review in build/security-accepted.json (those are listed apart,
// each with its reason, and not counted in the summary line). Its CLI does not start here (it picks up the project's commander 14, whose API
// it predates), so this calls its documented programmatic runner in a child process,
// bounded by a timeout: it tries to fetch Electron's release list first (about 9 s offline)
// and never exits non-zero by itself. The CSV it writes is parsed here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './electron-paths.mjs';
import { classifyFindings, loadAccepted, reportLines } from './security-findings.mjs';

const ELECTRON_VERSION = '45.0.0';
const TIMEOUT_MS = 180_000;
const SCANNED = ['src-main/electron', 'src-preload', 'src-renderer/index.html'];

const ACCEPTED_FILE = 'build/security-accepted.json';
// --report CSV reads a report Electronegativity already wrote (the tests use a fixture)
// instead of scanning; --accepted FILE reads another accepted list.
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const givenReport = option('--report');
const acceptedFile = option('--accepted') ?? ACCEPTED_FILE;
const acceptedList = loadAccepted(path.resolve(projectRoot, acceptedFile));

const work = mkdtempSync(path.join(os.tmpdir(), 'alcove-electronegativity-'));
const input = path.join(work, 'scan');
const report = givenReport ? path.resolve(givenReport) : path.join(work, 'report.csv');
const started = Date.now();
try {
  if (!givenReport) scan();

  const rows = parseCsv(readFileSync(report, 'utf8'));
  const [header] = rows;
  if (!header) throw new Error('Electronegativity wrote an empty report.');
  const col = (name) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const [iCheck, iSeverity, iConfidence, iFile, iLine, iDesc] = ['issue', 'severity', 'confidence', 'filename', 'location', 'description'].map(col);
  if (iCheck < 0 || iSeverity < 0) throw new Error(`Unexpected report columns: ${header.join(', ')}`);

  const iSample = col('sample');
  const findings = rows.slice(1).map((r) => ({
    check: r[iCheck], severity: r[iSeverity] ?? '', confidence: r[iConfidence] ?? '', file: (r[iFile] ?? '').trim(),
    line: r[iLine] ?? '', description: r[iDesc] ?? '', sample: r[iSample] ?? '',
  }));
  const classified = classifyFindings(findings, acceptedList);
  const seconds = Math.round((Date.now() - started) / 1000);
  const title = `Electronegativity ${ELECTRON_VERSION} over ${SCANNED.join(', ')} (${findings.length} finding(s), ${seconds} s)`;
  for (const line of reportLines(classified, { title, acceptedFile })) console.log(line);
  if (classified.blocking.length > 0) {
    console.error(`Fix the HIGH/MEDIUM findings above, or, if review shows one is a false positive, add it with its reason to ${acceptedFile}.`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function scan() {
  // One scan over both folders, so its global checks (navigation limits, permission
  // handler, CSP) see the whole Electron side at once.
  for (const entry of SCANNED) cpSync(path.join(projectRoot, entry), path.join(input, entry), { recursive: true });

  const runner = path.join(projectRoot, 'node_modules/@doyensec/electronegativity/dist/runner.js');
  const program = `
    const run = require(${JSON.stringify(runner)});
    run({ input: ${JSON.stringify(input)}, output: ${JSON.stringify(report)}, isSarif: false, customScan: [], excludeFromScan: [],
          isRelative: true, isVerbose: true, electronUpgrade: undefined, electronVersionOverride: ${JSON.stringify(ELECTRON_VERSION)},
          parserPlugins: [] }, true).then(() => undefined, (e) => { console.error(e && e.stack || e); process.exit(2); });`;
  // Its own table goes to the child's stdout, which is dropped; the CSV is the record.
  const result = spawnSync(process.execPath, ['-e', program], { cwd: work, encoding: 'utf8', timeout: TIMEOUT_MS });
  if (result.error || result.status !== 0) {
    console.error(result.stdout, result.stderr);
    console.error(`Electronegativity did not finish (${result.error?.message ?? `exit ${result.status}`}).`);
    rmSync(work, { recursive: true, force: true });
    process.exit(1);
  }
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}
