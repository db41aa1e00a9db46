// The security settings every Alcove window and its session get, in one place so the unit
// tests can assert them exactly: Electron's security checklist, applied without exceptions.

import type { Session, WebContents } from 'electron';

/** The renderer's own origin: a privileged custom scheme, never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'alcove';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

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
 * Navigation never leaves the app's single page: in-app navigation is refused too (the app
 * has none), window.open is always denied, and webviews never attach. In a packaged build
 * DevTools closes as soon as it opens.
 *
 * Neither a refused navigation nor a denied window.open is handed to the OS, whatever its
 * scheme: a URL the page chose can carry PHI in its path or query string to a browser, a
 * mail app or a server (HIPAA 164.312(e)(1), transmission security). The only way out is
 * openExternalLink() in external-links.ts, by key into a fixed table; nothing is logged
 * here, since the URL itself is what must not leave.
 */
export function hardenWebContents(contents: WebContents, options: { isPackaged: boolean }): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
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
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
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
