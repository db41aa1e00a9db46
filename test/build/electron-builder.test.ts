// electron-builder cannot package here (it downloads Electron's zip), so its configuration is
// checked by electron-builder's own loader and schema validator, plus the settings we rely on.

import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  asarUnpack?: string[];
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[] };
  win?: { target?: string[] };
  mac?: { target?: string[] };
  files?: unknown;
}

const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig: (dir: string, file: string | null, opts: null) => Promise<BuilderConfig>;
  validateConfiguration: (c: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

async function loadConfig(): Promise<BuilderConfig> {
  const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(loadConfig()).resolves.toBeTruthy();
  });

  it('the validator does refuse a configuration with an unknown setting (control)', async () => {
    await expect(validateConfiguration({ appId: 'x', notASetting: true }, new DebugLogger(false))).rejects.toThrow(/notASetting/);
  });

  it('names the app and builds AppImage + deb, NSIS and dmg', async () => {
    const c = await loadConfig();
    expect(c.appId).toBe('health.alcove.desktop');
    expect(c.productName).toBe('Alcove');
    expect(c.linux?.target).toEqual(['AppImage', 'deb']);
    expect(c.win?.target).toEqual(['nsis']);
    expect(c.mac?.target).toEqual(['dmg']);
  });

  it('unpacks the native modules from the asar and flips the security fuses', async () => {
    const c = await loadConfig();
    expect(c.asar).toBe(true);
    expect(c.asarUnpack).toContain('**/node_modules/better-sqlite3-multiple-ciphers/**');
    expect(c.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(JSON.stringify(c.files)).toContain('!**/*.map');
  });
});
