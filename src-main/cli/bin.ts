// The `alcove` command's entry, bundled into dist/main/cli.mjs by scripts/build-main.mjs
// (run by `npm ci` through the prepare script). bin/alcove.mjs only imports it: no
// TypeScript is compiled when a command runs.
import { runCli } from './main.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
