// Commands that work inside a vault: unlock it (password from stdin or the terminal), do the
// work, and always lock again, even when the work fails.

import type { CliContext } from './main.js';

export async function withUnlockedVault<T>(ctx: CliContext, vaultId: string, work: () => Promise<T>): Promise<T> {
  const password = await ctx.secrets().read('Password: ');
  await ctx.call('vault.unlock', { vaultId, password });
  try {
    return await work();
  } finally {
    await ctx.call('vault.lock', {});
  }
}
