#!/usr/bin/env node
// The `alcove` command: the built CLI in dist/main/ (built by `npm ci` through the prepare
// script, and by `npm run build`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/main/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('The alcove command is not built yet. Run `npm run build:main` in the Alcove folder, then try again.\n');
  process.exit(1);
}
await import(cli.href);
