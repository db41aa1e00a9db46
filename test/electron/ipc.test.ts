// IPC registration from the contract, and the door check: a call from a foreign origin, a
// subframe, or a destroyed frame is refused and never reaches dispatch.

import { describe, expect, test, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { METHOD_NAMES } from '../../src-main/api/methods.js';
import { isTrustedSender, registerApiHandlers, sendAppEvent, type SenderEvent } from '../../src-main/electron/ipc.js';
import { silentLog } from '../../src-main/log/logger.js';
import { FakeWebContents } from './fake-electron.js';

vi.mock('electron', () => ({}));

type Handle = (event: SenderEvent, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Handle>();
  const ipc = { handle: (channel: string, fn: Handle) => handlers.set(channel, fn), removeHandler: (channel: string) => handlers.delete(channel) };
  const dispatch = vi.fn(async (method: string, input: unknown) => ({ ok: true as const, value: { method, input } }));
  const unregister = registerApiHandlers(ipc as unknown as IpcMain, dispatch, silentLog);
  return { handlers, dispatch, unregister };
}

function eventFrom(url: string, options: { subframe?: boolean; noFrame?: boolean } = {}): SenderEvent {
  const mainFrame = { url };
  const senderFrame = options.noFrame ? null : options.subframe ? { url } : mainFrame;
  return { sender: { mainFrame }, senderFrame } as unknown as SenderEvent;
}

describe('registerApiHandlers', () => {
  test('registers exactly one handler per contract method, and removes them', () => {
    const { handlers, unregister } = setup();
    expect([...handlers.keys()].sort()).toEqual([...METHOD_NAMES].sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  test('a call from the app page reaches dispatch with its single input only', async () => {
    const { handlers, dispatch } = setup();
    const result = await handlers.get('vault.list')?.(eventFrom('app://alcove/index.html'), { a: 1 }, 'smuggled');
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('vault.list', { a: 1 });
    expect(result).toEqual({ ok: true, value: { method: 'vault.list', input: { a: 1 } } });
  });

  test.each([
    ['a foreign origin', eventFrom('https://evil.example/')],
    ['a look-alike app host', eventFrom('app://alcove.evil/index.html')],
    ['a file:// page', eventFrom('file:///tmp/index.html')],
    ['a subframe of the app', eventFrom('app://alcove/index.html', { subframe: true })],
    ['a destroyed frame', eventFrom('app://alcove/index.html', { noFrame: true })],
  ])('a call from %s is refused and never reaches dispatch', async (_what, event) => {
    const { handlers, dispatch } = setup();
    for (const method of METHOD_NAMES) {
      const result = await handlers.get(method)?.(event, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  test('[HIPAA 164.312(a)(1)] isTrustedSender wants the top frame of the app page', () => {
    expect(isTrustedSender(eventFrom('app://alcove/index.html'))).toBe(true);
    expect(isTrustedSender(eventFrom('app://alcove/index.html', { subframe: true }))).toBe(false);
  });
});

describe('sendAppEvent', () => {
  test('pushes events only to pages showing the app', () => {
    const app = new FakeWebContents();
    const elsewhere = new FakeWebContents();
    elsewhere.url = 'https://example.org/';
    sendAppEvent([app, elsewhere] as never, 'vault.locked', { reason: 'idle' });
    expect(app.send).toHaveBeenCalledWith('vault.locked', { reason: 'idle' });
    expect(elsewhere.send).not.toHaveBeenCalled();
  });
});
