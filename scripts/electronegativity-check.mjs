#!/usr/bin/env node
// Electronegativity over the Electron layer and the preload; fails on any HIGH or MEDIUM
// finding. Its CLI does not start here (it picks up the project's commander 14, whose API
// it predates), so this calls its documented programmatic runner in a child process,
// bounded by a timeout: it tries to fetch Electron's release list first (about 9 s offline)
// and never exits non-zero by itself. The CSV it writes is parsed here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './electron-paths.mjs';

const ELECTRON_VERSION = '45.0.0';
const TIMEOUT_MS = 180_000;
const SCANNED = ['src-main/electron', 'src-preload', 'src-renderer/index.html'];

// Findings a person reviewed and judged false positives, each with the reason. Matched on
// check, file and the flagged source line, so any new or changed use is reported again.
const REVIEWED = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'src-main/electron/external-links.ts',
    sample: 'void shell.openExternal(EXTERNAL_LINKS[parsed.data])',
    why: 'the URL is a constant from the EXTERNAL_LINKS table, chosen by a key validated as an enum of its keys; no caller-supplied URL reaches it (test/electron/session.test.ts and window.test.ts pin it)',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'src-main/electron/window.ts',
    sample: 'preload: options.preload',
    why: 'flagged for every preload; ours exposes only one function per contract method and onEvent (no ipcRenderer, no channel), pinned by test/electron/preload.test.ts',
  },
];

const work = mkdtempSync(path.join(os.tmpdir(), 'alcove-electronegativity-'));
const input = path.join(work, 'scan');
const report = path.join(work, 'report.csv');
try {
  // One scan over both folders, so its global checks (navigation limits, permission
  // handler, CSP) see the whole Electron side at once.
  for (const entry of SCANNED) cpSync(path.join(projectRoot, entry), path.join(input, entry), { recursive: true });

  const runner = path.join(projectRoot, 'node_modules/@doyensec/electronegativity/dist/runner.js');
  const program = `
    const run = require(${JSON.stringify(runner)});
    run({ input: ${JSON.stringify(input)}, output: ${JSON.stringify(report)}, isSarif: false, customScan: [], excludeFromScan: [],
          isRelative: true, isVerbose: true, electronUpgrade: undefined, electronVersionOverride: ${JSON.stringify(ELECTRON_VERSION)},
          parserPlugins: [] }, true).then(() => undefined, (e) => { console.error(e && e.stack || e); process.exit(2); });`;
  const started = Date.now();
  // Its own table goes to the child's stdout, which is dropped; the CSV is the record.
  const result = spawnSync(process.execPath, ['-e', program], { cwd: work, encoding: 'utf8', timeout: TIMEOUT_MS });
  if (result.error || result.status !== 0) {
    console.error(result.stdout, result.stderr);
    console.error(`Electronegativity did not finish (${result.error?.message ?? `exit ${result.status}`}).`);
    process.exit(1);
  }

  const rows = parseCsv(readFileSync(report, 'utf8'));
  const [header, ...findings] = rows;
  if (!header) throw new Error('Electronegativity wrote an empty report.');
  const col = (name) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const [iCheck, iSeverity, iConfidence, iFile, iLine, iDesc] = ['issue', 'severity', 'confidence', 'filename', 'location', 'description'].map(col);
  if (iCheck < 0 || iSeverity < 0) throw new Error(`Unexpected report columns: ${header.join(', ')}`);

  const iSample = col('sample');
  const reviewed = (r) =>
    REVIEWED.find((x) => x.check === r[iCheck] && x.file === (r[iFile] ?? '').trim() && (r[iSample] ?? '').includes(x.sample));
  const blocking = findings.filter((r) => ['HIGH', 'MEDIUM'].includes((r[iSeverity] ?? '').trim().toUpperCase()) && !reviewed(r));
  console.log(`Electronegativity ${ELECTRON_VERSION} over ${SCANNED.join(', ')}: ${findings.length} finding(s), ${blocking.length} HIGH/MEDIUM (${Math.round((Date.now() - started) / 1000)} s).`);
  for (const r of findings) {
    const note = reviewed(r) ? `  [reviewed: ${reviewed(r).why}]` : '';
    console.log(`  ${(r[iSeverity] ?? '').padEnd(7)} ${(r[iConfidence] ?? '').padEnd(10)} ${r[iCheck]}  ${r[iFile] ?? ''}:${r[iLine] ?? ''}  ${r[iDesc] ?? ''}${note}`);
  }
  if (blocking.length > 0) {
    console.error('Fix the HIGH/MEDIUM findings above (or show in review why each is a false positive).');
    process.exit(1);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
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
