// `alcove vault …`: create, list, check, change-password, new-recovery-code, recover, delete.

import type { Command } from 'commander';
import { AlcoveError } from '../errors.js';
import type { ApiOutput } from '../api/contract.js';
import type { CliContext } from './context.js';

type Kit = ApiOutput<'vault.create'>;
type Summary = ApiOutput<'vault.list'>[number];

export function recoveryKitText(kit: Kit): string {
  return [
    '',
    '  ALCOVE RECOVERY KIT — keep this somewhere safe, away from this computer.',
    '  It is shown once. Without it, a forgotten password means the vault is lost.',
    '',
    `  Vault:          ${kit.displayName}`,
    `  Vault id:       ${kit.vaultId}`,
    `  Secret key:     ${kit.secretKey}`,
    `  Recovery code:  ${kit.recoveryCode}`,
    '',
    '  The secret key is also kept on this computer; you need it to open the vault on',
    '  another one. The recovery code opens the vault if you forget your password.',
    '',
  ].join('\n');
}

async function newPassword(ctx: CliContext, label: string): Promise<string> {
  const first = await ctx.secrets().read(`${label}: `);
  if (ctx.interactive) {
    const again = await ctx.secrets().read(`${label} again: `);
    if (again !== first) throw new AlcoveError('VALIDATION_FAILED', 'The two passwords do not match. Nothing was changed.');
  }
  return first;
}

export function registerVaultCommands(program: Command, ctx: CliContext): void {
  const vault = program.command('vault').description('create, open and manage vaults');

  vault
    .command('create')
    .description('create a vault and print its recovery kit (once)')
    .requiredOption('--name <name>', "the practitioner's name shown in the vault picker")
    .action(async (opts: { name: string }) => {
      const password = await newPassword(ctx, 'New password');
      const kit = await ctx.call<Kit>('vault.create', { displayName: opts.name, password });
      ctx.print({ vaultId: kit.vaultId, secretKey: kit.secretKey, recoveryCode: kit.recoveryCode }, recoveryKitText(kit));
    });

  vault
    .command('list')
    .description('list the vaults on this computer')
    .action(async () => {
      const vaults = await ctx.call<Summary[]>('vault.list', {});
      const human = vaults.length
        ? vaults.map((v) => `${v.vaultId}  ${v.displayName}${v.state === 'ready' ? '' : `  (${v.state})`}`).join('\n')
        : 'No vaults on this computer yet. Create one with: alcove vault create --name "Your name"';
      ctx.print({ vaults }, human);
    });

  vault
    .command('check')
    .description('prove the password: unlock the vault, then lock it again')
    .requiredOption('--vault <id>', 'the vault id (see vault list)')
    .action(async (opts: { vault: string }) => {
      const password = await ctx.secrets().read('Password: ');
      await ctx.call('vault.unlock', { vaultId: opts.vault, password });
      await ctx.call('vault.lock', {});
      ctx.print({ vaultId: opts.vault, ok: true }, 'The password is right; the vault opens and is locked again.');
    });

  vault
    .command('change-password')
    .description('change the password (reads the current one, then the new one)')
    .requiredOption('--vault <id>', 'the vault id')
    .option('--rotate-data-key', 're-encrypt the data under a new key, so an old copy of the header no longer opens it (prints a new recovery code)')
    .action(async (opts: { vault: string; rotateDataKey?: boolean }) => {
      const oldPassword = await ctx.secrets().read('Current password: ');
      const password = await newPassword(ctx, 'New password');
      const out = await ctx.call<ApiOutput<'vault.changePassword'>>('vault.changePassword', {
        vaultId: opts.vault,
        oldPassword,
        newPassword: password,
        ...(opts.rotateDataKey ? { rotateDataKey: true } : {}),
      });
      if (!out) return ctx.print({ vaultId: opts.vault, changed: true }, 'Password changed.');
      ctx.print(
        { vaultId: opts.vault, changed: true, dataKeyRotated: true, recoveryCode: out.recoveryCode },
        [
          'Password changed and the data re-encrypted under a new key: an old copy of the header no longer opens it.',
          `New recovery code:  ${out.recoveryCode}`,
          'Keep it with your recovery kit in place of the old code, which no longer works.',
        ].join('\n'),
      );
    });

  vault
    .command('new-recovery-code')
    .description('replace the recovery code (reads the password); the old code stops working')
    .requiredOption('--vault <id>', 'the vault id')
    .action(async (opts: { vault: string }) => {
      const password = await ctx.secrets().read('Password: ');
      const out = await ctx.call<ApiOutput<'vault.newRecoveryCode'>>('vault.newRecoveryCode', { vaultId: opts.vault, password });
      ctx.print(
        { vaultId: out.vaultId, recoveryCode: out.recoveryCode },
        `New recovery code:  ${out.recoveryCode}\nKeep it with your recovery kit in place of the old code, which no longer works.`,
      );
    });

  vault
    .command('recover')
    .description('open the vault with the recovery code and set a new password')
    .requiredOption('--vault <id>', 'the vault id')
    .action(async (opts: { vault: string }) => {
      const recoveryCode = await ctx.secrets().read('Recovery code: ');
      const password = await newPassword(ctx, 'New password');
      await ctx.call('vault.recover', { vaultId: opts.vault, recoveryCode, newPassword: password });
      await ctx.call('vault.lock', {});
      ctx.print({ vaultId: opts.vault, recovered: true }, 'Recovered: the vault now opens with the new password.');
    });

  vault
    .command('delete')
    .description('destroy a vault and every key to it, for good (reads the password)')
    .requiredOption('--vault <id>', 'the vault id')
    .option('--yes', 'confirm: the vault can never be read again')
    .action(async (opts: { vault: string; yes?: boolean }) => {
      if (!opts.yes) {
        throw new AlcoveError('VALIDATION_FAILED', 'Deleting a vault cannot be undone. Pass --yes to confirm. Nothing was changed.');
      }
      // Asked after --yes, so a missing confirmation never costs a password attempt.
      const password = await ctx.secrets().read('Password: ');
      await ctx.call('vault.delete', { vaultId: opts.vault, password });
      ctx.print({ vaultId: opts.vault, deleted: true }, 'The vault and its keys were destroyed.');
    });
}
