// The window factory and the navigation rules: exact webPreferences, content protection,
// the app:// page, no navigation, no new windows, and nothing the page asks for handed to
// the OS: a renderer-chosen URL could carry PHI out in its query string.

import { describe, expect, test, vi } from 'vitest';
import { FakeBrowserWindow, fakeNavigation } from './fake-electron.js';

vi.mock('electron', async () => ({ BrowserWindow: (await import('./fake-electron.js')).FakeBrowserWindow, shell }));

const { createAlcoveWindow } = await import('../../src-main/electron/window.js');
const { APP_URL } = await import('../../src-main/electron/security.js');

// Stands in for electron.shell: the factory is not given one, so no call may ever reach it.
const shell = vi.hoisted(() => ({ openExternal: vi.fn(async () => undefined) }));

function makeWindow(isPackaged = true) {
  shell.openExternal.mockClear();
  createAlcoveWindow({ preload: '/app/dist/main/preload.cjs', isPackaged, dark: false });
  const win = FakeBrowserWindow.created.at(-1);
  if (!win) throw new Error('no window was created');
  return { win, shell };
}

describe('createAlcoveWindow', () => {
  test('uses exactly the hardened webPreferences', () => {
    const { win } = makeWindow(true);
    expect(win.options.webPreferences).toEqual({
      preload: '/app/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      enableWebSQL: false,
      devTools: false,
    });
    expect(win.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(win.options.show).toBe(false);
  });

  test('DevTools are available only in an unpackaged (development) build', () => {
    const dev = makeWindow(false).win;
    expect((dev.options.webPreferences as { devTools: boolean }).devTools).toBe(true);
    expect(dev.webContents.listeners.has('devtools-opened')).toBe(false);
    const packaged = makeWindow(true).win;
    packaged.webContents.emit('devtools-opened');
    expect(packaged.webContents.closeDevTools).toHaveBeenCalledOnce();
  });

  test('protects its content from capture and loads the app:// page', () => {
    const { win } = makeWindow();
    expect(win.setContentProtection).toHaveBeenCalledWith(true);
    expect(win.loadURL).toHaveBeenCalledWith(APP_URL);
    expect(APP_URL).toBe('app://alcove/index.html');
  });

  test('[HIPAA 164.312(e)(1)] navigation is always refused and no URL the page navigates to is opened', () => {
    const { win, shell } = makeWindow();
    const urls = [
      'https://example.org/?q=Jane+Doe',
      'mailto:clinic@example.org?subject=Jane%20Doe&body=PHQ-9%2021',
      'app://alcove/index.html',
      'https://example.org/page',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'http://example.org/',
    ];
    for (const url of urls) {
      const event = fakeNavigation(url);
      win.webContents.emit('will-navigate', event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  test('subframe navigation away from the app, redirects and webviews are refused', () => {
    const { win } = makeWindow();
    const away = fakeNavigation('https://example.org/');
    win.webContents.emit('will-frame-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
    const redirect = fakeNavigation('app://alcove/index.html');
    win.webContents.emit('will-redirect', redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = fakeNavigation('app://alcove/index.html');
    win.webContents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  test('[HIPAA 164.312(e)(1)] window.open is denied whatever the URL and opens nothing outside', () => {
    const { win, shell } = makeWindow();
    const open = win.webContents.openHandler;
    if (!open) throw new Error('no window open handler');
    for (const url of ['https://example.org/?q=Jane+Doe', 'app://alcove/index.html', 'https://example.org/', 'mailto:clinic@example.org', 'file:///tmp/x', 'smb://host/share', 'not a url']) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
