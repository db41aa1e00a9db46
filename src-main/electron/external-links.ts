// The only web pages Alcove ever asks the OS to open, each named by a key. A caller chooses
// a key, never a URL: a URL string from the renderer could carry PHI in its path or query to
// a browser or a server (HIPAA 164.312(e)(1), transmission security), and a fixed table of
// the app's own links cannot.

import type { Shell } from 'electron';
import { z } from 'zod';
import { AlcoveError } from '../errors.js';

/**
 * The pages the README already points to. The de-identification place lists ship GeoNames
 * data under CC BY 4.0, whose terms ask for a link to the source and to the licence. No
 * screen links out today, so no IPC method reaches this table; one that needs to would take
 * ExternalLinkKeySchema as its input and call openExternalLink().
 */
export const EXTERNAL_LINKS = {
  geonames: 'https://www.geonames.org/',
  'cc-by-4.0': 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export type ExternalLinkKey = keyof typeof EXTERNAL_LINKS;

export const ExternalLinkKeySchema = z.enum(Object.keys(EXTERNAL_LINKS) as [ExternalLinkKey, ...ExternalLinkKey[]]);

/**
 * Open the table's page for a key. Anything that is not one of the keys is refused with
 * VALIDATION_FAILED before the OS is asked; the message does not echo what was passed.
 */
export function openExternalLink(shell: Pick<Shell, 'openExternal'>, key: unknown): void {
  const parsed = ExternalLinkKeySchema.safeParse(key);
  if (!parsed.success) throw new AlcoveError('VALIDATION_FAILED', 'Alcove has no link by that name, so nothing was opened.');
  void shell.openExternal(EXTERNAL_LINKS[parsed.data]).catch(() => undefined);
}
