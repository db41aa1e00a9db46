// The desktop app's composition root: one instance, the app:// protocol, a hardened session
// and window, the core wired with the OS keychain, IPC from the contract, and lock on screen
// lock or sleep. Everything else lives in the Electron-free core.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, dialog, ipcMain, nativeTheme, powerMonitor, protocol, safeStorage, session } from 'electron';
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
  // No crash reporter, ever: a minidump of the main process or the vault worker holds its
  // memory, and that memory holds the data key and decrypted records (HIPAA 164.312(a)(1)).
  // test/electron/no-crash-dumps.test.ts keeps it out of the sources and the bundle.
  process.on('uncaughtException', (err) => log.error('main.uncaught_exception', errorFields(err)));
  process.on('unhandledRejection', (err) => log.error('main.unhandled_rejection', errorFields(err)));
  const keys = createDeviceKeyStore(home, safeStorage);
  log.info('app.started', { state: keys.protection });
  const binding = nativeBinding();
  const worker = new VaultWorkerClient({ boot: WORKER, entry: WORKER, ...(binding ? { nativeBinding: binding } : {}) });
  const appPages = () => BrowserWindow.getAllWindows().map((w) => w.webContents).filter((c) => !c.isDestroyed() && isAppUrl(c.getURL()));
  const core: AlcoveCore = createCore({
    home,
    keystore: keys.store,
    log,
    worker,
    // Events reach only the app's own pages; a lock also forgets any session-only secret key.
    emit: (event, payload) => {
      if (event === 'vault.locked') keys.forgetAll();
      sendAppEvent(appPages(), event, payload, log);
    },
    windowsListening: () => appPages().length,
    clipboard: { readText: () => clipboard.readText(), clear: () => clipboard.clear() },
    systemIdleMs: () => powerMonitor.getSystemIdleTime() * 1000,
    // The folder comes from the OS dialog main opens itself, never as a path from the page.
    chooseFolder: async () => {
      const parent = BrowserWindow.getFocusedWindow();
      const options = {
        title: 'Choose a folder for copies of the audit checkpoints',
        buttonLabel: 'Keep copies here',
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const picked = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
  });

  hardenSession(session.defaultSession);
  serveRenderer(session.defaultSession.protocol, RENDERER_DIR);
  registerApiHandlers(ipcMain, core.dispatch, log);

  // Any other web contents (DevTools excepted) gets the same refusals.
  app.on('web-contents-created', (_event, contents) => {
    if (contents.getType() !== 'window') return;
    hardenWebContents(contents, { isPackaged: app.isPackaged });
  });

  // HIPAA automatic logoff: the OS locking, sleeping or switching user locks the vault at once,
  // and a resumed laptop finds it locked.
  const lockOn = (event: 'lock-screen' | 'suspend' | 'user-switch' | 'resume') => () => {
    void core.power(event).catch((err: unknown) => log.error('vault.lock_failed', errorFields(err)));
  };
  powerMonitor.on('lock-screen', lockOn('lock-screen'));
  powerMonitor.on('suspend', lockOn('suspend'));
  powerMonitor.on('user-did-resign-active', lockOn('user-switch'));
  powerMonitor.on('resume', lockOn('resume'));

  let window = createAlcoveWindow({ preload: PRELOAD, isPackaged: app.isPackaged, dark: nativeTheme.shouldUseDarkColors });
  app.on('second-instance', () => {
    if (window.isDestroyed()) window = createAlcoveWindow({ preload: PRELOAD, isPackaged: app.isPackaged, dark: nativeTheme.shouldUseDarkColors });
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
