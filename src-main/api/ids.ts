// Identifier schemas shared by the contract, the vault and the renderer's types. Kept free of
// Node imports so the renderer's type-check never pulls in Node's types.

import { z } from 'zod';

export const VaultIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
