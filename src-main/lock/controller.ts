// The inactivity lock: a state machine in the core, driven by events (activity, power events,
// "lock now", timer ticks) and a clock passed in. Locking is an explicit checklist run in
// order — flush every pending draft, close the vault (checkpoint, close, wipe keys in the
// worker), drop caches, tell the windows — so what was typed is saved before the key goes.

import type { Clock } from './clock.js';
import { WARNING_MS } from './policy.js';

export type LockReason = 'timeout' | 'manual' | 'suspend' | 'screen-lock' | 'user-switch' | 'resume' | 'quit' | 'crash' | 'deleted';
export type PowerEvent = 'suspend' | 'lock-screen' | 'user-switch' | 'resume';
export type LockState = 'locked' | 'unlocked' | 'locking';
export type LockStep = 'flush' | 'close' | 'drop-caches' | 'emit';

/** The longest a lock waits for windows to save drafts before it locks anyway. */
export const FLUSH_TIMEOUT_MS = 5_000;

export interface LockSteps {
  /** Ask every window to save what is typed, and resolve once it has. */
  flushDrafts(): Promise<void>;
  /** Checkpoint the WAL, close the database in its worker, overwrite the key buffers. */
  closeVault(reason: LockReason): Promise<void>;
  /** Drop what is held outside the vault: the clipboard if it holds what we put there, caches. */
  dropCaches(): Promise<void> | void;
  /** Events for the windows: vault.locked (they reset and reload), lock.warning. */
  emit(event: 'vault.locked' | 'lock.warning', payload: unknown): void;
}

export interface LockControllerOptions {
  clock: Clock;
  steps: LockSteps;
  timeoutMs: number;
  /** The OS's idle time in ms (Electron's powerMonitor), used when the setting asks for it. */
  systemIdleMs?: () => number;
  useSystemIdle?: boolean;
  flushTimeoutMs?: number;
}

export class LockController {
  private state: LockState = 'locked';
  private lastActivity = 0;
  private timeoutMs: number;
  private useSystemIdle: boolean;
  private warned = false;
  private timer: unknown = null;
  private locking: Promise<void> | null = null;
  /** Every step of every lock, in order: what the tests read. */
  readonly journal: { step: LockStep; reason: LockReason; at: number; ok: boolean }[] = [];

  constructor(private readonly options: LockControllerOptions) {
    this.timeoutMs = options.timeoutMs;
    this.useSystemIdle = options.useSystemIdle ?? false;
  }

  get current(): LockState {
    return this.state;
  }

  get timeout(): number {
    return this.timeoutMs;
  }

  /** Resolves once any lock under way has finished. */
  settled(): Promise<void> {
    return this.locking ?? Promise.resolve();
  }

  /** When the vault will lock if nothing else happens (null while locked). */
  deadline(): number | null {
    return this.state === 'unlocked' ? this.lastActivity + this.timeoutMs : null;
  }

  /** The vault was unlocked: start counting from now. */
  unlocked(): void {
    this.state = 'unlocked';
    this.warned = false;
    this.lastActivity = this.options.clock.now();
    this.schedule();
  }

  /** The vault closed underneath (a worker crash, a deleted vault): nothing left to flush. */
  markLocked(reason: LockReason): void {
    if (this.state === 'locked') return;
    this.clearTimer();
    this.state = 'locked';
    this.warned = false;
    this.options.steps.emit('vault.locked', { reason });
  }

  /** Input in an app window (typing counts). Dismisses a warning. */
  activity(): void {
    if (this.state !== 'unlocked') return;
    this.lastActivity = this.options.clock.now();
    if (this.warned) {
      this.warned = false;
      this.options.steps.emit('lock.warning', { secondsLeft: null });
    }
    this.schedule();
  }

