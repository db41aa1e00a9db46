// Small stand-ins for the Electron objects the layer touches, recording what it registers.
// Used through vi.mock('electron', …): Electron's binary is not on these machines, and the
// point is to assert exactly what our code asks of Electron.

import { vi } from 'vitest';
type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents {
  readonly listeners = new Map<string, Listener[]>();
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly closeDevTools = vi.fn();
  readonly send = vi.fn();
  url = 'app://alcove/index.html';
  readonly mainFrame = { url: 'app://alcove/index.html' };

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }

  emit(name: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(name) ?? []) l(...args);
  }

  getURL(): string {
    return this.url;
  }

  isDestroyed(): boolean {
    return false;
  }
}

export class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly setContentProtection = vi.fn();
  readonly loadURL = vi.fn(async () => undefined);
  readonly once = vi.fn();

  constructor(readonly options: Record<string, unknown>) {
    FakeBrowserWindow.created.push(this);
  }
}

/** A navigation-like event whose preventDefault we can observe. */
export function fakeNavigation(url: string): { url: string; preventDefault: ReturnType<typeof vi.fn> } {
  return { url, preventDefault: vi.fn() };
}
