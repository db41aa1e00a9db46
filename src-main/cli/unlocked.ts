// Commands that work inside a vault: unlock it (password from stdin or the terminal), do the
// work, and always lock again, even when the work fails.

import type { CliContext } from './context.js';

export async function withUnlockedVault<T>(ctx: CliContext, vaultId: string, work: () => Promise<T>): Promise<T> {
  // The worker loads its code while the password is read: Argon2 runs inside it, so a worker
  // started only at unlock would add its start-up to every command.
  ctx.core().vault.worker.start();
  const password = await ctx.secrets().read('Password: ');
  await ctx.call('vault.unlock', { vaultId, password });
  try {
    return await work();
  } finally {
    await ctx.call('vault.lock', {});
  }
}
