#!/usr/bin/env node
// Builds better-sqlite3-multiple-ciphers for Electron's ABI into
// node_modules/.electron-native/, leaving the Node build in node_modules untouched (so
// `npm test` under Node keeps working after `npm start`). The app loads it through
// better-sqlite3's nativeBinding option. Skips at once when the module is already built.
//
// It needs Electron's headers (downloaded by node-gyp from electronjs.org) and a C++
// toolchain; about 2.5 minutes. NOT run on the machines this was written on (no network).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { electronNativeBindingPath, electronVersion, NATIVE_MODULE, projectRoot } from './electron-paths.mjs';

const version = electronVersion();
const target = electronNativeBindingPath(version);
if (existsSync(target) && !process.argv.includes('--force')) {
  console.log(`Database module for Electron ${version} already built: ${path.relative(projectRoot, target)}`);
  process.exit(0);
}

const source = path.join(projectRoot, 'node_modules', NATIVE_MODULE);
const work = path.join(projectRoot, 'node_modules', '.electron-native', `build-${version}-${process.arch}`);
rmSync(work, { recursive: true, force: true });
// A private copy of the sources, so node-gyp's build/ never replaces the Node build.
cpSync(source, work, { recursive: true, filter: (p) => !p.startsWith(path.join(source, 'build')) });

console.log(`Building ${NATIVE_MODULE} for Electron ${version} (${process.arch}); this takes a few minutes…`);
const nodeGyp = path.join(projectRoot, 'node_modules/node-gyp/bin/node-gyp.js');
const result = spawnSync(
  process.execPath,
  [nodeGyp, 'rebuild', '--release', `--target=${version}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'],
  { cwd: work, stdio: 'inherit', timeout: 20 * 60 * 1000, env: { ...process.env, npm_config_runtime: 'electron', npm_config_target: version } },
);
if (result.status !== 0) {
  console.error(
    `Could not build ${NATIVE_MODULE} for Electron ${version} (exit ${result.status ?? result.signal}). ` +
      'It needs network access to electronjs.org for the headers, python3, make and a C++ compiler.',
  );
  process.exit(1);
}
mkdirSync(path.dirname(target), { recursive: true });
copyFileSync(path.join(work, 'build/Release/better_sqlite3.node'), target);
rmSync(work, { recursive: true, force: true });
console.log(`Built ${path.relative(projectRoot, target)}`);
