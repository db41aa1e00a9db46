// The handlers behind the contract: thin, each one calls the core. Inputs arrive already
// validated by the dispatcher; outputs are validated again on the way out.

import type { z } from 'zod';
import type { MethodName } from './methods.js';
import type { Contract } from './contract.js';
import { assessPassword } from '../vault/password-policy.js';
import type { VaultService } from '../vault/service.js';

export type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>) => Promise<z.input<Contract[M]['output']>>;
};

export interface Core {
  vault: VaultService;
}

export function createHandlers(core: Core): Handlers {
  const { vault } = core;
  return {
    'vault.list': () => vault.list(),
    'vault.status': async () => vault.status(),
    'vault.assessPassword': async ({ password, displayName }) => assessPassword(password, displayName ? [displayName] : []),
    'vault.create': (input) => vault.create(input),
    'vault.unlock': (input) => vault.unlock(input),
    'vault.recover': (input) => vault.recover(input),
    'vault.lock': async () => {
      await vault.lock('manual');
      return null;
    },
    'vault.changePassword': async (input) => {
      await vault.changePassword(input);
      return null;
    },
    'vault.delete': async (input) => {
      await vault.delete(input);
      return null;
    },
  };
}
