// Text copied from a note does not linger: 30 seconds after a copy, and at every lock, the
// clipboard is cleared if it still holds what Alcove put there (something the user copied
// elsewhere since is left alone). Only a hash of the copied text is kept, never the text.

import { createHash } from 'node:crypto';
import type { Clock } from './clock.js';

export const CLIPBOARD_CLEAR_MS = 30_000;

/** Electron 45's clipboard reads asynchronously; a plain value is fine too (tests). */
export interface SystemClipboard {
  readText(): Promise<string> | string;
  clear(): void;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

export class ClipboardGuard {
  private ours: string | null = null;
  private timer: unknown = null;

  constructor(
    private readonly clock: Clock,
    private readonly clipboard: SystemClipboard,
  ) {}

  /** The user copied from a note: remember what is on the clipboard now, clear it later. */
  async copied(): Promise<void> {
    const text = await this.clipboard.readText();
    if (!text) return;
    this.ours = digest(text);
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.timer = this.clock.setTimer(() => void this.clearIfOurs(), CLIPBOARD_CLEAR_MS);
  }

  /** Clear the clipboard if it still holds our copy. True when it did. */
  async clearIfOurs(): Promise<boolean> {
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.timer = null;
    const ours = this.ours;
    this.ours = null;
    if (!ours) return false;
    if (digest(await this.clipboard.readText()) !== ours) return false;
    this.clipboard.clear();
    return true;
  }
}
