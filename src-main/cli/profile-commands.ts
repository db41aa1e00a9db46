// `alcove profile set|show`: the practitioner profile, the person whose name and credentials
// every signature in the vault carries. `set` changes only the fields given (an empty value
// clears one); both print the whole profile.

import type { Command } from 'commander';
import type { ApiInput, ApiOutput } from '../api/contract.js';
import { AlcoveError } from '../errors.js';
import type { CliContext } from './context.js';
import { withUnlockedVault } from './unlocked.js';

type Profile = ApiOutput<'profile.get'>;

/** Each flag and the profile field it sets, in the order `show` prints them. */
const FIELDS = [
  ['name', 'Name'],
  ['credentials', 'Credentials'],
  ['licenseNumber', 'License number'],
  ['licenseState', 'License state'],
  ['npi', 'NPI'],
  ['practice', 'Practice'],
  ['address', 'Address'],
  ['phone', 'Phone'],
] as const satisfies readonly (readonly [keyof ApiInput<'profile.update'>, string])[];

export function profileHuman(p: Profile): string {
  const lines = FIELDS.map(([field, label]) => `${`${label}:`.padEnd(16)}${p[field] ?? '—'}`);
  const status = p.complete ? 'Ready to sign: notes and plans will be signed with this name and credentials.' : 'Not ready to sign: a signature needs at least a name and credentials.';
  return [...lines, '', status].join('\n');
}

export function registerProfileCommands(program: Command, ctx: CliContext): void {
  const profile = program.command('profile').description('the practitioner profile that signs notes and plans: set, show');
  profile
    .command('set')
    .description('set profile fields (only those given change; an empty value clears one)')
    .requiredOption('--vault <id>', 'the vault id')
    .option('--name <name>', 'full name, as it appears on a signature')
    .option('--credentials <credentials>', 'credentials, e.g. LCSW, LPC, PsyD')
    .option('--license-number <number>', 'license number')
    .option('--license-state <code>', 'license state, two-letter code (e.g. CA)')
    .option('--npi <npi>', 'National Provider Identifier, 10 digits')
    .option('--practice <name>', 'practice name')
    .option('--address <address>', 'practice address')
    .option('--phone <phone>', 'practice phone')
    .action(async (o: { vault: string } & Partial<Record<(typeof FIELDS)[number][0], string>>) => {
      const input = Object.fromEntries(FIELDS.filter(([field]) => o[field] !== undefined).map(([field]) => [field, o[field]]));
      if (Object.keys(input).length === 0) {
        throw new AlcoveError('VALIDATION_FAILED', 'Give at least one field to set, e.g. --name "Ana Reyes" --credentials LCSW.');
      }
      const p = await withUnlockedVault(ctx, o.vault, () => ctx.call<Profile>('profile.update', input));
      ctx.print(p, profileHuman(p));
    });
  profile
    .command('show')
    .description('show the practitioner profile')
    .requiredOption('--vault <id>', 'the vault id')
    .action(async (o: { vault: string }) => {
      const p = await withUnlockedVault(ctx, o.vault, () => ctx.call<Profile>('profile.get', {}));
      ctx.print(p, profileHuman(p));
    });
}
