#!/usr/bin/env node
// Works around npm bug #4828: npm writes a lockfile that names only the platform packages of
// optional dependencies it saw installed (e.g. @rollup/rollup-linux-x64-gnu), while `npm ci`
// on npm 11 insists that every optional dependency named in the lock has its own entry. This
// script adds the missing entries from the registry's metadata (version, integrity, os/cpu),
// so `npm ci` works on every platform. Run it after any `npm install` that touches the lock:
//   node .ci/complete-lockfile.mjs && npm ci --dry-run
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;

function resolveLocation(parentPath, name) {
  // Node's resolution: the parent's own node_modules, then each ancestor's, then the top.
  let base = parentPath;
  while (true) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return { found: true, path: candidate };
    if (!base) return { found: false, path: `node_modules/${name}` };
    const idx = base.lastIndexOf('/node_modules/');
    base = idx < 0 ? '' : base.slice(0, idx);
  }
}

for (const [path, meta] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    const where = resolveLocation(path, name);
    if (where.found) continue;
    const info = JSON.parse(execFileSync('npm', ['view', `${name}@${spec}`, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const v = Array.isArray(info) ? info.at(-1) : info;
    const entry = { version: v.version, resolved: v.dist.tarball, integrity: v.dist.integrity };
    for (const key of ['cpu', 'os', 'libc']) if (v[key]) entry[key] = v[key];
    if (meta.dev) entry.dev = true;
    entry.license = v.license;
    entry.optional = true;
    if (v.engines) entry.engines = v.engines;
    packages[where.path] = entry;
    added++;
    console.log(`added ${where.path}@${v.version}`);
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `${added} missing optional entries added` : 'lockfile already complete');
