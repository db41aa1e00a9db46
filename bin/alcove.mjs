#!/usr/bin/env node
// The `alcove` command. The core is TypeScript, loaded through tsx (a runtime dependency),
// so `npx alcove` works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src-main/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
