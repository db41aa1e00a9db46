// Audit events that happen while the vault is closed (failed unlock attempts, a password
// changed from the command line) cannot go into the encrypted log yet. They wait here —
// times, actions and outcomes only, never a secret — and are entered at the next unlock.
// Each is signed with the vault's audit signing key, which lives in the key store, not in the
// vault folder (issue 12): someone with access to the folder alone cannot forge or backdate one.
// An entry whose signature does not verify is not entered; the rejection itself is. Deleting
// the whole file still removes the entries it held, which is why the lockout keeps its own
// (signed) count.

import { sign, verify, createPublicKey, type KeyObject } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { ACTION, OUTCOME } from '../audit/entry.js';
import type { AuditEvent } from '../audit/vault-audit.js';
import { writeFileAtomic } from '../fs/atomic.js';

const Pending = z
  .array(
    z.strictObject({
      time: z.number().int().min(0),
      action: z.string().regex(ACTION),
      outcome: z.string().regex(OUTCOME),
      signature: z.string().regex(/^[0-9a-f]{128}$/).optional(),
    }),
  )
  .max(10_000);

type PendingEntry = z.infer<typeof Pending>[number];

/** The action entered when waiting entries were refused (their count in details). */
export const PENDING_REJECTED = 'audit.pending.rejected';

function message(vaultId: string, e: { time: number; action: string; outcome: string }): Buffer {
  return Buffer.from(`alcove-pending-audit/v1\n${vaultId}\n${e.time}\n${e.action}\n${e.outcome}\n`, 'utf8');
}

export class PendingAudit {
  /**
   * `signer` is the vault's signing key from the key store; null only for a vault that has
   * none yet (written by an Alcove from before issue 12), whose waiting entries are unsigned.
   */
  constructor(
    private readonly file: string,
    private readonly vaultId: string,
    private readonly signer: KeyObject | null,
    private readonly now: () => number = Date.now,
  ) {}

  private async entries(): Promise<{ entries: PendingEntry[]; unreadable: boolean }> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch {
      return { entries: [], unreadable: false };
    }
    try {
      const parsed = Pending.safeParse(JSON.parse(text));
      return parsed.success ? { entries: parsed.data, unreadable: false } : { entries: [], unreadable: true };
    } catch {
      return { entries: [], unreadable: true };
    }
  }

  private valid(e: PendingEntry, publicKey: KeyObject | null): boolean {
    if (!publicKey) return true; // nothing to check against: a vault from before signing
    if (!e.signature) return false;
    try {
      return verify(null, message(this.vaultId, e), publicKey, Buffer.from(e.signature, 'hex'));
    } catch {
      return false;
    }
  }

  /** The entries that verify, then one entry saying how many did not (when any did not). */
  async read(): Promise<AuditEvent[]> {
    const { entries, unreadable } = await this.entries();
    const publicKey = this.signer ? createPublicKey(this.signer) : null;
    const out: AuditEvent[] = [];
    let rejected = unreadable ? 1 : 0;
    for (const e of entries) {
      if (this.valid(e, publicKey)) out.push({ time: e.time, action: e.action, outcome: e.outcome });
      else rejected += 1;
    }
    if (rejected > 0 && publicKey) out.push({ time: this.now(), action: PENDING_REJECTED, outcome: 'SIGNATURE_INVALID', details: { count: rejected } });
    return out;
  }

  async add(event: { time: number; action: string; outcome: string }): Promise<void> {
    // Entries that do not verify stay, so the next unlock counts them; a file that cannot be
    // read at all is replaced, and that it was is itself a signed entry.
    const { entries, unreadable } = await this.entries();
    const marker = unreadable ? [this.signed({ time: event.time, action: PENDING_REJECTED, outcome: 'SIGNATURE_INVALID' })] : [];
    await writeFileAtomic(this.file, JSON.stringify([...entries, ...marker, this.signed(event)].slice(-10_000)));
  }

  private signed(event: { time: number; action: string; outcome: string }): PendingEntry {
    return this.signer ? { ...event, signature: sign(null, message(this.vaultId, event), this.signer).toString('hex') } : { ...event };
  }

  async clear(): Promise<void> {
    await fs.rm(this.file, { force: true });
  }
}
