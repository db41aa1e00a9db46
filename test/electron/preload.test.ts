// The preload exposes window.alcove with exactly the contract's methods plus onEvent, and
// nothing that would let the renderer reach ipcRenderer, process or an arbitrary channel.

import { describe, expect, test, vi } from 'vitest';
import { EVENT_NAMES, METHOD_NAMES } from '../../src-main/api/methods.js';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

await import('../../src-preload/index.js');

function exposed(): Record<string, unknown> {
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
  expect(name).toBe('alcove');
  return api;
}

describe('preload', () => {
  test('exposes exactly one function per contract method, plus onEvent', () => {
    const api = exposed();
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'onEvent'].sort());
    for (const key of Object.keys(api)) expect(typeof api[key]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'on', 'process', 'require']) expect(api).not.toHaveProperty(forbidden);
  });

  test('each method invokes its own channel with its single input', async () => {
    const api = exposed();
    for (const method of METHOD_NAMES) {
      electron.ipcRenderer.invoke.mockClear();
      await (api[method] as (input: unknown, extra?: unknown) => Promise<unknown>)({ x: 1 }, 'extra');
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(method, { x: 1 });
    }
  });

  test('onEvent accepts only the contract events and returns an unsubscribe', () => {
    const onEvent = exposed().onEvent as (name: string, cb: (p: unknown) => void) => () => void;
    expect(() => onEvent('ipc:anything', () => undefined)).toThrow(TypeError);
    for (const name of EVENT_NAMES) {
      electron.ipcRenderer.on.mockClear();
      const cb = vi.fn();
      const unsubscribe = onEvent(name, cb);
      const [channel, relay] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, (e: unknown, p: unknown) => void];
      expect(channel).toBe(name);
      relay({ sender: 'the IpcRendererEvent' }, { reason: 'idle' });
      // The renderer gets the payload only, never the IPC event and its sender.
      expect(cb).toHaveBeenCalledExactlyOnceWith({ reason: 'idle' });
      unsubscribe();
      expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(name, relay);
    }
  });
});
