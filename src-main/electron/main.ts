// The desktop app's composition root: one instance, the app:// protocol, a hardened session
// and window, the core wired with the OS keychain, IPC from the contract, and lock on screen
// lock or sleep. Everything else lives in the Electron-free core.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, nativeTheme, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import { createCore, type AlcoveCore } from '../core.js';
import { createLogger, errorFields } from '../log/logger.js';
import { resolveHome } from '../vault/paths.js';
import { VaultWorkerClient } from '../vault/worker-client.js';
import { registerApiHandlers, sendAppEvent } from './ipc.js';
import { createDeviceKeyStore } from './keystore.js';
import { electronNativeBindingPath } from './native-binding.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { hardenSession, hardenWebContents, isAppUrl } from './security.js';
import { createAlcoveWindow } from './window.js';

// The bundle sits in dist/main/: the worker and preload beside it, the renderer next door.
const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..', '..');
const PRELOAD = path.join(here, 'preload.cjs');
const WORKER = new URL('./vault-worker.mjs', import.meta.url);
const RENDERER_DIR = path.resolve(here, '..', 'renderer');

registerAppScheme(protocol);
app.enableSandbox();

const home = resolveHome();
// Chromium's own profile lives inside Alcove's folder, not in a second place.
app.setPath('userData', path.join(home, 'chromium-profile'));

if (!app.requestSingleInstanceLock()) {
  // Two instances would fight over the same vault worker and lockout counters.
  app.quit();
} else {
  void app.whenReady().then(start, (err: unknown) => {
    process.stderr.write(`Alcove could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    app.exit(1);
  });
}

function nativeBinding(): string | undefined {
  // A packaged app ships a module electron-builder already rebuilt for Electron.
  if (app.isPackaged) return undefined;
  const file = electronNativeBindingPath(projectRoot, process.versions.electron ?? 'unknown');
  if (!existsSync(file)) {
    throw new Error(`The database module for Electron is missing (${file}). Run "npm start", which builds it first.`);
  }
  return file;
}

async function start(): Promise<void> {
  const log = createLogger({ home });
  const keys = createDeviceKeyStore(home, safeStorage);
  log.info('app.started', { state: keys.protection });
  const binding = nativeBinding();
  const worker = new VaultWorkerClient({ boot: WORKER, entry: WORKER, ...(binding ? { nativeBinding: binding } : {}) });
  const core: AlcoveCore = createCore({ home, keystore: keys.store, log, worker });

  hardenSession(session.defaultSession);
  serveRenderer(session.defaultSession.protocol, RENDERER_DIR);
  registerApiHandlers(ipcMain, core.dispatch, log);

  // Any other web contents (DevTools excepted) gets the same refusals.
  app.on('web-contents-created', (_event, contents) => {
    if (contents.getType() !== 'window') return;
    hardenWebContents(contents, { shell, isPackaged: app.isPackaged });
  });

  const appPages = () => BrowserWindow.getAllWindows().map((w) => w.webContents).filter((c) => isAppUrl(c.getURL()));
  core.vault.onLocked((reason) => {
    keys.forgetAll();
    sendAppEvent(appPages(), 'vault.locked', { reason });
  });
  const lockFor = (reason: string) => () => {
    void core.vault.lock(reason).catch((err: unknown) => log.error('vault.lock_failed', errorFields(err)));
  };
  powerMonitor.on('lock-screen', lockFor('screen-locked'));
  powerMonitor.on('suspend', lockFor('suspend'));

  let window = createAlcoveWindow({ preload: PRELOAD, isPackaged: app.isPackaged, shell, dark: nativeTheme.shouldUseDarkColors });
  app.on('second-instance', () => {
    if (window.isDestroyed()) window = createAlcoveWindow({ preload: PRELOAD, isPackaged: app.isPackaged, shell, dark: nativeTheme.shouldUseDarkColors });
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());

  // Quitting locks first: the WAL is checkpointed and the worker's keys wiped.
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void core
      .close()
      .catch((err: unknown) => log.error('app.close_failed', errorFields(err)))
      .finally(() => {
        closed = true;
        keys.forgetAll();
        app.quit();
      });
  });
}
