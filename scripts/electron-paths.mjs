// Paths shared by the scripts and the Electron smoke test: where Electron's binary would be
// (without require('electron'), which would try to download it), and where the database
// module built for Electron's ABI goes. Mirrors src-main/electron/native-binding.ts.
import { existsSync, readFileSync, accessSync, constants } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';

export function electronVersion() {
  return JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/electron/package.json'), 'utf8')).version;
}

/** The Electron executable if it has been downloaded and is runnable, else null. */
export function electronBinary() {
  const dir = path.join(projectRoot, 'node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, readFileSync(pathFile, 'utf8').trim())
    : path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  try {
    accessSync(binary, constants.X_OK);
    return binary;
  } catch {
    return null;
  }
}

export function electronNativeBindingPath(version = electronVersion(), arch = process.arch) {
  return path.join(projectRoot, 'node_modules', '.electron-native', `${NATIVE_MODULE}-electron-${version}-${arch}`, 'better_sqlite3.node');
}
