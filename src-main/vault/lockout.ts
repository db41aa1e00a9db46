// Slowing down password guessing through the app: the first failures say how many attempts
// remain; the fifth starts a one-minute pause that doubles with each further failure. The
// state is written to disk at once, so quitting and restarting does not reset it.

import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { AlcoveError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';

export const FREE_ATTEMPTS = 5;
export const FIRST_PAUSE_SECONDS = 60;
const MAX_PAUSE_SECONDS = 24 * 60 * 60;

const LockoutState = z.object({ failures: z.number().int().min(0), lockedUntil: z.number().min(0) });
type LockoutState = z.infer<typeof LockoutState>;

export type Clock = () => number;

export class Lockout {
  constructor(
    private readonly file: string,
    private readonly now: Clock = Date.now,
  ) {}

  private async read(): Promise<LockoutState> {
    try {
      const parsed = LockoutState.safeParse(JSON.parse(await fs.readFile(this.file, 'utf8')));
      // A damaged counter must not become a way around the pause: treat it as locked out.
      return parsed.success ? parsed.data : { failures: FREE_ATTEMPTS, lockedUntil: this.now() + FIRST_PAUSE_SECONDS * 1000 };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { failures: 0, lockedUntil: 0 };
      throw err;
    }
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
    await writeFileAtomic(this.file, JSON.stringify({ failures, lockedUntil }));
    if (lockedUntil > 0) return lockedOut(Math.ceil((lockedUntil - this.now()) / 1000));
    const attemptsLeft = FREE_ATTEMPTS - failures;
    const what = kind === 'WRONG_PASSWORD' ? 'Wrong password' : 'Wrong recovery code';
    return new AlcoveError(
      kind,
      `${what} (${attemptsLeft} ${attemptsLeft === 1 ? 'attempt' : 'attempts'} left before a ${FIRST_PAUSE_SECONDS}-second pause).`,
      { attemptsLeft },
    );
  }

  async recordSuccess(): Promise<void> {
    await fs.rm(this.file, { force: true });
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
