// vitest global setup: build dist/main/ (the CLI and the vault worker bundle) from the source
// under test before any test runs, so the CLI tests never run a stale build. About a second.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function setup(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/build-main.mjs', import.meta.url))], { stdio: 'inherit' });
}
