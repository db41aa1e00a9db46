// Where the copy of better-sqlite3's native module built for Electron's ABI lives (see
// scripts/rebuild-native-for-electron.mjs). It sits apart from the Node build, so `npm test`
// under Node keeps working after `npm start`. Electron-free, so tests can import it.

import path from 'node:path';

export const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';

export function electronNativeBindingPath(projectRoot: string, electronVersion: string, arch: string = process.arch): string {
  return path.join(projectRoot, 'node_modules', '.electron-native', `${NATIVE_MODULE}-electron-${electronVersion}-${arch}`, 'better_sqlite3.node');
}
