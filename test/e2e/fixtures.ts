// The end-to-end fixture: the built renderer served with the app's CSP, a fresh data
// directory and a fresh core per test, and window.alcove wired to that core through
// page.exposeBinding, so the real renderer drives the real core. Events the core raises
// (vault.locked, lock.warning, lock.flush) are pushed into the page the way main pushes them
// over IPC, and the core runs on a fake clock the test moves (alcove.clock.advance).

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createCore, type AlcoveCore } from '../../src-main/core.js';
import { FakeClock } from '../../src-main/lock/clock.js';
import { TEST_ONLY_CHEAP_KDF } from '../../src-main/crypto/kdf.js';
import type { EventName } from '../../src-main/api/methods.js';
import { FileSecretKeyStore } from '../../src-main/vault/keystore.js';
import { bridgeInitScript, DISPATCH_BINDING, EMIT_HOOK } from './support/bridge-script.js';
import { startRendererServer, type RendererServer } from './support/renderer-server.js';

export interface Alcove {
  home: string;
  core: AlcoveCore;
  origin: string;
  /** Push an event into the page, as main does with webContents.send. */
  emit(name: EventName, payload: unknown): Promise<void>;
  /** Open the app at its first screen. */
  open(): Promise<void>;
  /** The core's clock: time moves only when a test moves it (the inactivity lock's timers). */
  clock: FakeClock;
  /** Every event the core raised, in order (what tests wait on). */
  events: { name: EventName; payload: unknown }[];
  /** Stands in for the OS folder dialog main opens: the folder it will "pick" (null: cancelled). */
  folderDialog: { next: string | null };
}

/** Push an event into the page; resolves to how many of the page's listeners heard it. */
async function emitInto(page: Page, name: EventName, payload: unknown): Promise<number> {
  return page.evaluate(
    ([hook, n, p]) => {
      const target = globalThis as unknown as Record<string, (name: string, payload: unknown) => number>;
      return target[hook]?.(n, p) ?? 0;
    },
    [EMIT_HOOK, name, payload] as const,
  );
}

export const test = base.extend<{ alcove: Alcove }, { server: RendererServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring; the server needs none
    async ({}, use) => {
      const server = await startRendererServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  alcove: async ({ page, server }, use) => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'alcove-e2e-'));
    const clock = new FakeClock();
    const events: Alcove['events'] = [];
    // Events reach the page the way main pushes them over IPC. A flush request the page can no
    // longer answer (closed, reloading, not listening) is answered here, as main's flush timeout would.
    const emit = (name: EventName, payload: unknown) => {
      events.push({ name, payload });
      const unheard = () => {
        if (name === 'lock.flush') void core.dispatch('lock.flushed', payload);
      };
      void emitInto(page, name, payload).then((heard) => (heard === 0 ? unheard() : undefined), unheard);
    };
    const folderDialog: Alcove['folderDialog'] = { next: null };
    const core = createCore({
      home,
      keystore: new FileSecretKeyStore(home),
      kdf: { kind: 'fixed-for-tests', cost: TEST_ONLY_CHEAP_KDF },
      clock,
      emit,
      windowsListening: () => (page.isClosed() ? 0 : 1),
      chooseFolder: async () => folderDialog.next,
    });
    await page.exposeBinding(DISPATCH_BINDING, (source, method: unknown, input: unknown) => {
      // The same door check as Electron's IPC: only the app's own top frame may call.
      if (source.frame !== source.page.mainFrame() || new URL(source.frame.url()).origin !== server.origin) {
        return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'Refused.' } };
      }
      return core.dispatch(String(method), input);
    });
    await page.addInitScript({ content: bridgeInitScript() });
    const alcove: Alcove = {
      home,
      core,
      origin: server.origin,
      emit: async (name, payload) => {
        await emitInto(page, name, payload);
      },
      open: async () => {
        await page.goto(`${server.origin}/`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      },
      clock,
      events,
      folderDialog,
    };
    await use(alcove);
    // The page goes first: a lock at close then asks no window to flush (a flush waits on
    // the fake clock, which nothing moves once the test is over).
    await page.close();
    await core.close();
    await rm(home, { recursive: true, force: true });
  },
});

export { expect };

/** Passwords strong enough for the core's policy, used across the flows. */
export const PASSWORDS = {
  first: 'tidal marmot quivers near plinth',
  second: 'obsidian lantern waltzes eastward',
  third: 'copper heron sketches lagoon maps',
} as const;
