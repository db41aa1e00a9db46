// `npm run compliance` on small result files: which requirement is met, failing or a gap,
// what COMPLIANCE.md says, and that a mistyped id stops it instead of vanishing.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate, idsInTitle, testsFromPlaywright, testsFromVitest, type Catalogue } from '../../scripts/compliance.mjs';

const fixtures = join(import.meta.dirname, '../fixtures/compliance');
const script = join(import.meta.dirname, '../../scripts/compliance.mjs');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(fixtures, name), 'utf8'));
const catalogue = fixture('requirements.json') as Catalogue;

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A project folder with two test files on disk, of which the fixture results ran one. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'alcove-compliance-'));
  roots.push(root);
  for (const f of ['test/audit/log.test.ts', 'test/vault/unlock.test.ts', 'test/e2e/audit.spec.ts', 'test/vault/never-run.test.ts']) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), '');
  }
  return root;
}

function run(root: string, vitest: string, extra: string[] = []) {
  return spawnSync(
    process.execPath,
    [script, '--root', root, '--requirements', join(fixtures, 'requirements.json'), '--vitest', join(fixtures, vitest), '--playwright', join(fixtures, 'playwright.json'), '--out', join(root, 'COMPLIANCE.md'), ...extra],
    { encoding: 'utf8' },
  );
}

describe('requirement ids in test names', () => {
  it('are read from every bracketed citation, and nothing else in brackets', () => {
    expect(idsInTitle('[HIPAA 164.312(d)] [GDPR 17] deletes [twice] at [42 CFR 2.31]')).toEqual(['HIPAA 164.312(d)', 'GDPR 17', '42 CFR 2.31']);
    expect(idsInTitle('no tag here, nor [this], nor [a-b 1]')).toEqual([]);
  });

  it('come from the full title path: describe blocks count, in vitest and Playwright alike', () => {
    const v = testsFromVitest(fixture('vitest.json'), '/x').tests;
    expect(v[0]).toEqual({ file: 'test/audit/log.test.ts', title: 'the log › [HIPAA 164.312(b)] verify › passes an untouched log', status: 'passed' });
    const p = testsFromPlaywright(fixture('playwright.json'), '/x').tests;
    expect(p).toEqual([{ file: 'test/e2e/audit.spec.ts', title: 'the audit screen › [HIPAA 164.312(b)] shows the entries', status: 'passed' }]);
  });
});

describe('Playwright outcomes', () => {
  it('count a failure, a flaky pass (it failed first) and a timeout as failed, and a skip as skipped', () => {
    const spec = (title: string, status: string, expectedStatus = 'passed') => ({ title, file: 'x.spec.ts', tests: [{ status, expectedStatus }] });
    const report = { suites: [{ title: 'x.spec.ts', file: 'x.spec.ts', specs: [spec('a', 'unexpected'), spec('b', 'flaky'), spec('c', 'skipped'), spec('d', 'expected', 'skipped'), spec('e', 'expected')] }] };
    expect(testsFromPlaywright(report, '/x').tests.map((t) => `${t.title}=${t.status}`)).toEqual(['a=failed', 'b=failed', 'c=skipped', 'd=skipped', 'e=passed']);
  });
});

describe('the status of a requirement', () => {
  it('is met with a passing test and no failing one, failing with one failure, a gap with no test or only skipped ones', () => {
    const tests = [...testsFromVitest(fixture('vitest.json'), '/x').tests, ...testsFromPlaywright(fixture('playwright.json'), '/x').tests];
    const { rows, unknown } = evaluate(catalogue, tests);
    const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
    // 164.312(b): two passing tests and one failing (tagged together with (d)) — failing wins.
    expect(status).toEqual({ 'HIPAA 164.312(b)': 'failing', 'HIPAA 164.312(d)': 'failing', 'GDPR 17': 'gap', '42 CFR 2.31': 'gap' });
    expect(rows.find((r) => r.id === 'HIPAA 164.312(b)')?.tests.map((t) => t.status)).toEqual(['passed', 'failed', 'passed']);
    expect(unknown).toEqual([]);
    const onlyPassing = evaluate(catalogue, tests.filter((t) => t.status !== 'failed'));
    expect(onlyPassing.rows.map((r) => r.status)).toEqual(['met', 'met', 'gap', 'gap']);
  });

  it('refuses a catalogue that lists an id twice', () => {
    const twice: Catalogue = { requirements: [catalogue.requirements[0]!, catalogue.requirements[0]!] };
    expect(() => evaluate(twice, [])).toThrow(/twice/);
  });
});

