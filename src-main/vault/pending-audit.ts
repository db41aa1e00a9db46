// Audit events that happen while the vault is closed (failed unlock attempts, a password
// changed from the command line) cannot go into the encrypted log yet. They wait here —
// times, actions and outcomes only, never a secret — and are entered at the next unlock.
// Deleting this file removes them, which is why the lockout keeps its own count.

import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { ACTION, OUTCOME } from '../audit/entry.js';
import type { AuditEvent } from '../audit/vault-audit.js';
import type { AuditAction } from '../audit/actions.js';
import { writeFileAtomic } from '../fs/atomic.js';

const Pending = z.array(z.strictObject({ time: z.number().int().min(0), action: z.string().regex(ACTION), outcome: z.string().regex(OUTCOME) })).max(10_000);

export class PendingAudit {
  constructor(private readonly file: string) {}

  async read(): Promise<AuditEvent[]> {
    try {
      const parsed = Pending.safeParse(JSON.parse(await fs.readFile(this.file, 'utf8')));
      // Decoded tolerantly, like the log itself: an action a later version wrote is entered
      // as it was named (writers in this version can only name AUDIT_ACTIONS).
      return parsed.success ? (parsed.data as AuditEvent[]) : [];
    } catch {
      return [];
    }
  }

  async add(event: { time: number; action: AuditAction; outcome: string }): Promise<void> {
    const events = [...(await this.read()), event].slice(-10_000);
    await writeFileAtomic(this.file, JSON.stringify(events));
  }

  async clear(): Promise<void> {
    await fs.rm(this.file, { force: true });
  }
}
