// Crash-safe file replacement: write a temp file in the same folder, fsync it, rename it
// over the target, fsync the folder. A kill at any instant leaves the old file or the new
// one, never a mix. Also the overwrite-then-unlink used when key material must go.

import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const TEMP_SUFFIX = '.alcove-tmp';

export async function writeFileAtomic(target: string, data: string | Buffer, mode = 0o600): Promise<void> {
  const temp = `${target}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  const handle = await fs.open(temp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
  await fsyncDir(path.dirname(target));
}

export async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; its rename is already durable enough.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temp files left by a write that was killed before its rename: safe to remove. */
export async function removeStaleTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  await Promise.all(names.filter((n) => n.endsWith(TEMP_SUFFIX)).map((n) => shred(path.join(dir, n))));
}

/**
 * Overwrite a file with random bytes, fsync, then unlink it. On a copy-on-write or
 * wear-levelled disk the old blocks may survive; that is why every key on disk is also
 * wrapped, and why deleting a vault destroys the header (the only home of the wrapped key).
 */
export async function shred(file: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(file, 'r+');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  try {
    const { size } = await handle.stat();
    const chunk = 1 << 20;
    for (let offset = 0; offset < size; offset += chunk) {
      const length = Math.min(chunk, size - offset);
      await handle.write(randomBytes(length), 0, length, offset);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rm(file, { force: true });
}
