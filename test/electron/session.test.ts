// The session: every permission refused (asked, checked, or for devices), the spellchecker
// off, and no request leaves for anything but the app's own pages. The one way out to the
// OS is a key into the fixed table of external links.

import { describe, expect, test, vi } from 'vitest';
import type { Session } from 'electron';
import { AlcoveError } from '../../src-main/errors.js';
import { EXTERNAL_LINKS, openExternalLink } from '../../src-main/electron/external-links.js';
import { hardenSession, isAppUrl } from '../../src-main/electron/security.js';

vi.mock('electron', () => ({}));

type Handler = (...args: unknown[]) => unknown;

function fakeSession() {
  const h: Record<string, Handler> = {};
  const ses = {
    setPermissionRequestHandler: (fn: Handler) => (h.request = fn),
    setPermissionCheckHandler: (fn: Handler) => (h.check = fn),
    setDevicePermissionHandler: (fn: Handler) => (h.device = fn),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: { onBeforeRequest: (fn: Handler) => (h.beforeRequest = fn) },
  };
  hardenSession(ses as unknown as Session);
  return { h, ses };
}

describe('hardenSession', () => {
  test('denies every permission request, check and device', () => {
    const { h } = fakeSession();
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'display-capture', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      h.request?.({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(h.check?.({}, permission, 'app://alcove', {})).toBe(false);
    }
    expect(h.device?.({ deviceType: 'usb', origin: 'app://alcove' })).toBe(false);
  });

  test('turns the spellchecker off (it downloads dictionaries)', () => {
    const { ses } = fakeSession();
    expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  test('cancels every request that is not for the app itself', () => {
    const { h } = fakeSession();
    const decide = (url: string) => {
      const callback = vi.fn();
      h.beforeRequest?.({ url }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    };
    expect(decide('app://alcove/assets/index.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('https://example.org/')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('app://elsewhere/index.html')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
  });
});

describe('isAppUrl', () => {
  test('only app://alcove is the app', () => {
    expect(isAppUrl('app://alcove/index.html')).toBe(true);
    expect(isAppUrl('app://alcove.evil/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@alcove/')).toBe(false);
    expect(isAppUrl('https://alcove/')).toBe(false);
    expect(isAppUrl('garbage')).toBe(false);
  });
});

describe('openExternalLink', () => {
  const fakeShell = () => ({ openExternal: vi.fn(async () => undefined) });

  test('opening by key hands the OS exactly that key\'s URL from the table', () => {
    const shell = fakeShell();
    openExternalLink(shell, 'geonames');
    openExternalLink(shell, 'cc-by-4.0');
    expect(shell.openExternal.mock.calls).toEqual([['https://www.geonames.org/'], ['https://creativecommons.org/licenses/by/4.0/']]);
    expect(shell.openExternal.mock.calls.map((c: unknown[]) => c[0])).toEqual(Object.values(EXTERNAL_LINKS));
  });

  test('[HIPAA 164.312(e)(1)] a URL, an unknown key or a non-string is refused with VALIDATION_FAILED and opens nothing', () => {
    const shell = fakeShell();
    for (const key of ['https://example.org/?q=Jane+Doe', 'mailto:clinic@example.org?body=Jane+Doe', 'help', 'GEONAMES', 'geonames ', 'toString', '__proto__', '', 42, null, undefined, { key: 'geonames' }, ['geonames']]) {
      let thrown: unknown;
      try {
        openExternalLink(shell, key);
      } catch (err) {
        thrown = err;
      }
      expect(thrown, String(JSON.stringify(key))).toBeInstanceOf(AlcoveError);
      expect((thrown as AlcoveError).code).toBe('VALIDATION_FAILED');
      expect((thrown as AlcoveError).message).not.toContain('Jane');
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  test('every URL in the table is a plain https page with no query, fragment or credentials', () => {
    for (const url of Object.values(EXTERNAL_LINKS)) {
      const parsed = new URL(url);
      expect(parsed.protocol, url).toBe('https:');
      expect(parsed.search + parsed.hash + parsed.username + parsed.password, url).toBe('');
      expect(parsed.href, url).toBe(url);
    }
  });
});
