#!/usr/bin/env node
// The renderer runs in a sandboxed page with no Node. Its tsconfig lists Node's types only
// because the contract's type graph mentions Buffer, so this check keeps renderer code from
// using Node globals the compiler would now accept. (Import rules between layers are checked
// by test/layers.test.ts.) Tokens are read with the TypeScript scanner, so comments and
// strings never count.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { projectRoot } from './electron-paths.mjs';

const FORBIDDEN = new Set(['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate', 'module']);
const dir = path.join(projectRoot, 'src-renderer');

function files(d) {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(d, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [path.join(d, e.name)] : [],
  );
}

const offenders = [];
for (const file of files(dir)) {
  const text = readFileSync(file, 'utf8');
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard, text);
  let previous = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    // `x.process` is a property, not the global; only bare identifiers count.
    if (kind === ts.SyntaxKind.Identifier && FORBIDDEN.has(scanner.getTokenText()) && previous !== ts.SyntaxKind.DotToken) {
      const line = text.slice(0, scanner.getTokenStart()).split('\n').length;
      offenders.push(`${path.relative(projectRoot, file)}:${line} uses ${scanner.getTokenText()}`);
    }
    previous = kind;
  }
}
if (offenders.length > 0) {
  console.error(`Renderer code must not use Node globals:\n  ${offenders.join('\n  ')}`);
  process.exit(1);
}
console.log('Renderer uses no Node globals.');
