// The import boundaries of STYLE.md as eslint.config.mjs encodes them: each rule fires on a
// snippet placed where it is forbidden, and stays quiet on the same import where it is
// allowed (so a rule that rejected everything would fail too). Linted without type
// information: the boundaries need none, and building the programs would take seconds.

import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: path.join(root, 'eslint.config.mjs'),
  overrideConfig: [tseslint.configs.disableTypeChecked],
  cache: false,
});

/** The boundary findings for `code` as if it were the file at `file` (relative to the repo). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.fatal || /no-restricted-imports$/.test(m.ruleId ?? ''))
    .map((m) => `${m.line}:${m.ruleId ?? 'fatal'}`);
}

describe('import boundaries (eslint.config.mjs)', () => {
  it('the renderer may import types, never values, from src-main', async () => {
    const file = 'src-renderer/screens/lint-probe.tsx';
    expect(await boundaryErrors(file, "import { CONTRACT } from '../../src-main/api/contract.js';\nvoid CONTRACT;\n")).toEqual([
      '1:@typescript-eslint/no-restricted-imports',
    ]);
    expect(await boundaryErrors(file, "import type { Contract } from '../../src-main/api/contract.js';\nexport type C = Contract;\n")).toEqual([]);
  });

  it('the renderer imports no Node module and not electron', async () => {
    const code = "import { readFileSync } from 'node:fs';\nimport { join } from 'path';\nimport { ipcRenderer } from 'electron';\nvoid [readFileSync, join, ipcRenderer];\n";
    expect(await boundaryErrors('src-renderer/stores/lint-probe.ts', code)).toEqual([
      '1:@typescript-eslint/no-restricted-imports',
      '2:@typescript-eslint/no-restricted-imports',
      '3:@typescript-eslint/no-restricted-imports',
    ]);
  });

  it("only src-main/electron imports 'electron'", async () => {
    const code = "import { app } from 'electron';\nvoid app;\n";
    expect(await boundaryErrors('src-main/records/lint-probe.ts', code)).toEqual(['1:@typescript-eslint/no-restricted-imports']);
    expect(await boundaryErrors('src-main/core-lint-probe.ts', "import { shell } from 'electron/main';\nvoid shell;\n")).toEqual([
      '1:@typescript-eslint/no-restricted-imports',
    ]);
    expect(await boundaryErrors('scripts/lint-probe.mjs', code)).toEqual(['1:no-restricted-imports']);
    expect(await boundaryErrors('src-main/electron/lint-probe.ts', code)).toEqual([]);
  });

  it('the preload takes only contextBridge and ipcRenderer from electron, and only the method list from src-main', async () => {
    const file = 'src-preload/lint-probe.ts';
    const allowed = "import { contextBridge, ipcRenderer } from 'electron';\nimport { METHOD_NAMES } from '../src-main/api/methods.js';\nvoid [contextBridge, ipcRenderer, METHOD_NAMES];\n";
    expect(await boundaryErrors(file, allowed)).toEqual([]);
    expect(await boundaryErrors(file, "import { shell } from 'electron';\nvoid shell;\n")).toEqual(['1:no-restricted-imports']);
    expect(await boundaryErrors(file, "import { CONTRACT } from '../src-main/api/contract.js';\nvoid CONTRACT;\n")).toEqual([
      '1:@typescript-eslint/no-restricted-imports',
    ]);
  });

  it('nothing in src-main imports src-renderer', async () => {
    const code = "import { api } from '../../src-renderer/api.js';\nvoid api;\n";
    expect(await boundaryErrors('src-main/records/lint-probe.ts', code)).toEqual(['1:@typescript-eslint/no-restricted-imports']);
  });

  it('tests never import bench, and bench never imports tests', async () => {
    expect(await boundaryErrors('test/records/lint-probe.test.ts', "import { table } from '../../bench/table.js';\nvoid table;\n")).toEqual([
      '1:@typescript-eslint/no-restricted-imports',
    ]);
    expect(await boundaryErrors('bench/lint-probe.ts', "import { tempHome } from '../test/helpers/vault.js';\nvoid tempHome;\n")).toEqual([
      '1:@typescript-eslint/no-restricted-imports',
    ]);
    // Tests may still name Electron's types, to build fakes of its objects.
    expect(await boundaryErrors('test/electron/lint-probe.test.ts', "import type { IpcMain } from 'electron';\nexport type I = IpcMain;\n")).toEqual([]);
  });
});
