// Slowing down password guessing through the app: the first failures say how many attempts
// remain; the fifth starts a one-minute pause that doubles with each further failure. The
// state is written to disk at once, so quitting and restarting does not reset it.
//
// The counter is authenticated with an HMAC whose key comes from the vault's secret key, like
// the header's (issue 12): the secret key is never in the vault folder, and every way to try a
// password needs it, so the app and the CLI (each with its own copy) check the same counter,
// while someone with access to the folder alone can neither reset the count by editing the
// file nor by deleting it. The header says whether the counter is authenticated
// (`lockoutCounter`); from then on a missing or invalid counter counts as a pause already begun
// (written as such at once), and that it was missing or invalid is recorded in the pending
// audit. A vault from before (no mark in its header) reads its counter as written, a missing one
// as zero, until its next unlock marks it.

import { createHmac, timingSafeEqual } from 'node:crypto';
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
  mac: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
type LockoutState = { failures: number; lockedUntil: number };

export type Clock = () => number;

/** Why a stored state was not believed: the audit outcome recorded for it. */
export type LockoutAnomaly = 'LOCKOUT_STATE_MISSING' | 'LOCKOUT_STATE_INVALID';
/** The audit action under which an anomaly is recorded. */
export const LOCKOUT_STATE_ACTION = 'vault.lockout.state';

export interface LockoutOptions {
  /** The vault whose counter this is: part of what is authenticated, so it cannot move between vaults. */
  vaultId: string;
  /** lockoutMacKey(secret key, vault id): authenticates every state written. */
  macKey: Buffer;
  /** The header says the counter is authenticated: a missing or unauthenticated one is a pause. */
  required: boolean;
  /** Told once per anomaly, so it is recorded (the service enters it in the pending audit). */
  onAnomaly?: (anomaly: LockoutAnomaly) => Promise<void>;
  now?: Clock;
}

function mac(macKey: Buffer, vaultId: string, s: LockoutState): Buffer {
  return createHmac('sha256', macKey).update(`alcove-lockout/v1\n${vaultId}\n${s.failures}\n${s.lockedUntil}\n`, 'utf8').digest();
}

export class Lockout {
  private readonly now: Clock;

  constructor(
    private readonly file: string,
    private readonly options: LockoutOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  private async read(): Promise<LockoutState> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      return this.options.required ? this.pauseBegun('LOCKOUT_STATE_MISSING') : { failures: 0, lockedUntil: 0 };
    }
    const state = this.believe(text);
    if (state) return state;
    return this.options.required ? this.pauseBegun('LOCKOUT_STATE_INVALID') : this.legacyDamaged();
  }

  /** The stored state when it parses and (once the header requires it) its MAC checks out. */
  private believe(text: string): LockoutState | null {
    let parsed;
    try {
      parsed = LockoutFile.safeParse(JSON.parse(text));
    } catch {
      return null;
    }
    if (!parsed.success) return null;
    const state = { failures: parsed.data.failures, lockedUntil: parsed.data.lockedUntil };
    if (!this.options.required) return state;
    if (!parsed.data.mac) return null;
    const expected = mac(this.options.macKey, this.options.vaultId, state);
    const given = Buffer.from(parsed.data.mac, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected) ? state : null;
  }

  /** Before authentication, as before: a damaged counter must not become a way around the pause. */
  private legacyDamaged(): LockoutState {
    return { failures: FREE_ATTEMPTS, lockedUntil: this.now() + FIRST_PAUSE_SECONDS * 1000 };
  }

  /** A missing or damaged state is a pause already begun, never a reset; written, then recorded. */
  private async pauseBegun(anomaly: LockoutAnomaly): Promise<LockoutState> {
    const state = { failures: FREE_ATTEMPTS, lockedUntil: this.now() + FIRST_PAUSE_SECONDS * 1000 };
    await this.write(state);
    await this.options.onAnomaly?.(anomaly).catch(() => undefined);
    return state;
  }

  private async write(state: LockoutState): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify({ ...state, mac: mac(this.options.macKey, this.options.vaultId, state).toString('hex') }));
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

  /** The count back to zero: an authenticated zero state, kept (not a deleted file, which now means a pause). */
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
