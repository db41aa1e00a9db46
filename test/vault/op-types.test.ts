// The worker's operations are declared once (vault/ops.ts OPS) and the main side's call is
// derived from that table: a wrong name or payload does not compile. The @ts-expect-error
// lines are checked by `tsc -p tsconfig.json` (which covers test/): if any of them compiled,
// the directive itself would be an error. The worker still refuses a name it does not know.

import { describe, expect, expectTypeOf, it } from 'vitest';
import type { OpInput, OpName, OpOutput } from '../../src-main/vault/ops.js';
import type { VaultService } from '../../src-main/vault/service.js';
import { PASSWORD, createTestVault, tempHome, testCore } from '../helpers/vault.js';

// Never called: only compiled.
function wrongCallsDoNotCompile(vault: VaultService) {
  // @ts-expect-error an operation that does not exist
  void vault.op('notes.delete', { noteId: 'n' });
  // @ts-expect-error a misspelt operation
  void vault.op('note.get', { noteId: 'n' });
  // @ts-expect-error a payload missing its field
  void vault.op('notes.get', {});
  // @ts-expect-error a payload with a field of the wrong type
  void vault.op('settings.get', { key: 42 });
  // @ts-expect-error a payload of another operation
  void vault.op('clients.get', { planId: 'p' });
  // @ts-expect-error a string that is not known to be an operation name
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- widening to string is what this line proves fails to compile
  void vault.op('clients.get' as string, { clientId: 'c' });
}

describe('typed worker operations', () => {
  it('derives input and output types from the one table', () => {
    expectTypeOf<'notes.sign'>().toMatchTypeOf<OpName>();
    expectTypeOf<OpInput<'settings.get'>>().toEqualTypeOf<{ key: string }>();
    expectTypeOf<OpOutput<'meta.vaultId'>>().toEqualTypeOf<string>();
    expectTypeOf<VaultService['op']>().parameter(0).toEqualTypeOf<OpName>();
    expect(typeof wrongCallsDoNotCompile).toBe('function');
  });

  it('the worker refuses an operation name it does not know, and the vault still answers', async () => {
    const home = await tempHome();
    const core = testCore(home);
    const kit = await createTestVault(core);
    await core.vault.unlock({ vaultId: kit.vaultId, password: PASSWORD });
    // Past the types (as a forged message would be): the worker checks the name itself.
    const err = await core.vault.worker.call('op', { name: 'no.such' as OpName, input: {}, now: Date.now() }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'UNKNOWN_METHOD' });
    expect(await core.vault.op('meta.vaultId', {})).toBe(kit.vaultId);
    await core.close();
  });
});
