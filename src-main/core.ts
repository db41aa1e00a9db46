// The composition root of the Electron-free core: one place that wires the vault, the lock,
// the API handlers and the dispatcher from their collaborators. Electron, the CLI and the
// end-to-end harness each call this with their own key store, logger, clock and event sink.

import { createDispatcher, type Dispatch } from './api/dispatcher.js';
import { createHandlers } from './api/handlers.js';
import type { EventName } from './api/methods.js';
import { silentLog, type Log } from './log/logger.js';
import { ClipboardGuard, type SystemClipboard } from './lock/clipboard.js';
import { systemClock, type Clock } from './lock/clock.js';
import { LockController, type PowerEvent } from './lock/controller.js';
import { DraftFlushRequests } from './lock/flush.js';
import { DEFAULT_LOCK_SETTINGS, effectiveTimeoutMs } from './lock/policy.js';
import type { SecretKeyStore } from './vault/keystore.js';
import { VaultService, type KdfChoice } from './vault/service.js';
import type { VaultWorkerClient } from './vault/worker-client.js';

export interface CoreOptions {
  home: string;
  keystore: SecretKeyStore;
  log?: Log;
  /** Time and timers (the lock); a fake one in tests. */
  clock?: Clock;
  /** @deprecated use clock; kept for tests that only move time. */
  now?: () => number;
  kdf?: KdfChoice;
  worker?: VaultWorkerClient;
  /** Push an event to the app's windows (Electron IPC, or the test page). */
  emit?: (event: EventName, payload: unknown) => void;
  /** How many windows will answer a draft flush before a lock (0 for the CLI). */
  windowsListening?: () => number;
  /** The system clipboard, where there is one. */
  clipboard?: SystemClipboard;
  /** The OS's idle time in ms (Electron's powerMonitor). */
  systemIdleMs?: () => number;
  /** A practice policy's cap on the lock timeout, in minutes. */
  policyCapMinutes?: number | null;
  /** The OS folder dialog (Electron's), for folders the user picks; none in the CLI. */
  chooseFolder?: (purpose: 'witness') => Promise<string | null>;
}

export interface AlcoveCore {
  vault: VaultService;
  lock: LockController;
  dispatch: Dispatch;
  /** OS power events: suspend, screen lock and user switch lock at once. */
  power(event: PowerEvent): Promise<void>;
  close(): Promise<void>;
}

export function createCore(options: CoreOptions): AlcoveCore {
  const log = options.log ?? silentLog;
  const base = options.clock ?? systemClock;
  const clock: Clock = options.now ? { ...base, now: options.now } : base;
  const emit = options.emit ?? (() => undefined);
  const vault = new VaultService({
    home: options.home,
    keystore: options.keystore,
    log,
    now: () => clock.now(),
    ...(options.kdf ? { kdf: options.kdf } : {}),
    ...(options.worker ? { worker: options.worker } : {}),
  });
  const flushes = new DraftFlushRequests(emit, options.windowsListening ?? (() => 0));
  const clipboard = options.clipboard ? new ClipboardGuard(clock, options.clipboard) : null;
  const policyCapMinutes = options.policyCapMinutes ?? null;
  const lock = new LockController({
    clock,
    timeoutMs: effectiveTimeoutMs(DEFAULT_LOCK_SETTINGS, policyCapMinutes),
    ...(options.systemIdleMs ? { systemIdleMs: options.systemIdleMs } : {}),
    steps: {
      flushDrafts: () => flushes.request(),
      closeVault: (reason) => vault.lock(reason),
      dropCaches: async () => {
        await clipboard?.clearIfOurs();
      },
      emit: (event, payload) => emit(event, payload),
    },
  });
  // The vault can close underneath the lock (a worker crash, a deleted vault).
  vault.onLocked((reason) => {
    if (lock.current === 'unlocked') lock.markLocked(reason === 'deleted' ? 'deleted' : 'crash');
  });
  const handlers = createHandlers({ vault, lock, flushes, clipboard, policyCapMinutes, log, ...(options.chooseFolder ? { chooseFolder: options.chooseFolder } : {}) });
  const dispatch = createDispatcher({ handlers, isUnlocked: () => vault.isUnlocked, log, audit: (e) => vault.auditEvent(e) });
  return {
    vault,
    lock,
    dispatch,
    power: (event) => lock.power(event),
    close: async () => {
      if (vault.isUnlocked) await lock.lock('quit');
      await vault.close();
    },
  };
}
