// Where things live in the data directory. The secret key is kept outside the vault's own
// folder on purpose: a copy of the vault folder (a backup, a synced header) must be useless
// to an offline password guesser without the device's secret key.

import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Alcove';

export interface VaultPaths {
  dir: string;
  header: string;
  database: string;
  lockout: string;
  pendingAudit: string;
  /** Rotating the data key (engine.ts rotateDataKey): the journal, and the files it names. */
  rotation: string;
  nextDatabase: string;
  nextHeader: string;
  oldDatabase: string;
}

export function vaultsDir(home: string): string {
  return path.join(home, 'vaults');
}

export function vaultPaths(home: string, vaultId: string): VaultPaths {
  const dir = path.join(vaultsDir(home), vaultId);
  return {
    dir,
    header: path.join(dir, 'header.json'),
    database: path.join(dir, 'vault.db'),
    lockout: path.join(dir, 'lockout.json'),
    pendingAudit: path.join(dir, 'pending-audit.json'),
    rotation: path.join(dir, 'rotate.json'),
    nextDatabase: path.join(dir, 'vault.db.next'),
    nextHeader: path.join(dir, 'header.next.json'),
    oldDatabase: path.join(dir, 'vault.db.old'),
  };
}

export function keystoreDir(home: string): string {
  return path.join(home, 'keystore');
}

export function logsDir(home: string): string {
  return path.join(home, 'logs');
}

/**
 * The data directory: --home, else ALCOVE_HOME, else the same folder Electron's
 * app.getPath('userData') gives the desktop app, so the CLI and the app see the same vaults.
 */
export function resolveHome(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return path.resolve(explicit);
  if (env.ALCOVE_HOME) return path.resolve(env.ALCOVE_HOME);
  const home = os.homedir();
  switch (process.platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
  }
}

/**
 * The CLI's default key directory: the OS's per-user configuration place, apart from the data
 * folder, so that a copy of the data folder never holds the secret key too. On Windows it is
 * under Local (which does not roam with the profile), the data under Roaming.
 */
export function defaultKeysDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  switch (platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Preferences', `${PRODUCT_NAME} Keys`);
    case 'win32':
      return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), PRODUCT_NAME, 'Keys');
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), `${PRODUCT_NAME.toLowerCase()}-keys`);
  }
}
