// Slowing down password guessing through the app: the first failures say how many attempts
// remain; the fifth starts a one-minute pause that doubles with each further failure. The
// state is written to disk at once, so quitting and restarting does not reset it.
//
// The state is signed with the vault's audit signing key, which lives in the key store and not
// in the vault folder (issue 12): someone with access to the folder alone can neither reset the
// count by editing the file nor by deleting it. Once a vault has a signed state, a missing or
// invalid one counts as a pause already begun (it is written as such at once), and that it was
// missing or invalid is recorded in the pending audit. A vault from before signing (no signing
// key yet) has no state to lose: its missing file is the zero state, as it always was.

import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { AlcoveError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';

export const FREE_ATTEMPTS = 5;
export const FIRST_PAUSE_SECONDS = 60;
const MAX_PAUSE_SECONDS = 24 * 60 * 60;

const LockoutFile = z.strictObject({
  failures: z.number().int().min(0),
  lockedUntil: z.number().min(0),
  signature: z.string().regex(/^[0-9a-f]{128}$/).optional(),
});
type LockoutState = { failures: number; lockedUntil: number };

export type Clock = () => number;

/** Why a stored state was not believed: the audit outcome recorded for it. */
export type LockoutAnomaly = 'LOCKOUT_STATE_MISSING' | 'LOCKOUT_STATE_INVALID';
/** The audit action under which an anomaly is recorded. */
export const LOCKOUT_STATE_ACTION = 'vault.lockout.state';

export interface LockoutOptions {
  /** The vault whose state this is: part of what is signed, so a state cannot move between vaults. */
  vaultId: string;
  /** The vault's signing key; null for a vault from before signing (unsigned state, as before). */
  signer: KeyObject | null;
  /**
   * Whether this vault must have a signed state on disk: it had a signing key before this
   * attempt began (every vault made since signing writes its zero state at creation).
   */
  established: boolean;
  /** Told once per anomaly, so it is recorded (the service enters it in the pending audit). */
  onAnomaly?: (anomaly: LockoutAnomaly) => Promise<void>;
  now?: Clock;
}

function message(vaultId: string, s: LockoutState): Buffer {
  return Buffer.from(`alcove-lockout/v1\n${vaultId}\n${s.failures}\n${s.lockedUntil}\n`, 'utf8');
}

export class Lockout {
  private readonly now: Clock;
  private readonly publicKey: KeyObject | null;

  constructor(
    private readonly file: string,
    private readonly options: LockoutOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.publicKey = options.signer ? createPublicKey(options.signer) : null;
  }

  private async read(): Promise<LockoutState> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      if (!this.publicKey || !this.options.established) return { failures: 0, lockedUntil: 0 };
      return this.pauseBegun('LOCKOUT_STATE_MISSING');
    }
    const state = this.believe(text);
    return state ?? this.pauseBegun('LOCKOUT_STATE_INVALID');
  }

  /** The stored state when it parses and (for a signed vault) its signature verifies. */
  private believe(text: string): LockoutState | null {
    let parsed;
    try {
      parsed = LockoutFile.safeParse(JSON.parse(text));
    } catch {
      return null;
    }
    if (!parsed.success) return null;
    const state = { failures: parsed.data.failures, lockedUntil: parsed.data.lockedUntil };
    if (!this.publicKey) return state;
    if (!parsed.data.signature) return null;
    try {
      return verify(null, message(this.options.vaultId, state), this.publicKey, Buffer.from(parsed.data.signature, 'hex')) ? state : null;
    } catch {
      return null;
    }
  }

  /** A missing or damaged state is a pause already begun, never a reset; written, then recorded. */
  private async pauseBegun(anomaly: LockoutAnomaly): Promise<LockoutState> {
    const state = { failures: FREE_ATTEMPTS, lockedUntil: this.now() + FIRST_PAUSE_SECONDS * 1000 };
    await this.write(state);
    await this.options.onAnomaly?.(anomaly).catch(() => undefined);
    return state;
  }

  private async write(state: LockoutState): Promise<void> {
    const signature = this.options.signer ? sign(null, message(this.options.vaultId, state), this.options.signer).toString('hex') : undefined;
    await writeFileAtomic(this.file, JSON.stringify({ ...state, ...(signature ? { signature } : {}) }));
  }

  /** Throws LOCKED_OUT while a pause is running. */
  async assertNotLockedOut(): Promise<void> {
    const state = await this.read();
    const left = Math.ceil((state.lockedUntil - this.now()) / 1000);
    if (left > 0) throw lockedOut(left);
  }

  /** Record a failed attempt and return the error the user should see. */
  async recordFailure(kind: 'WRONG_PASSWORD' | 'WRONG_RECOVERY_CODE'): Promise<AlcoveError> {
    const state = await this.read();
    const failures = state.failures + 1;
    let lockedUntil = 0;
    if (failures >= FREE_ATTEMPTS) {
      const pause = Math.min(MAX_PAUSE_SECONDS, FIRST_PAUSE_SECONDS * 2 ** (failures - FREE_ATTEMPTS));
      lockedUntil = this.now() + pause * 1000;
    }
    await this.write({ failures, lockedUntil });
    if (lockedUntil > 0) return lockedOut(Math.ceil((lockedUntil - this.now()) / 1000));
    const attemptsLeft = FREE_ATTEMPTS - failures;
    const what = kind === 'WRONG_PASSWORD' ? 'Wrong password' : 'Wrong recovery code';
    return new AlcoveError(
      kind,
      `${what} (${attemptsLeft} ${attemptsLeft === 1 ? 'attempt' : 'attempts'} left before a ${FIRST_PAUSE_SECONDS}-second pause).`,
      { attemptsLeft },
    );
  }

  /** The count back to zero: a signed zero state, kept (not a deleted file, which now means a pause). */
  async recordSuccess(): Promise<void> {
    await this.write({ failures: 0, lockedUntil: 0 });
  }
}

function lockedOut(secondsLeft: number): AlcoveError {
  return new AlcoveError(
    'LOCKED_OUT',
    `Too many wrong attempts. Try again in ${formatSeconds(secondsLeft)}.`,
    { secondsLeft },
  );
}

function formatSeconds(s: number): string {
  if (s < 60) return `${s} ${s === 1 ? 'second' : 'seconds'}`;
  const m = Math.floor(s / 60);
  const r = s % 60;
  return r === 0 ? `${m} ${m === 1 ? 'minute' : 'minutes'}` : `${m} min ${r} s`;
}
