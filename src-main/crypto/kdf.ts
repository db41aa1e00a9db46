// Argon2id password hashing for the password slot. The floor is RFC 9106's second
// recommended option (64 MiB, t=3, p=4); creation calibrates time cost upward toward about
// one second on this machine. Argon2 runs in libuv's thread pool, never on the event loop.

import { z } from 'zod';
import { AlcoveError } from '../errors.js';

// Bounds keep a hostile header from asking for terabytes or years before its MAC is checked.
export const KdfParams = z.strictObject({
  algorithm: z.literal('argon2id'),
  memoryKiB: z.number().int().min(8).max(4 * 1024 * 1024),
  iterations: z.number().int().min(1).max(64),
  parallelism: z.number().int().min(1).max(16),
  salt: z.string().regex(/^[0-9a-f]{32,128}$/),
});
export type KdfParams = z.infer<typeof KdfParams>;

export const KDF_FLOOR = { memoryKiB: 65536, iterations: 3, parallelism: 4 } as const;
export const KDF_TARGET_MS = 1000;
const KDF_MAX_ITERATIONS = 32;
const KDF_MAX_MEMORY_KIB = 262144;

/** Test-only parameters: the app and the CLI never expose a way to choose these. */
export const TEST_ONLY_CHEAP_KDF = { memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;

export type KdfCost = Pick<KdfParams, 'memoryKiB' | 'iterations' | 'parallelism'>;

export async function argon2id(password: Buffer, params: KdfParams): Promise<Buffer> {
  // Imported here, not at the top: the native addon is loaded only by a command that derives a key.
  const { default: argon2 } = await import('argon2');
  return argon2.hash(password, {
    type: argon2.argon2id,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    salt: Buffer.from(params.salt, 'hex'),
    hashLength: 32,
    raw: true,
  });
}

/** True when the parameters are at or above the floor (a header below it was downgraded). */
export function meetsFloor(p: KdfCost): boolean {
  return p.memoryKiB >= KDF_FLOOR.memoryKiB && p.iterations >= KDF_FLOOR.iterations && p.parallelism >= KDF_FLOOR.parallelism;
}

/**
 * Refuse a password slot whose costs are below the floor, before any Argon2 runs: at unlock
 * and at every rewrap, not only at creation. The header's MAC has already been checked, so
 * this is a vault made weak (by an old or a test build), not an edited one (HEADER_TAMPERED).
 * `floor` is KDF_FLOOR in the app and the CLI; only a core built for tests passes its own.
 */
export function assertMeetsFloor(p: KdfCost, floor: KdfCost = KDF_FLOOR): void {
  if (p.memoryKiB >= floor.memoryKiB && p.iterations >= floor.iterations && p.parallelism >= floor.parallelism) return;
  throw new AlcoveError(
    'KDF_BELOW_FLOOR',
    `This vault's password is protected more weakly than Alcove allows (Argon2id ${p.memoryKiB / 1024} MiB, ${p.iterations} passes, ${p.parallelism} lanes; at least ${floor.memoryKiB / 1024} MiB, ${floor.iterations} passes, ${floor.parallelism} lanes). Nothing was opened or changed.`,
  );
}

/**
 * Measure the floor once, then spend the time budget the way RFC 9106 (section 4) advises:
 * memory first (up to 256 MiB, so a busy laptop does not swap during unlock), then passes,
 * until one derivation takes about the target on this machine. Never below the floor.
 */
export async function calibrate(targetMs = KDF_TARGET_MS): Promise<KdfCost> {
  const probe = { algorithm: 'argon2id' as const, ...KDF_FLOOR, salt: '00'.repeat(16) };
  await argon2id(Buffer.from('warm-up'), { ...probe, iterations: 1 });
  const started = performance.now();
  await argon2id(Buffer.from('calibration'), probe);
  const floorMs = performance.now() - started;
  const perMiBPass = floorMs / ((KDF_FLOOR.memoryKiB / 1024) * KDF_FLOOR.iterations);
  let memoryKiB: number = KDF_FLOOR.memoryKiB;
  while (memoryKiB * 2 <= KDF_MAX_MEMORY_KIB && perMiBPass * ((memoryKiB * 2) / 1024) * KDF_FLOOR.iterations <= targetMs) {
    memoryKiB *= 2;
  }
  const iterations = Math.min(KDF_MAX_ITERATIONS, Math.max(KDF_FLOOR.iterations, Math.floor(targetMs / (perMiBPass * (memoryKiB / 1024)))));
  return { memoryKiB, iterations, parallelism: KDF_FLOOR.parallelism };
}
