// Builds the object the renderer sees as window.alcove: one async function per contract
// method and onEvent for the events main pushes. Self-contained on purpose (no imports, no
// closures over module state): the Electron preload calls it with ipcRenderer, and the
// end-to-end harness ships its source text into Chromium as an init script, so both
// transports give the renderer an object of exactly the same shape.

export type Invoke = (method: string, input: unknown) => Promise<unknown>;
export type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;

export function buildAlcoveBridge(
  methods: readonly string[],
  events: readonly string[],
  invoke: Invoke,
  subscribe: Subscribe,
): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const method of methods) {
    // Only the single input argument crosses: nothing the renderer adds can ride along.
    api[method] = (input: unknown) => invoke(method, input === undefined ? {} : input);
  }
  api.onEvent = (name: unknown, cb: unknown): (() => void) => {
    if (typeof name !== 'string' || !events.includes(name)) throw new TypeError('Alcove does not send that event.');
    if (typeof cb !== 'function') throw new TypeError('onEvent needs a callback.');
    return subscribe(name, (payload) => (cb as (p: unknown) => void)(payload));
  };
  return Object.freeze(api);
}
