// The composition root of the Electron-free core: one place that wires the vault, the API
// handlers and the dispatcher from their collaborators. Electron, the CLI and the end-to-end
// harness each call this with their own key store, logger and clock.

import { createDispatcher, type Dispatch } from './api/dispatcher.js';
import { createHandlers } from './api/handlers.js';
import { silentLog, type Log } from './log/logger.js';
import type { SecretKeyStore } from './vault/keystore.js';
import { VaultService, type KdfChoice } from './vault/service.js';
import type { VaultWorkerClient } from './vault/worker-client.js';

export interface CoreOptions {
  home: string;
  keystore: SecretKeyStore;
  log?: Log;
  now?: () => number;
  kdf?: KdfChoice;
  worker?: VaultWorkerClient;
}

export interface AlcoveCore {
  vault: VaultService;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export function createCore(options: CoreOptions): AlcoveCore {
  const log = options.log ?? silentLog;
  const vault = new VaultService({
    home: options.home,
    keystore: options.keystore,
    log,
    ...(options.now ? { now: options.now } : {}),
    ...(options.kdf ? { kdf: options.kdf } : {}),
    ...(options.worker ? { worker: options.worker } : {}),
  });
  const dispatch = createDispatcher({ handlers: createHandlers({ vault }), isUnlocked: () => vault.isUnlocked, log });
  return { vault, dispatch, close: () => vault.close() };
}
