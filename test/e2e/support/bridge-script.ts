// The init script that gives the page window.alcove in Chromium: the very function the
// Electron preload uses (src-preload/bridge.ts), shipped as source text, with the Playwright
// binding in place of ipcRenderer.invoke and a small event hub in place of ipcRenderer.on.

import { EVENT_NAMES, METHOD_NAMES } from '../../../src-main/api/methods.js';
import { buildAlcoveBridge } from '../../../src-preload/bridge.js';

export const DISPATCH_BINDING = '__alcoveDispatch';
export const EMIT_HOOK = '__alcoveHarnessEmit';

export function bridgeInitScript(): string {
  return `(() => {
  const listeners = new Map();
  const subscribe = (event, listener) => {
    let set = listeners.get(event);
    if (!set) { set = new Set(); listeners.set(event, set); }
    set.add(listener);
    return () => { set.delete(listener); };
  };
  // The test process pushes events (vault.locked) through this hook, as main does over IPC;
  // it answers how many listeners heard it.
  Object.defineProperty(window, ${JSON.stringify(EMIT_HOOK)}, {
    value: (name, payload) => { const ls = [...(listeners.get(name) || [])]; for (const l of ls) l(payload); return ls.length; },
  });
  const build = ${buildAlcoveBridge.toString()};
  const bridge = build(${JSON.stringify(METHOD_NAMES)}, ${JSON.stringify(EVENT_NAMES)},
    (method, input) => window[${JSON.stringify(DISPATCH_BINDING)}](method, input), subscribe);
  Object.defineProperty(window, 'alcove', { value: bridge, enumerable: true });
})();`;
}