  configure(settings: { timeoutMs?: number; useSystemIdle?: boolean }): void {
    if (settings.timeoutMs !== undefined) this.timeoutMs = settings.timeoutMs;
    if (settings.useSystemIdle !== undefined) this.useSystemIdle = settings.useSystemIdle;
    if (this.state === 'unlocked') this.tick();
  }

  power(event: PowerEvent): Promise<void> {
    const reason: LockReason = event === 'lock-screen' ? 'screen-lock' : event;
    return this.lock(reason);
  }

  /** Lock now. Idempotent: a lock already under way is the one returned. */
  lock(reason: LockReason): Promise<void> {
    if (this.locking) return this.locking;
    // Locked here may still mean an unlock is under way (Argon2 running): the vault is told
    // anyway, and that unlock then ends locked instead of opening after the screen locked.
    if (this.state === 'locked') return this.options.steps.closeVault(reason);
    this.state = 'locking';
    this.clearTimer();
    this.locking = this.runChecklist(reason).finally(() => {
      this.locking = null;
    });
    return this.locking;
  }

  private async runChecklist(reason: LockReason): Promise<void> {
    const { steps, clock } = this.options;
    const record = (step: LockStep, ok: boolean) => this.journal.push({ step, reason, at: clock.now(), ok });
    // 1. Save what is typed, but never let an unresponsive window hold the vault open.
    let flushed = false;
    try {
      flushed = await this.withTimeout(steps.flushDrafts(), this.options.flushTimeoutMs ?? FLUSH_TIMEOUT_MS);
    } catch {
      flushed = false;
    }
    record('flush', flushed);
    // 2. The worker checkpoints the WAL, closes the database and overwrites the key.
    try {
      await steps.closeVault(reason);
      record('close', true);
    } catch (err) {
      record('close', false);
      this.state = 'locked';
      throw err;
    }
    this.state = 'locked';
    this.warned = false;
    // 3. Clipboard and caches.
    try {
      await steps.dropCaches();
      record('drop-caches', true);
    } catch {
      record('drop-caches', false);
    }
    // 4. The windows reset every store and reload to the lock screen.
    steps.emit('vault.locked', { reason });
    record('emit', true);
  }

  private withTimeout(p: Promise<void>, ms: number): Promise<boolean> {
    const { clock } = this.options;
    return new Promise((resolve, reject) => {
      const t = clock.setTimer(() => resolve(false), ms);
      p.then(
        () => {
          clock.clearTimer(t);
          resolve(true);
        },
        (err: unknown) => {
          clock.clearTimer(t);
          reject(err);
        },
      );
    });
  }

  private idleMs(): number {
    const appIdle = this.options.clock.now() - this.lastActivity;
    if (!this.useSystemIdle || !this.options.systemIdleMs) return appIdle;
    // Input anywhere on the computer counts as presence too.
    return Math.min(appIdle, this.options.systemIdleMs());
  }

  /** Decide, at this instant, whether to warn or lock; then wait for the next instant that matters. */
  tick(): void {
    if (this.state !== 'unlocked') return;
    const idle = this.idleMs();
    if (idle >= this.timeoutMs) {
      void this.lock('timeout').catch(() => undefined);
      return;
    }
    const left = this.timeoutMs - idle;
    if (left <= WARNING_MS && !this.warned) {
      this.warned = true;
      this.options.steps.emit('lock.warning', { secondsLeft: Math.ceil(left / 1000) });
    }
    this.schedule(left <= WARNING_MS ? left : left - WARNING_MS);
  }

  private schedule(inMs?: number): void {
    this.clearTimer();
    if (this.state !== 'unlocked') return;
    const idle = this.options.clock.now() - this.lastActivity;
    const left = this.timeoutMs - idle;
    const wait = inMs ?? (left > WARNING_MS ? left - WARNING_MS : left);
    this.timer = this.options.clock.setTimer(() => this.tick(), Math.max(0, wait));
  }

  private clearTimer(): void {
    if (this.timer !== null) this.options.clock.clearTimer(this.timer);
    this.timer = null;
  }
}
