#!/usr/bin/env node
// Bundles the Electron side into dist/main/: the main process (ESM), the `alcove` CLI (ESM),
// the vault worker as its own entry (ESM; VaultWorkerClient boots it directly), and the preload (CommonJS: sandboxed
// preloads cannot be ES modules). npm packages stay external and load from node_modules,
// native ones included; the preload bundles everything it needs except 'electron'. The
// de-identification engine's word lists (src-main/deid/data/) are copied to dist/main/data/,
// where the bundled engine reads them (the same path relative to the code as in the source).
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/main');
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: false, logLevel: 'warning', legalComments: 'none', minifyWhitespace: true, minifySyntax: true };

await Promise.all([
  build({
    ...common,
    entryPoints: {
      main: path.join(root, 'src-main/electron/main.ts'),
      cli: path.join(root, 'src-main/cli/bin.ts'),
      'vault-worker': path.join(root, 'src-main/vault/worker.ts'),
    },
    outdir,
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    packages: 'external',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: { preload: path.join(root, 'src-preload/index.ts') },
    outdir,
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  }),
]);
rmSync(path.join(outdir, 'data'), { recursive: true, force: true });
cpSync(path.join(root, 'src-main/deid/data'), path.join(outdir, 'data'), { recursive: true, filter: (src) => !/\.(?:ts|mjs|js)$/.test(src) });
console.log(`Built main, the CLI, the vault worker and preload into ${path.relative(root, outdir)}/`);
