// The security settings every Alcove window and its session get, in one place so the unit
// tests can assert them exactly: Electron's security checklist, applied without exceptions.

import type { Session, Shell, WebContents } from 'electron';

/** The renderer's own origin: a privileged custom scheme, never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'alcove';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Links a therapist may follow out of the app, opened in the system browser or mail app. */
export const EXTERNAL_SCHEMES: ReadonlySet<string> = new Set(['https:', 'mailto:']);

/**
 * True for URLs of the app's own pages. WHATWG URL gives non-special schemes an opaque
 * origin ("null"), so the scheme and host are compared instead of .origin.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/**
 * Open a link outside the app only if it parses and its scheme is on the allowlist; the
 * normalised URL (not the raw string) is what the OS receives. Returns whether it opened.
 */
export function openExternalIfAllowed(shell: Pick<Shell, 'openExternal'>, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_SCHEMES.has(parsed.protocol) || parsed.username !== '' || parsed.password !== '') return false;
  void shell.openExternal(parsed.href).catch(() => undefined);
  return true;
}

/**
 * Navigation never leaves the app's single page: in-app navigation is refused too (the app
 * has none), an allowed external link goes to the OS, window.open is always denied, and
 * webviews never attach. In a packaged build DevTools closes as soon as it opens.
 */
export function hardenWebContents(contents: WebContents, options: { shell: Pick<Shell, 'openExternal'>; isPackaged: boolean }): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    if (!isAppUrl(event.url)) openExternalIfAllowed(options.shell, event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(options.shell, url);
    return { action: 'deny' };
  });
  if (options.isPackaged) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

/** Every permission (camera, microphone, notifications, USB, …) is refused, asked or checked. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  // Defence in depth behind the CSP: nothing leaves for the network from any page.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
}

function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('data:') || url.startsWith('devtools:');
}
