#!/usr/bin/env node
// The static checks of `npm test` — both typechecks and ESLint — run side by side instead of one
// after another: each is one mostly single-threaded process, so on two cores (one of them busy
// with other work) running them together finishes sooner. Each one's output is printed whole,
// in a fixed order, and any failure fails the run.
import { spawn } from 'node:child_process';

const checks = [
  ['typecheck (main, CLI, tests)', ['npx', 'tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['typecheck (renderer)', ['npx', 'tsc', '-p', 'src-renderer/tsconfig.json', '--noEmit']],
  ['lint', ['npm', 'run', '--silent', 'lint']],
];

const started = Date.now();
const results = await Promise.all(
  checks.map(
    ([name, [cmd, ...args]]) =>
      new Promise((resolve) => {
        const out = [];
        const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => out.push(d));
        child.on('close', (code) => resolve({ name, code, output: Buffer.concat(out).toString(), seconds: (Date.now() - started) / 1000 }));
        child.on('error', (err) => resolve({ name, code: 1, output: String(err), seconds: (Date.now() - started) / 1000 }));
      }),
  ),
);

for (const r of results) {
  console.log(`${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)} s)`);
  if (r.output.trim()) console.log(r.output.trimEnd());
}
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
