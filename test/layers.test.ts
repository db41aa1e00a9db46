// The layer rules of DESIGN.md, checked on the source: only src-main/electron imports
// 'electron'; the renderer imports only types from src-main; the preload imports only the
// contract's method list; the de-identification engine is entered only by its index; tests
// and benchmarks share code only through support/. Parsed with the TypeScript compiler, not with regular expressions.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { listFiles } from './helpers/vault.js';

const root = path.resolve(import.meta.dirname, '..');

async function sources(dir: string): Promise<string[]> {
  const files = await listFiles(path.join(root, dir));
  return files.filter((f) => !f.split(path.sep).includes('node_modules') && /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(f));
}

interface ImportFact {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

export async function importsOf(file: string): Promise<ImportFact[]> {
  const text = await fs.readFile(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const facts: ImportFact[] = [];
  const rel = path.relative(root, file);
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      let typeOnly = false;
      if (ts.isImportDeclaration(node)) {
        const clause = node.importClause;
        typeOnly =
          !!clause &&
          (clause.isTypeOnly ||
            (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      } else typeOnly = node.isTypeOnly;
      facts.push({ file: rel, specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0] as ts.Node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        facts.push({ file: rel, specifier: (node.arguments[0] as ts.StringLiteral).text, typeOnly: false });
      }
    } else if (ts.isImportTypeNode(node)) {
      // import('x').T in a type position: types only.
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return facts;
}

function resolvesInto(fact: ImportFact, dir: string): boolean {
  if (!fact.specifier.startsWith('.')) return false;
  const target = path.resolve(root, path.dirname(fact.file), fact.specifier);
  return path.relative(root, target).split(path.sep)[0] === dir;
}

describe('layer rules', () => {
  it('only src-main/electron imports electron', async () => {
    const offenders: string[] = [];
    for (const dir of ['src-main', 'src-renderer', 'src-relay', 'bin']) {
      for (const file of await sources(dir)) {
        if (path.relative(root, file).startsWith(path.join('src-main', 'electron') + path.sep)) continue;
        for (const f of await importsOf(file)) {
          if (f.specifier === 'electron' || f.specifier.startsWith('electron/')) offenders.push(`${f.file} imports ${f.specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the renderer imports nothing but types from src-main', async () => {
    const offenders: string[] = [];
    for (const file of await sources('src-renderer')) {
      for (const f of await importsOf(file)) {
        if (resolvesInto(f, 'src-main') && !f.typeOnly) offenders.push(`${f.file} imports ${f.specifier} at runtime`);
        if (['node:fs', 'fs', 'node:child_process', 'child_process', 'electron'].includes(f.specifier)) offenders.push(`${f.file} imports ${f.specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the preload imports only the contract method list from src-main', async () => {
    const offenders: string[] = [];
    for (const file of await sources('src-preload')) {
      for (const f of await importsOf(file)) {
        if (resolvesInto(f, 'src-main') && !f.typeOnly && !/api\/methods(\.js)?$/.test(f.specifier)) offenders.push(`${f.file} imports ${f.specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  // Two doors: index.ts for the engine, types.ts for its shapes alone (no Node imports, so the
  // renderer's typecheck can follow the API contract to the categories without reaching node:fs).
  it('nothing outside src-main/deid imports the de-identification engine but its index and its types', async () => {
    const engine = path.join('src-main', 'deid');
    const doors = [path.join(engine, 'index.js'), path.join(engine, 'types.js')];
    const offenders: string[] = [];
    for (const dir of ['src-main', 'src-renderer', 'src-preload', 'test', 'bench', 'support', 'scripts']) {
      for (const file of await sources(dir)) {
        if (path.relative(root, file).startsWith(engine + path.sep)) continue;
        for (const f of await importsOf(file)) {
          if (!f.specifier.startsWith('.')) continue;
          const target = path.relative(root, path.resolve(root, path.dirname(f.file), f.specifier));
          if (target.startsWith(engine + path.sep) && !doors.includes(target)) offenders.push(`${f.file} imports ${f.specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('tests and benchmarks never import each other; both may use support/, which imports neither', async () => {
    const forbidden: Record<string, string[]> = { test: ['bench'], bench: ['test'], support: ['test', 'bench'] };
    const offenders: string[] = [];
    for (const [dir, banned] of Object.entries(forbidden)) {
      for (const file of await sources(dir)) {
        for (const f of await importsOf(file)) {
          for (const b of banned) if (resolvesInto(f, b)) offenders.push(`${f.file} imports ${f.specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('catches a violation when there is one (the checker itself works)', async () => {
    const tmp = path.join(root, 'test', 'fixtures', 'layer-probe.ts');
    await fs.writeFile(tmp, "import { app } from 'electron';\nimport type { X } from '../../src-main/api/contract.js';\nconst m = require('electron');\n");
    try {
      const facts = await importsOf(tmp);
      expect(facts.filter((f) => resolvesInto(f, 'src-main')).length).toBe(1);
      expect(facts.map((f) => [f.specifier, f.typeOnly])).toEqual([
        ['electron', false],
        ['../../src-main/api/contract.js', true],
        ['electron', false],
      ]);
    } finally {
      await fs.rm(tmp);
    }
  });
});
