// The sandboxed preload: exposes window.alcove and nothing else. It imports only the
// contract's method and event lists; no ipcRenderer, no process, no channel name chosen by
// the renderer ever crosses contextBridge.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES, METHOD_NAMES } from '../src-main/api/methods.js';
import { buildAlcoveBridge } from './bridge.js';

const bridge = buildAlcoveBridge(
  METHOD_NAMES,
  EVENT_NAMES,
  (method, input) => ipcRenderer.invoke(method, input),
  (event, listener) => {
    // Drop the IpcRendererEvent: it carries a sender the renderer must never hold.
    const relay = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, relay);
    return () => {
      ipcRenderer.removeListener(event, relay);
    };
  },
);

contextBridge.exposeInMainWorld('alcove', bridge);
