#!/usr/bin/env node
// `npm start`: makes sure Electron's binary is there, builds the app and the database module
// for Electron, then launches it. Electron's npm package fetches its binary on first launch;
// offline that fails with a bare `TypeError: fetch failed` stack, so the download runs here
// first and any failure becomes one sentence saying what to do, with exit code 1.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinary, electronVersion, projectRoot } from './electron-paths.mjs';

export function electronDownloadFailedMessage(version = electronVersion(), platform = process.platform, arch = process.arch) {
  return (
    `Electron ${version}'s binary (electron-v${version}-${platform}-${arch}.zip) could not be downloaded, so the app cannot start: ` +
    'connect to the network and run `npm start` again, or set ELECTRON_MIRROR (and ELECTRON_CUSTOM_DIR) to a mirror you can reach, ' +
    "or electron_config_cache to a folder holding Electron's download cache, as described at " +
    'https://www.electronjs.org/docs/latest/tutorial/installation#custom-mirrors-and-caches.'
  );
}

function ensureElectronBinary() {
  if (electronBinary()) return;
  console.log(`Downloading Electron ${electronVersion()}'s binary (once)…`);
  // Electron's own installer, which honours the documented mirror and cache variables. Its
  // output is a stack trace on failure, so it is kept and shown only with DEBUG set.
  const install = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/electron/install.js')], { encoding: 'utf8' });
  if (install.status === 0 && electronBinary()) return;
  if (process.env.DEBUG) console.error(install.stdout, install.stderr);
  console.error(electronDownloadFailedMessage());
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureElectronBinary();
// npm_execpath is the package manager's own CLI when run through `npm start`.
const npmCli = process.env.npm_execpath;
if (npmCli && /\.[cm]?js$/.test(npmCli)) run(process.execPath, [npmCli, 'run', 'build']);
else run(npmCli || 'npm', ['run', 'build']);
run(process.execPath, [path.join(projectRoot, 'scripts/rebuild-native-for-electron.mjs')]);

const binary = electronBinary();
if (!binary) {
  console.error(electronDownloadFailedMessage());
  process.exit(1);
}
const app = spawn(binary, [path.join(projectRoot, 'dist/main/main.mjs'), ...process.argv.slice(2)], { cwd: projectRoot, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
