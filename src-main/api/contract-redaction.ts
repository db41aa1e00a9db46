// De-identification in the API contract: what would be removed from a text (read with the
// client's record as context, so it is audited), and the text with the chosen spans replaced.

import { z } from 'zod';
import { id } from '../records/schemas.js';
import { spec } from './spec.js';
import { CATEGORIES } from '../deid/types.js';

const category = z.enum(CATEGORIES);
const span = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0), category });

export const REDACTION_CONTRACT = {
  /** What de-identification would remove from a text, with the client's record as context. */
  'redaction.preview': spec(
    z.strictObject({ text: z.string().max(200_000), clientId: id.optional() }),
    z.strictObject({ spans: z.array(span.extend({ source: z.string() })), counts: z.partialRecord(category, z.number()) }),
    true,
    'redaction.preview',
  ),
  /** The text with the spans the clinician settled on replaced (tags or surrogates). */
  'redaction.apply': spec(
    z
      .strictObject({ text: z.string().max(200_000), spans: z.array(span).max(20_000), style: z.enum(['tags', 'surrogates']).optional() })
      .refine((v) => v.spans.every((s) => s.start < s.end && s.end <= v.text.length), 'spans must lie inside the text')
      .refine((v) => [...v.spans].sort((a, b) => a.start - b.start).every((s, i, all) => i === 0 || (all[i - 1] as { end: number }).end <= s.start), 'spans must not overlap'),
    z.strictObject({ text: z.string() }),
    true,
  ),
};
