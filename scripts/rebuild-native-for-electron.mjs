#!/usr/bin/env node
// Builds better-sqlite3-multiple-ciphers for Electron's ABI into node_modules/.electron-native/,
// leaving the Node build in node_modules untouched (so `npm test` and the CLI keep working
// after `npm start`, failed or not). The app loads it through better-sqlite3's nativeBinding
// option. It builds with @electron/rebuild against Electron's own headers for the installed
// version, never the npm config's `nodedir` (under `npm start`, npm exports it as
// npm_config_nodedir and node-gyp would silently compile against the system Node's headers).
// A cached build is used only when its stamp, hash and the ABI read from the binary match.
//
// Flags: --force (rebuild even when the cache is good), --out-dir DIR (instead of
// node_modules/.electron-native; for tests). Env: ELECTRON_REBUILD_DIST_URL, a mirror of
// https://electronjs.org/headers (the variable @electron/rebuild's own CLI reads).
// Needs the headers (downloaded once into ~/.electron-gyp), python3, make and a C++ compiler.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { electronNativeBindingPath, electronVersion, NATIVE_MODULE, projectRoot } from './electron-paths.mjs';
import { checkCachedModule, electronAbi, moduleAbiOf, writeStamp } from './native-abi.mjs';

// npm config that node-gyp reads from the environment and that would point the build at
// another runtime's headers. Proxy and registry settings are left alone.
const FOREIGN_BUILD_CONFIG = /^npm_config_(nodedir|target|runtime|disturl|dist_url|devdir|build_from_source|arch|target_arch)$/i;

const args = process.argv.slice(2);
const force = args.includes('--force');
const outDirIndex = args.indexOf('--out-dir');
if (outDirIndex >= 0 && !args[outDirIndex + 1]) {
  console.error('--out-dir needs a folder.');
  process.exit(2);
}
const outDir = outDirIndex >= 0 ? path.resolve(args[outDirIndex + 1]) : null;

const version = electronVersion();
const abi = electronAbi();
const arch = process.arch;
const headersUrl = (process.env.ELECTRON_REBUILD_DIST_URL || 'https://electronjs.org/headers').replace(/\/+$/, '');
const defaultTarget = electronNativeBindingPath(version, arch);
const target = outDir ? path.join(outDir, path.basename(path.dirname(defaultTarget)), path.basename(defaultTarget)) : defaultTarget;
const shown = (p) => path.relative(projectRoot, p) || p;

const cached = checkCachedModule(target, { electronVersion: version, abi, arch });
if (cached.trusted && !force) {
  console.log(`Database module for Electron ${version} (ABI ${abi}) already built: ${shown(target)}`);
  process.exit(0);
}
if (!cached.trusted && existsSync(target)) {
  console.log(`Not using the cached ${shown(target)}: ${cached.reason}. Rebuilding.`);
}
// Nothing half-trusted stays behind for the app to load.
rmSync(path.dirname(target), { recursive: true, force: true });

for (const key of Object.keys(process.env)) if (FOREIGN_BUILD_CONFIG.test(key)) delete process.env[key];

// Headers first, on their own, so a download failure is told apart from a compiler one.
const devDir = path.join(os.homedir(), '.electron-gyp');
const nodeGyp = createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js');
const fetched = spawnSync(
  process.execPath,
  [nodeGyp, 'install', '--ensure', `--target=${version}`, '--runtime=electron', `--dist-url=${headersUrl}`, `--devdir=${devDir}`, `--arch=${arch}`],
  { encoding: 'utf8', timeout: 10 * 60 * 1000 },
);
const versionHeader = path.join(devDir, version, 'include/node/node_version.h');
if (fetched.status !== 0 || !existsSync(versionHeader)) {
  console.error(
    `Electron ${version}'s headers could not be downloaded from ${headersUrl}, so the database module cannot be built for Electron ` +
      "(the Node build that the tests and the CLI use is untouched): connect to the network, or set ELECTRON_REBUILD_DIST_URL to a mirror of Electron's headers.",
  );
  process.exit(1);
}
const headerAbi = readFileSync(versionHeader, 'utf8').match(/#define NODE_MODULE_VERSION (\d+)/)?.[1];
if (headerAbi !== undefined && Number(headerAbi) !== abi) {
  console.error(`The headers in ${versionHeader} are for ABI ${headerAbi}, not Electron ${version}'s ${abi}; delete that folder and run this again.`);
  process.exit(1);
}

// A private copy of the sources (without their build/), so the Node build is never replaced.
const work = path.join(path.dirname(path.dirname(target)), `build-${version}-${arch}`);
const source = path.join(projectRoot, 'node_modules', NATIVE_MODULE);
const copy = path.join(work, 'node_modules', NATIVE_MODULE);
rmSync(work, { recursive: true, force: true });
cpSync(source, copy, { recursive: true, filter: (p) => p !== path.join(source, 'build') });
const sourceVersion = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')).version;
writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'alcove-electron-native', private: true, dependencies: { [NATIVE_MODULE]: sourceVersion } }));

console.log(`Building ${NATIVE_MODULE} for Electron ${version} (ABI ${abi}, ${arch}); this takes a few minutes…`);
try {
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: work, electronVersion: version, arch, headerURL: headersUrl, onlyModules: [NATIVE_MODULE], force: true, buildFromSource: true, mode: 'sequential' });
} catch (error) {
  console.error(
    `Could not build ${NATIVE_MODULE} for Electron ${version} (${error instanceof Error ? error.message : String(error)}); ` +
      "the compiler's output is above; it needs python3, make and a C++ compiler (build-essential on Debian/Ubuntu).",
  );
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

const built = path.join(copy, 'build/Release/better_sqlite3.node');
const builtAbi = existsSync(built) ? moduleAbiOf(readFileSync(built)) : null;
if (builtAbi?.kind !== 'node' || builtAbi.abi !== abi) {
  console.error(`The module built for Electron ${version} reports ABI ${builtAbi?.kind === 'node' ? builtAbi.abi : 'unknown'}, not ${abi}, so it was not installed.`);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}
mkdirSync(path.dirname(target), { recursive: true });
copyFileSync(built, target);
writeStamp(target, { electronVersion: version, abi, arch, headersUrl });
rmSync(work, { recursive: true, force: true });
console.log(`Built ${shown(target)} (ABI ${abi})`);
