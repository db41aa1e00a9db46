// Asking the windows to save what is typed before the vault locks. Main emits lock.flush with
// a request id; each window saves its drafts through the API, then calls lock.flushed with
// that id. With no window listening (the CLI), there is nothing to wait for.

import { randomUUID } from 'node:crypto';

export class DraftFlushRequests {
  private readonly pending = new Map<string, () => void>();

  constructor(
    private readonly emit: (event: 'lock.flush', payload: { requestId: string }) => void,
    private readonly windowsListening: () => number,
  ) {}

  /** Resolves when the windows acknowledge (the lock bounds how long it waits). */
  request(): Promise<void> {
    if (this.windowsListening() === 0) return Promise.resolve();
    const requestId = randomUUID();
    return new Promise((resolve) => {
      this.pending.set(requestId, () => {
        this.pending.delete(requestId);
        resolve();
      });
      this.emit('lock.flush', { requestId });
    });
  }

  acknowledge(requestId: string): boolean {
    const done = this.pending.get(requestId);
    done?.();
    return Boolean(done);
  }
}
