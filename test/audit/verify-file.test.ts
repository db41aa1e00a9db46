// `alcove audit verify --file`: the auditor's path from files on disk to a verdict, with no
// vault and no password.

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { checkpointFile } from '../../src-main/audit/checkpoint.js';
import { buildAuditExport, serialiseAuditExport } from '../../src-main/audit/export.js';
import { signedCheckpoint } from '../../src-main/audit/store.js';
import { registerAuditCommands, verifyAuditFile } from '../../src-main/cli/audit-commands.js';
import type { CliContext } from '../../src-main/cli/main.js';
import { AlcoveError } from '../../src-main/errors.js';
import { auditDb, fill, T0, deviceKey } from './fixtures.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

async function files() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'alcove-audit-'));
  dirs.push(dir);
  const db = auditDb();
  const key = deviceKey(db, T0);
  fill(db, 40);
  const kept = path.join(dir, 'checkpoint-40.json');
  await fs.writeFile(kept, JSON.stringify(checkpointFile(signedCheckpoint(db, key, T0), key.publicKeyRaw)));
  fill(db, 10, 40);
  const exported = path.join(dir, 'audit.json');
  await fs.writeFile(exported, serialiseAuditExport(buildAuditExport(db, key, T0 + 1)));
  return { dir, kept, exported };
}

describe('verifyAuditFile', () => {
  it('[HIPAA 164.312(b)] verifies an export file alone and against a kept checkpoint', async () => {
    const { exported, kept } = await files();
    expect((await verifyAuditFile(exported)).ok).toBe(true);
    const result = await verifyAuditFile(exported, kept);
    expect(result.ok).toBe(true);
    expect(result.checks.map((c) => c.name)).toContain("consistency with the auditor's checkpoint");
  });

  it('accepts an older export in place of a checkpoint file', async () => {
    const { exported } = await files();
    expect((await verifyAuditFile(exported, exported)).ok).toBe(true);
  });

  it('[HIPAA 164.312(c)(1)] reports an edited timestamp in the file as a failed verification, naming the entry', async () => {
    const { exported } = await files();
    const text = await fs.readFile(exported, 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"seq":33,'));
    lines[at] = (lines[at] as string).replace(/"time":(\d+)/, (_m, t: string) => `"time":${Number(t) + 1}`);
    await fs.writeFile(exported, lines.join('\n'));
    const result = await verifyAuditFile(exported);
    expect(result.ok).toBe(false);
    expect(result.failure).toEqual({ what: 'entry 33 does not match its recorded hash: it was edited', where: 'entry 33' });
  });

  it('throws a typed error for a file that is not JSON, not an export, or missing', async () => {
    const { dir, exported } = await files();
    const junk = path.join(dir, 'junk.json');
    await fs.writeFile(junk, 'not json');
    await expect(verifyAuditFile(junk)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await fs.writeFile(junk, '{"format":"something"}');
    await expect(verifyAuditFile(junk)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(verifyAuditFile(exported, junk)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(verifyAuditFile(path.join(dir, 'absent.json'))).rejects.toMatchObject({ code: 'IO_ERROR' });
  });
});

describe('the command', () => {
  function run(argv: string[], json: boolean) {
    const printed: { json: unknown; human: string }[] = [];
    const ctx = {
      json,
      interactive: false,
      print: (j: unknown, human: string) => printed.push({ json: j, human }),
    } as unknown as CliContext;
    const program = new Command('alcove').exitOverride();
    registerAuditCommands(program, ctx);
    return { printed, done: program.parseAsync(['audit', 'verify', ...argv], { from: 'user' }) };
  }

  it('prints the result object and succeeds for a good file', async () => {
    const { exported, kept } = await files();
    const { printed, done } = run(['--file', exported, '--checkpoint', kept], true);
    await done;
    expect(printed[0]?.json).toMatchObject({ ok: true });
    expect(printed[0]?.human).toMatch(/The audit log verifies/);
  });

  it('prints what failed and where, then fails with a typed error', async () => {
    const { exported } = await files();
    const doc = JSON.parse(await fs.readFile(exported, 'utf8')) as { entries: unknown[] };
    doc.entries.splice(49, 1);
    await fs.writeFile(exported, JSON.stringify(doc));
    const { printed, done } = run(['--file', exported], false);
    const err = await done.then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(AlcoveError);
    expect((err as AlcoveError).code).toBe('AUDIT_VERIFY_FAILED');
    expect(printed[0]?.human).toMatch(/does NOT verify: log is shorter than its checkpoint \(truncation\)/);
  });
});
