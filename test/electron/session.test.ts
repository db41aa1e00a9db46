// The session: every permission refused (asked, checked, or for devices), the spellchecker
// off, and no request leaves for anything but the app's own pages.

import { describe, expect, test, vi } from 'vitest';
import type { Session } from 'electron';
import { hardenSession, isAppUrl, openExternalIfAllowed } from '../../src-main/electron/security.js';

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

describe('isAppUrl and openExternalIfAllowed', () => {
  test('only app://alcove is the app', () => {
    expect(isAppUrl('app://alcove/index.html')).toBe(true);
    expect(isAppUrl('app://alcove.evil/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@alcove/')).toBe(false);
    expect(isAppUrl('https://alcove/')).toBe(false);
    expect(isAppUrl('garbage')).toBe(false);
  });

  test('opens only parsed https/mailto URLs, normalised', () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    expect(openExternalIfAllowed(shell, 'HTTPS://Example.org/a b')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/a%20b');
    expect(openExternalIfAllowed(shell, 'https://user:pw@example.org/')).toBe(false);
    expect(openExternalIfAllowed(shell, 'file:///bin/sh')).toBe(false);
    expect(openExternalIfAllowed(shell, 'ms-msdt:/id')).toBe(false);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });
});
