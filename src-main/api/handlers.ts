// The handlers behind the contract: thin, each one calls the core. Inputs arrive already
// validated by the dispatcher; outputs are validated again on the way out.

import type { z } from 'zod';
import { METHOD_NAMES, type MethodName } from './methods.js';
import type { Contract } from './contract.js';
import { assessPassword } from '../vault/password-policy.js';
import type { VaultService } from '../vault/service.js';
import { isOpName, type OpInput, type OpName } from '../vault/ops.js';
import { INSTRUMENTS } from '../records/measures/instruments.js';
import { sessionHandlers, type SessionDeps } from './handlers-session.js';
import { lockHandlers } from './handlers-lock.js';
import { applyPreview } from '../redaction/preview.js';
import { AlcoveError } from '../errors.js';

export type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>) => Promise<z.input<Contract[M]['output']>>;
};

export interface Core extends SessionDeps {
  vault: VaultService;
  /** A folder the user picks in the main process's own dialog (null when cancelled or none). */
  chooseFolder?: (purpose: 'witness') => Promise<string | null>;
}

/** Methods whose vault-worker operation has the same name are forwarded as they are. */
type Forwarded = Extract<MethodName, OpName>;
const FORWARDED = METHOD_NAMES.filter((m): m is Forwarded => isOpName(m));

export function createHandlers(core: Core): Handlers {
  const { vault } = core;
  const lock = lockHandlers(core);
  const session = sessionHandlers(core);
  // The dispatcher has checked the input against the method's schema, which describes the
  // operation's input (the contract tests run every method through the worker).
  const openVaultId = () => {
    const status = vault.status();
    if (status.state !== 'unlocked') throw new AlcoveError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    return status.vaultId;
  };
  const forward = <N extends Forwarded>(name: N) => (input: OpInput<N>) => vault.op(name, input);
  const forwarded = Object.fromEntries(FORWARDED.map((name) => [name, forward(name)])) as unknown as {
    [M in Forwarded]: Handlers[M];
  };
  return {
    ...forwarded,
    // One round trip from the editor: the place is kept here, the rest is one worker call.
    'notes.sign': async ({ place, ...input }) => {
      if (place) session.rememberPlace(place);
      return vault.op('notes.sign', input);
    },
    'audit.witnessFolders': () => vault.witnessFolders(openVaultId()),
    'audit.addWitnessFolder': async () => {
      const vaultId = openVaultId();
      const chosen = core.chooseFolder ? await core.chooseFolder('witness') : null;
      if (!chosen) return { ...(await vault.witnessFolders(vaultId)), added: false };
      return { ...(await vault.addWitnessFolder(vaultId, chosen)), added: true };
    },
    'audit.removeWitnessFolder': ({ folder }) => vault.removeWitnessFolder(openVaultId(), folder),
    'measures.instruments': async () => INSTRUMENTS,
    'redaction.apply': async (input) => applyPreview(input),
    'vault.list': () => vault.list(),
    'vault.status': async () => vault.status(),
    'vault.assessPassword': async ({ password, displayName }) => assessPassword(password, displayName ? [displayName] : []),
    'vault.create': (input) => vault.create(input),
    'vault.unlock': async (input) => lock.startLock(await vault.unlock(input)),
    'vault.recover': async (input) => lock.startLock(await vault.recover(input)),
    ...lock.handlers,
    ...session.handlers,
    'vault.changePassword': async (input) => {
      const rotated = await vault.changePassword(input);
      return rotated ? { dataKeyRotated: true as const, recoveryCode: rotated.recoveryCode } : null;
    },
    'vault.newRecoveryCode': (input) => vault.newRecoveryCode(input),
    'vault.delete': async (input) => {
      await vault.delete(input);
      return null;
    },
  };
}
