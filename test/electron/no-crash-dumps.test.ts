// No crash dumps, ever: a minidump of the main process or the vault worker copies their
// memory, which holds the data key and decrypted records. Electron writes dumps only once
// its crash reporter is started (or a Chromium switch turns them on), so this checks the
// sources of the Electron side and the preload, and the built bundle when there is one, for
// any way to start it. main.ts cannot be imported here (it calls app.* as it loads), so the
// check reads the text, not the running app.

import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../helpers/vault.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const SOURCE_DIRS = ['src-main', 'src-preload'];
const BUNDLE = ['dist/main/main.mjs', 'dist/main/vault-worker.mjs', 'dist/main/preload.cjs'];

// Electron's API (crashReporter.start, app.setPath('crashDumps')), and the Chromium switches
// and environment that enable Crashpad or Breakpad without it.
const CRASH_DUMP_WIRING: readonly RegExp[] = [
  /\bcrashReporter\b/,
  /\bcrashDumps\b/,
  /enable-crash-reporter/,
  /crash-dumps-dir/,
  /crashpad/i,
  /breakpad/i,
  /\bALCOVE_CRASH_DUMPS\b/,
];

async function scanned(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const file of await listFiles(path.join(root, dir))) if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(file)) files.push(file);
  }
  for (const file of BUNDLE) if (existsSync(path.join(root, file))) files.push(path.join(root, file));
  return files;
}

async function hits(files: string[], patterns: readonly RegExp[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    const lines = (await fs.readFile(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      for (const p of patterns) if (p.test(line)) found.push(`${path.relative(root, file)}:${i + 1} matches ${p}`);
    });
  }
  return found;
}

describe('crash dumps', () => {
  test('[HIPAA 164.312(a)(1)] the Electron wiring never starts the crash reporter or turns crash dumps on', async () => {
    const files = await scanned();
    // The scan really covers the composition root and the preload.
    const names = files.map((f) => path.relative(root, f));
    expect(names).toContain(path.join('src-main', 'electron', 'main.ts'));
    expect(names).toContain(path.join('src-preload', 'index.ts'));
    expect(await hits(files, CRASH_DUMP_WIRING)).toEqual([]);
  });

  test('[HIPAA 164.312(a)(1)] no Chromium switch is appended from the command line wiring', async () => {
    // app.commandLine.appendSwitch is where a crash-dump switch would go; Alcove appends none.
    expect(await hits(await scanned(), [/\bappendSwitch\b/, /\bappendArgument\b/])).toEqual([]);
  });

  test('the README no longer offers a crash-dump switch', async () => {
    expect(await fs.readFile(path.join(root, 'README.md'), 'utf8')).not.toMatch(/ALCOVE_CRASH_DUMPS/);
  });

  test('the scan would catch the wiring it forbids', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'alcove-crash-scan-'));
    try {
      const file = path.join(dir, 'main.ts');
      await fs.writeFile(file, "import { crashReporter } from 'electron';\ncrashReporter.start({ uploadToServer: false });\napp.commandLine.appendSwitch('enable-crash-reporter');\n");
      expect(await hits([file], CRASH_DUMP_WIRING)).toHaveLength(3);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
