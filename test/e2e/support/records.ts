// Seeding the clinical record straight through the core, for tests that start mid-story
// (a chart with months of measures, a note to search for). What a test is about is always
// done through the screens.

import { expect, type Page } from '@playwright/test';
import type { ApiInput, ApiOutput } from '../../../src-main/api/contract.js';
import type { MethodName } from '../../../src-main/api/methods.js';
import { PASSWORDS, type Alcove } from '../fixtures.js';

export const THERAPIST = 'Dr. Rivera';

export async function seed<M extends MethodName>(alcove: Alcove, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const r = await alcove.core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
  return r.value as ApiOutput<M>;
}

/** A vault created and unlocked in the core; the app opens straight into the workspace. */
export async function openUnlockedVault(page: Page, alcove: Alcove): Promise<void> {
  const { vaultId } = await seed(alcove, 'vault.create', { displayName: THERAPIST, password: PASSWORDS.first });
  await seed(alcove, 'vault.unlock', { vaultId, password: PASSWORDS.first });
  await alcove.open();
  await expect(page.getByTestId('open-vault-name')).toHaveText(THERAPIST);
}
