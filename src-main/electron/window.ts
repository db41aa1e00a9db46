// The one window factory. Every Alcove window is built here with the hardened preferences,
// content protection (screen capture and sharing show a blank window: it shows PHI), and
// navigation locked to the app's own page, with nothing the page asks for handed to the OS.

import { BrowserWindow } from 'electron';
import { APP_URL, hardenWebContents } from './security.js';

export interface WindowOptions {
  preload: string;
  isPackaged: boolean;
  dark: boolean;
}

export function createAlcoveWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 760,
    minHeight: 560,
    show: false,
    title: 'Alcove',
    autoHideMenuBar: true,
    // The theme's page colour, so the window does not flash white in dark mode.
    backgroundColor: options.dark ? '#14181c' : '#f4f1ec',
    // Written out here, in the constructor call, so a reviewer (and Electronegativity) sees
    // every setting where the window is made. test/electron/window.test.ts pins them.
    webPreferences: {
      preload: options.preload,
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
      // Chromium's spellchecker downloads dictionaries; clinical text stays off the network.
      spellcheck: false,
      safeDialogs: true,
      // Middle-click would otherwise open links in new windows without window.open.
      disableBlinkFeatures: 'Auxclick',
      enableWebSQL: false,
      devTools: !options.isPackaged,
    },
  });
  win.setContentProtection(true);
  hardenWebContents(win.webContents, { isPackaged: options.isPackaged });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_URL);
  return win;
}
