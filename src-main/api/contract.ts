// The API contract: every method the renderer (and the CLI) may call, with a strict input
// schema, an output schema, and whether it needs an unlocked vault. Types for the preload and
// the renderer are inferred from this table; nothing is declared twice.

import { z } from 'zod';
import type { MethodName } from './methods.js';
import * as s from './schemas.js';
import { spec, type MethodSpec } from './spec.js';
import { RECORDS_CONTRACT } from './contract-records.js';
import { SESSION_CONTRACT } from './contract-session.js';
import { AUDIT_CONTRACT } from './contract-audit.js';
import { REDACTION_CONTRACT } from './contract-redaction.js';

export const CONTRACT = {
  'vault.list': spec(
    s.empty,
    z.array(
      z.strictObject({
        vaultId: s.vaultId,
        displayName: z.string(),
        createdAt: z.string(),
        state: z.enum(['ready', 'damaged', 'newer-version']),
      }),
    ),
    false,
  ),
  'vault.status': spec(s.empty, s.vaultStatus, false),
  'vault.assessPassword': spec(
    z.strictObject({ password: s.password, displayName: s.displayName.optional() }),
    z.strictObject({ acceptable: z.boolean(), score: z.number().int().min(0).max(4), reasons: z.array(z.string()) }),
    false,
  ),
  'vault.create': spec(
    z.strictObject({ displayName: s.displayName, password: s.password }),
    z.strictObject({ vaultId: s.vaultId, displayName: z.string(), secretKey: z.string(), recoveryCode: z.string() }),
    false,
  ),
  'vault.unlock': spec(
    z.strictObject({ vaultId: s.vaultId, password: s.password, secretKey: s.secretKeyText.optional() }),
    s.vaultStatus,
    false,
  ),
  'vault.recover': spec(
    z.strictObject({
      vaultId: s.vaultId,
      recoveryCode: s.recoveryCodeText,
      newPassword: s.password,
      secretKey: s.secretKeyText.optional(),
    }),
    s.vaultStatus,
    false,
  ),
  'vault.lock': spec(s.empty, z.null(), false),
  // With rotateDataKey the database is re-encrypted under a new data key (issue 12), and the
  // new recovery code comes back: the old one cannot open the new key.
  'vault.changePassword': spec(
    z.strictObject({ vaultId: s.vaultId, oldPassword: s.password, newPassword: s.password, rotateDataKey: z.boolean().optional() }),
    z.union([z.null(), z.strictObject({ dataKeyRotated: z.literal(true), recoveryCode: z.string() })]),
    false,
  ),
  // A new recovery code, proved by the password; the old code stops working (issue 12).
  'vault.newRecoveryCode': spec(
    z.strictObject({ vaultId: s.vaultId, password: s.password }),
    z.strictObject({ vaultId: s.vaultId, recoveryCode: z.string() }),
    false,
  ),
  // Deleting destroys the records for good, so it takes the same proof as opening the vault:
  // the password or the recovery code, exactly one (issue 12).
  'vault.delete': spec(
    z.union([
      z.strictObject({ vaultId: s.vaultId, password: s.password }),
      z.strictObject({ vaultId: s.vaultId, recoveryCode: s.recoveryCodeText }),
    ]),
    z.null(),
    false,
  ),
  ...RECORDS_CONTRACT,
  ...SESSION_CONTRACT,
  ...AUDIT_CONTRACT,
  ...REDACTION_CONTRACT,
} satisfies Record<MethodName, MethodSpec>;

export type Contract = typeof CONTRACT;
export type { MethodSpec };
export type ApiInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ApiOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export type WireErrorShape = z.infer<typeof s.wireError>;
export type Result<T> = { ok: true; value: T } | { ok: false; error: WireErrorShape };

/** What the preload exposes as window.alcove: one async function per method, plus events. */
export type AlcoveApi = { [M in MethodName]: (input: ApiInput<M>) => Promise<Result<ApiOutput<M>>> } & {
  /** Subscribe to an event main pushes; returns the way to unsubscribe. */
  onEvent<E extends import('./methods.js').EventName>(name: E, cb: (payload: import('./events.js').EventPayload<E>) => void): () => void;
};