describe('npm run compliance', () => {
  it('writes COMPLIANCE.md: counts, the run, each requirement with its tests, and the files the run left out', () => {
    const root = project();
    const res = run(root, 'vitest.json');
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/0 met, 2 failing, 2 gap/);
    const md = readFileSync(join(root, 'COMPLIANCE.md'), 'utf8');
    expect(md).toContain('Requirements: 4 — **0 met**, **2 failing**, **2 gap**');
    expect(md).toContain('- Run: 2025-12-04T20:26:40.000Z');
    expect(md).toContain('| HIPAA 164.312(d) | Person or entity authentication | failing | password \\| secret key | test/vault/unlock.test.ts › [HIPAA 164.312(d)] refuses a wrong password (passed)<br>');
    expect(md).toContain('test/e2e/audit.spec.ts › the audit screen › [HIPAA 164.312(b)] shows the entries (passed)');
    expect(md).toContain('| GDPR 17 | Right to erasure | gap | not built yet | — |');
    expect(md).toContain('| 42 CFR 2.31 | Consent requirements | gap | only skipped tests | test/vault/unlock.test.ts › [42 CFR 2.31] records a consent (skipped) |');
    expect(md).toMatch(/\*\*Warning:\*\* 1 test file\(s\) are not in these results \(a partial run\): test\/vault\/never-run\.test\.ts/);
  });

  it('stops on an id the catalogue does not list, naming the test, and writes nothing', () => {
    const root = project();
    const res = run(root, 'vitest-unknown.json');
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('[HIPPA 164.312(b)]  test/audit/log.test.ts › the log › [HIPPA 164.312(b)] passes an untouched log');
    expect(res.stderr).not.toContain('keeps each entry');
    expect(existsSync(join(root, 'COMPLIANCE.md'))).toBe(false);
  });

  it('says what to do when there are no results at all, and refuses an unknown option', () => {
    const root = project();
    const none = spawnSync(process.execPath, [script, '--root', root, '--requirements', join(fixtures, 'requirements.json')], { encoding: 'utf8' });
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/No test results.*Run npm test first/);
    const bad = run(root, 'vitest.json', ['--verbose', 'yes']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown or incomplete option --verbose/);
    expect(existsSync(join(root, 'COMPLIANCE.md'))).toBe(false);
  });
});

describe('the catalogue and the tags in this repository', () => {
  const real = JSON.parse(readFileSync(join(import.meta.dirname, '../../compliance/requirements.json'), 'utf8')) as Catalogue;

  it('lists every requirement issue 13 names, once, each with a title, a feature and a source', () => {
    const ids = real.requirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const named = [
      ...['(a)(1)', '(a)(2)(i)', '(a)(2)(ii)', '(a)(2)(iii)', '(a)(2)(iv)', '(b)', '(c)(1)', '(c)(2)', '(d)', '(e)(1)', '(e)(2)(i)', '(e)(2)(ii)'].map((p) => `HIPAA 164.312${p}`),
      'HIPAA 164.308(a)(7)',
      ...'ABCDE'.split('').map((l) => `HIPAA 164.308(a)(7)(ii)(${l})`),
      'HIPAA 164.524', 'HIPAA 164.526', 'HIPAA 164.528', '42 CFR 2.31', '42 CFR 2.32',
      ...[15, 16, 17, 18, 19, 20, 21, 32].map((n) => `GDPR ${n}`),
      ...'ABCDEFGHIJKLMNOPQR'.split('').map((l) => `HIPAA 164.514(b)(2)(i)(${l})`),
    ];
    expect(ids).toEqual(expect.arrayContaining(named));
    for (const r of real.requirements) {
      expect(r.title.length, r.id).toBeGreaterThan(3);
      expect(r.feature.length, r.id).toBeGreaterThan(1);
      expect(Object.keys(real.sources ?? {}), r.id).toContain(r.source);
    }
  });

  it('has no test whose name cites an id the catalogue lacks (the same guard as the script, before any run)', () => {
    const known = new Set(real.requirements.map((r) => r.id));
    const root = join(import.meta.dirname, '..');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.(test|spec)\.ts$/.test(f) && !f.startsWith('compliance'));
    expect(files.length).toBeGreaterThan(50);
    const unknown = files.flatMap((f) => idsInTitle(readFileSync(join(root, f), 'utf8')).filter((id) => !known.has(id)).map((id) => `${f}: ${id}`));
    expect(unknown).toEqual([]);
  });
});
