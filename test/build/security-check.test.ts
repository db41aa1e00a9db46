// npm run test:security's summary: it counts only the HIGH/MEDIUM findings not accepted on
// review, lists the accepted ones apart with their reasons, and fails on a new one. Run on a
// fixture report in Electronegativity's CSV layout (the real scan takes ~20 s offline).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyFindings, loadAccepted, reportLines, type AcceptedFinding, type Finding } from '../../scripts/security-findings.mjs';
import { root, runNode } from '../helpers/node-build.js';

const fixture = path.join(root, 'test/fixtures/security/electronegativity-report.csv');
const accepted = loadAccepted(path.join(root, 'build/security-accepted.json'));
const dir = mkdtempSync(path.join(os.tmpdir(), 'alcove-security-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const openExternal: Finding = {
  check: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', confidence: 'TENTATIVE', file: 'src-main/electron/external-links.ts',
  line: '32:7', description: 'Review the use of openExternal', sample: '    void shell.openExternal(EXTERNAL_LINKS[parsed.data]);',
};

describe('classifying Electronegativity findings', () => {
  it('an accepted finding is counted apart, with its entry; the same rule on other code blocks', () => {
    const changed: Finding = { ...openExternal, line: '40:3', sample: '    void shell.openExternal(url);' };
    const result = classifyFindings([openExternal, changed], accepted);
    expect(result.accepted.map((a) => a.finding)).toEqual([openExternal]);
    expect(result.accepted[0]?.entry.reason).toContain('EXTERNAL_LINKS');
    expect(result.blocking).toEqual([changed]);
  });

  it('LOW and INFORMATIONAL findings never block; an entry that matched nothing is reported as unused', () => {
    const low: Finding = { check: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'src-renderer/index.html' };
    const result = classifyFindings([low], accepted);
    expect(result.blocking).toEqual([]);
    expect(result.other).toEqual([low]);
    expect(result.unused.map((a) => a.rule).sort()).toEqual(['OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK']);
  });

  it('the summary line counts what it lists under it; the reasons are printed with the accepted rows', () => {
    const lines = reportLines(classifyFindings([openExternal], accepted), { title: 'T', acceptedFile: 'build/security-accepted.json' });
    expect(lines[0]).toBe('T: 0 HIGH/MEDIUM to fix, 1 accepted on review, 0 LOW/INFORMATIONAL.');
    expect(lines).toContain('Accepted on review (build/security-accepted.json), not counted above:');
    expect(lines.some((l) => l.includes('reason (reviewed 2026-11-22): the URL is a constant'))).toBe(true);
  });

  it('every accepted entry carries a rule, file, sample, reason and review date; one without a reason is refused', () => {
    for (const entry of accepted) expect(entry.reason.length).toBeGreaterThan(20);
    const bad = path.join(dir, 'bad.json');
    const { reason: _dropped, ...noReason } = accepted[0] as AcceptedFinding;
    writeFileSync(bad, JSON.stringify({ accepted: [noReason] }));
    expect(() => loadAccepted(bad)).toThrow('accepted[0] has no reason');
  });
});

describe('scripts/electronegativity-check.mjs on a fixture report', () => {
  it('today’s findings: exit 0, a true summary line, the two MEDIUM rows under “accepted” with reasons', async () => {
    const run = await runNode(['scripts/electronegativity-check.mjs', '--report', fixture], process.env);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/: 0 HIGH\/MEDIUM to fix, 2 accepted on review, 1 LOW\/INFORMATIONAL\.$/);
    const heading = lines.indexOf('Accepted on review (build/security-accepted.json), not counted above:');
    expect(heading).toBeGreaterThan(0);
    // Every MEDIUM row is below the accepted heading, each followed by its reason.
    lines.forEach((line, i) => {
      if (/^\s+MEDIUM /.test(line)) {
        expect(i).toBeGreaterThan(heading);
        expect(lines[i + 1]).toMatch(/^\s+reason \(reviewed \d{4}-\d{2}-\d{2}\): /);
      }
    });
  });

  it('a new MEDIUM finding that nobody accepted fails the script (exit 1) and is counted', async () => {
    const report = path.join(dir, 'new-medium.csv');
    writeFileSync(
      report,
      readFileSync(fixture, 'utf8') +
        'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","src-main/electron/window.ts","51:4","    void shell.openExternal(details.url);","Review the use of openExternal",https://example.invalid\n',
    );
    const run = await runNode(['scripts/electronegativity-check.mjs', '--report', report], process.env);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/: 1 HIGH\/MEDIUM to fix, 2 accepted on review, 1 LOW\/INFORMATIONAL\.$/);
    expect(run.stdout).toContain('OPEN_EXTERNAL_JS_CHECK  src-main/electron/window.ts:51:4');
    expect(run.stderr).toContain('build/security-accepted.json');
  });
});
