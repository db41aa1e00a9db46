// Seeding the clinical record straight through the core, for tests that start mid-story
// (a chart with months of measures, a note to search for). What a test is about is always
// done through the screens.

import { expect, type Page } from '@playwright/test';
import type { ApiInput, ApiOutput } from '../../../src-main/api/contract.js';
import type { MethodName } from '../../../src-main/api/methods.js';
import { PASSWORDS, type Alcove } from '../fixtures.js';

export const THERAPIST = 'Dr. Rivera';
/** The person who signs in the seeded vault (1234567893: CMS's example of a valid NPI). */
export const PRACTITIONER = { name: 'Ana Reyes', credentials: 'LCSW', licenseNumber: 'LCS 29871', licenseState: 'CA', npi: '1234567893' } as const;
export const SIGNER_LINE = `${PRACTITIONER.name}, ${PRACTITIONER.credentials}`;

export async function seed<M extends MethodName>(alcove: Alcove, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const r = await alcove.core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
  return r.value as ApiOutput<M>;
}

/**
 * A vault created and unlocked in the core, with its practitioner profile set (signing needs
 * one) unless a test sets it itself; the app opens straight into the workspace.
 */
export async function openUnlockedVault(page: Page, alcove: Alcove, options: { profile?: boolean } = {}): Promise<void> {
  const { vaultId } = await seed(alcove, 'vault.create', { displayName: THERAPIST, password: PASSWORDS.first });
  await seed(alcove, 'vault.unlock', { vaultId, password: PASSWORDS.first });
  if (options.profile !== false) await seed(alcove, 'profile.update', PRACTITIONER);
  await alcove.open();
  await expect(page.getByTestId('open-vault-name')).toHaveText(THERAPIST);
}
