// The main thread's handle on the vault worker: typed request/response over postMessage.
// If the worker dies, every pending call fails with a typed error and the next call starts
// a fresh worker (which holds no key: the vault is then locked).

import { Worker } from 'node:worker_threads';
import { AlcoveError, fromWireError } from '../errors.js';
import type { WorkerMethod, WorkerRequests, WorkerResponse } from './protocol.js';

export interface WorkerEntry {
  /** The bootstrap module (worker-boot.mjs, or the bundled worker in the packaged app). */
  boot: URL;
  /** The worker module it imports. */
  entry: URL;
  /** better-sqlite3's native module built for this runtime (Electron's ABI), if not the default. */
  nativeBinding?: string;
}

export function defaultWorkerEntry(): WorkerEntry {
  // From source (vitest, tsx) the worker is TypeScript beside this file; in a bundle in
  // dist/main/ (the CLI, the app) it is the bundled vault-worker.mjs beside the bundle.
  if (import.meta.url.endsWith('.ts')) {
    return { boot: new URL('./worker-boot.mjs', import.meta.url), entry: new URL('./worker.ts', import.meta.url) };
  }
  const bundled = new URL('./vault-worker.mjs', import.meta.url);
  return { boot: bundled, entry: bundled };
}

type Pending = { method: WorkerMethod; resolve: (v: unknown) => void; reject: (e: unknown) => void };

/**
 * Calls that run Argon2 in the worker. argon2's native async work cannot outlive its thread:
 * terminating the worker while one runs aborts the whole process, so a lock waits for them.
 */
const KDF_METHODS: ReadonlySet<WorkerMethod> = new Set(['create', 'unlock', 'recover', 'changePassword', 'newRecoveryCode', 'proveSecret']);

export class VaultWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Called when the worker dies unexpectedly (the vault is then locked). */
  onCrash: (() => void) | null = null;

  constructor(private readonly entry: WorkerEntry = defaultWorkerEntry()) {}

  /** Start the worker ahead of time so the first unlock does not pay for it. */
  start(): void {
    if (this.worker) return;
    const workerData = { entry: this.entry.entry.href, nativeBinding: this.entry.nativeBinding ?? null };
    const worker = new Worker(this.entry.boot, { workerData });
    worker.on('message', (msg: WorkerResponse) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (this.pending.size === 0) worker.unref();
      if (msg.ok) p.resolve(msg.value);
      else p.reject(fromWireError(msg.error));
    });
    const fail = () => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const p of this.pending.values()) {
        p.reject(new AlcoveError('INTERNAL', 'The vault stopped unexpectedly and was locked. Unlock it again; saved work is safe.'));
      }
      this.pending.clear();
      this.onCrash?.();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    worker.unref();
    this.worker = worker;
  }

  call<M extends WorkerMethod>(method: M, args: WorkerRequests[M]['args']): Promise<WorkerRequests[M]['result']> {
    this.start();
    const worker = this.worker as Worker;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { method, resolve, reject });
      // Keep the process alive only while a call is outstanding.
      worker.ref();
      worker.postMessage({ id, method, args });
    });
  }

  /** Calls sent and not yet answered: the worker is running one or they wait in its queue. */
  get outstanding(): number {
    return this.pending.size;
  }

  /** Whether an outstanding call runs Argon2 (the worker must then not be terminated). */
  get derivingKey(): boolean {
    for (const p of this.pending.values()) if (KDF_METHODS.has(p.method)) return true;
    return false;
  }

  /**
   * Stop the worker now, whatever it is running. The thread's memory goes with it: the data
   * key, and SQLCipher's own copy inside an open connection. Outstanding calls fail with
   * `reason`; the next call starts a fresh worker, which holds no key.
   */
  async terminate(reason: AlcoveError): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    for (const p of this.pending.values()) p.reject(reason);
    this.pending.clear();
    await worker.terminate();
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.call('lock', {});
    } finally {
      this.worker = null;
      await worker.terminate();
    }
  }
}
