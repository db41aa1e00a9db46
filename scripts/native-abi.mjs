// Which ABI a compiled native module was built for, and the stamp that records a finished
// Electron build. A cached module is trusted only when the stamp, the file's hash and the
// ABI read from the binary itself all match what the installed Electron needs: a module
// compiled against the wrong headers (the system Node's, say) is rebuilt, never loaded.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './electron-paths.mjs';

const STAMP_FORMAT = 'alcove.electron-native-stamp';

/**
 * The ABI a .node file was compiled for, from the registration symbol its exports name:
 * `node_register_module_v<NODE_MODULE_VERSION>` for a V8/NAN addon (better-sqlite3), or
 * `napi_register_module_v1` for a Node-API one (ABI-stable). Works on ELF, Mach-O and PE,
 * which all keep exported names as plain strings. Null when neither or several ABIs appear.
 */
export function moduleAbiOf(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  const abis = new Set([...text.matchAll(/node_register_module_v(\d+)/g)].map((m) => Number(m[1])));
  if (abis.size === 1) return { kind: 'node', abi: [...abis][0] };
  if (abis.size === 0 && text.includes('napi_register_module_v1')) return { kind: 'napi' };
  return null;
}

/** NODE_MODULE_VERSION of the installed Electron, from the abi_version file its package ships. */
export function electronAbi(root = projectRoot) {
  const abi = Number(readFileSync(path.join(root, 'node_modules/electron/abi_version'), 'utf8').trim());
  if (!Number.isInteger(abi) || abi <= 0) throw new Error('node_modules/electron/abi_version does not hold an ABI number.');
  return abi;
}

export function sha256Of(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function stampPathFor(binding) {
  return path.join(path.dirname(binding), 'stamp.json');
}

/** Written last, only after a build whose ABI was read back and found right. */
export function writeStamp(binding, { electronVersion, abi, arch, platform = process.platform, headersUrl }) {
  const stamp = { format: STAMP_FORMAT, version: 1, electronVersion, abi, arch, platform, headersUrl, sha256: sha256Of(binding), builtAt: new Date().toISOString() };
  writeFileSync(stampPathFor(binding), `${JSON.stringify(stamp, null, 2)}\n`);
  return stamp;
}

/** Whether the module at `binding` may be used for Electron `electronVersion`; else why not. */
export function checkCachedModule(binding, { electronVersion, abi, arch, platform = process.platform }) {
  if (!existsSync(binding)) return { trusted: false, reason: 'no module has been built yet' };
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampPathFor(binding), 'utf8'));
  } catch {
    return { trusted: false, reason: 'it has no build stamp (an interrupted or older build)' };
  }
  if (stamp?.format !== STAMP_FORMAT) return { trusted: false, reason: 'its build stamp is not one this script wrote' };
  const want = { electronVersion, abi, arch, platform };
  for (const [key, value] of Object.entries(want)) {
    if (stamp[key] !== value) return { trusted: false, reason: `its stamp says ${key} ${stamp[key]}, not ${value}` };
  }
  if (stamp.sha256 !== sha256Of(binding)) return { trusted: false, reason: 'the file changed after it was built (its SHA-256 is not the stamped one)' };
  const read = moduleAbiOf(readFileSync(binding));
  if (read === null) return { trusted: false, reason: 'its ABI cannot be read from the binary' };
  if (read.kind === 'node' && read.abi !== abi) {
    return { trusted: false, reason: `the binary is built for ABI ${read.abi}, but Electron ${electronVersion} needs ${abi}` };
  }
  return { trusted: true, stamp };
}
