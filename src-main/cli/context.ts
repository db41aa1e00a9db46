// What every CLI command gets from the program (main.ts): the core, a way to read secrets,
// and output. Its own file so the command files and main.ts both import it and the arrows
// run one way (main -> commands -> context).

import type { AlcoveCore } from '../core.js';
import type { SecretReader } from './secrets-input.js';

/** What every command gets: the core (opened lazily), a way to read secrets, and output. */
export interface CliContext {
  core(): AlcoveCore;
  secrets(): SecretReader;
  /** Print a result: JSON on stdout with --json, else the human text. */
  print(json: unknown, human: string): void;
  call<T>(method: string, input: unknown): Promise<T>;
  json: boolean;
  /** Secrets come from a person at a terminal (so new passwords are asked twice). */
  interactive: boolean;
}
