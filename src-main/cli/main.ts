// `alcove`, the command line over the same core and the same dispatcher as the desktop app.
// Public interface: command names, flags, JSON field names and error codes are used by
// scripts outside this repository and stay exactly as documented in the README.

import { Command, CommanderError, Option } from 'commander';
import { AlcoveError, ReportedFailure, toWireError, type WireError } from '../errors.js';
import { createCore, type AlcoveCore } from '../core.js';
import { createLogger } from '../log/logger.js';
import { resolveHome } from '../vault/paths.js';
import type { KdfChoice } from '../vault/service.js';
import { KeyDirectoryStore, resolveKeysDir, StdinKeyStore } from './keys.js';
import { stdinSecretReader, ttySecretReader, type SecretReader } from './secrets-input.js';
import { registerDeidentifyCommand } from './deidentify-command.js';
import { registerRecordCommands } from './record-commands.js';
import { registerAuditCommands } from './audit-commands.js';
import { registerProfileCommands } from './profile-commands.js';
import { registerVaultCommands } from './vault-commands.js';
import type { CliContext } from './context.js';

export type { CliContext } from './context.js';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export interface GlobalOptions {
  home?: string;
  keys?: string;
  json?: boolean;
  passwordStdin?: boolean;
  secretKeyStdin?: boolean;
}

/** Test-only: tests may pass cheap Argon2 costs; the CLI's own flags never can. */
export interface CliTestHooks {
  kdf?: KdfChoice;
}

export async function runCli(argv: string[], io: CliIo, hooks: CliTestHooks = {}): Promise<number> {
  const program = new Command('alcove');
  let core: AlcoveCore | null = null;
  let reader: SecretReader | null = null;
  let stdinReader: SecretReader | null = null;
  const fromStdin = () => (stdinReader ??= stdinSecretReader(io.stdin));
  /** With --secret-key-stdin: the first line of standard input, read before any password. */
  let secretKeyLine: Promise<string> | null = null;
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();

  program
    .description('Alcove: encrypted clinical records on your own computer.')
    .addOption(new Option('--home <dir>', 'data directory (default: the app data folder, or $ALCOVE_HOME)'))
    .option('--json', 'machine-readable output on stdout; errors as {"error":{"code","message"}}')
    .addOption(new Option('--keys <dir>', 'key directory holding secret keys, outside the data folder (default: $ALCOVE_KEYS, else the OS per-user config folder)'))
    .option('--password-stdin', 'read secrets from standard input, one per line, instead of prompting')
    .option('--secret-key-stdin', 'read the secret key from the first line of standard input (before any password) and keep it nowhere')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => {
        if (!globals().json) io.stderr.write(s);
      },
    });

  const ctx: CliContext = {
    core() {
      if (!core) {
        const home = resolveHome(globals().home, io.env);
        const keyDirectory = new KeyDirectoryStore(resolveKeysDir(globals().keys, io.env, home), home);
        const line = secretKeyLine;
        core = createCore({
          home,
          keystore: line ? new StdinKeyStore(() => line, keyDirectory) : keyDirectory,
          log: createLogger({ home }),
          ...(hooks.kdf ? { kdf: hooks.kdf } : {}),
        });
      }
      return core;
    },
    secrets() {
      reader ??= globals().passwordStdin ? fromStdin() : ttySecretReader();
      return reader;
    },
    print(json, human) {
      if (globals().json) io.stdout.write(`${JSON.stringify(json)}\n`);
      else io.stdout.write(`${human}\n`);
    },
    async call<T>(method: string, input: unknown): Promise<T> {
      const result = await this.core().dispatch(method, input);
      if (!result.ok) throw new AlcoveError(result.error.code, result.error.message, result.error.details);
      return result.value as T;
    },
    get json() {
      return Boolean(globals().json);
    },
    get interactive() {
      return !globals().passwordStdin;
    },
  };

  program.hook('preAction', () => {
    if (globals().secretKeyStdin && !secretKeyLine) {
      secretKeyLine = fromStdin().read('Secret key: ');
      // Awaited when a command needs the key; a command that does not must not fail on it.
      secretKeyLine.catch(() => undefined);
    }
  });

  registerVaultCommands(program, ctx);
  registerProfileCommands(program, ctx);
  registerRecordCommands(program, ctx);
  registerAuditCommands(program, ctx);
  registerDeidentifyCommand(program, ctx, { stdin: io.stdin, stdout: io.stdout });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return 0; // --help, --version
      writeError(io, Boolean(globals().json), { code: 'VALIDATION_FAILED', message: err.message.replace(/^error: /, '') });
      return 2;
    }
    // Already reported as a result object on stdout: say it once more only for people.
    if (err instanceof ReportedFailure && globals().json) return 1;
    writeError(io, Boolean(globals().json), toWireError(err));
    return 1;
  } finally {
    // Lock whatever is open and stop the worker, so the process can exit cleanly.
    const opened = core as AlcoveCore | null;
    if (opened) await opened.close();
  }
}

function writeError(io: CliIo, json: boolean, error: WireError): void {
  if (json) io.stdout.write(`${JSON.stringify({ error })}\n`);
  else io.stderr.write(`Error (${error.code}): ${error.message}\n`);
}
