// Reading secrets for the CLI. Never from arguments (they end up in shell history and in
// `ps`): with --password-stdin, one secret per line of standard input; otherwise a prompt on
// the terminal with echo turned off.

import readline from 'node:readline';
import { AlcoveError } from '../errors.js';

export interface SecretReader {
  read(prompt: string): Promise<string>;
}

/** Lines from a stream, handed out one per read(). */
export function stdinSecretReader(stream: NodeJS.ReadableStream = process.stdin): SecretReader {
  const rl = readline.createInterface({ input: stream, crlfDelay: Infinity, terminal: false });
  const lines: string[] = [];
  const waiters: ((line: string | null) => void)[] = [];
  let ended = false;
  rl.on('line', (line) => {
    const w = waiters.shift();
    if (w) w(line);
    else lines.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const w of waiters.splice(0)) w(null);
  });
  return {
    async read(prompt) {
      const line = lines.length ? (lines.shift() as string) : ended ? null : await new Promise<string | null>((r) => waiters.push(r));
      if (line === null) {
        rl.close();
        throw new AlcoveError('VALIDATION_FAILED', `Standard input ended before the ${prompt.replace(/:\s*$/, '').toLowerCase()} was given (one secret per line).`);
      }
      if (waiters.length === 0 && lines.length === 0) rl.pause();
      return line.replace(/\r$/, '');
    },
  };
}

/** A terminal prompt that does not echo what is typed. */
export function ttySecretReader(): SecretReader {
  return {
    read(prompt) {
      const input = process.stdin;
      if (!input.isTTY) {
        return Promise.reject(new AlcoveError('VALIDATION_FAILED', 'No terminal to ask for the secret: pass --password-stdin and give it on standard input.'));
      }
      process.stderr.write(prompt);
      return new Promise((resolve, reject) => {
        let value = '';
        input.setRawMode(true);
        input.resume();
        input.setEncoding('utf8');
        const done = (err?: Error) => {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stderr.write('\n');
          if (err) reject(err);
          else resolve(value);
        };
        const onData = (chunk: string) => {
          for (const ch of chunk) {
            if (ch === '\r' || ch === '\n') return done();
            if (ch === '\u0003') return done(new AlcoveError('VALIDATION_FAILED', 'Cancelled.'));
            if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
            else if (ch >= ' ') value += ch;
          }
        };
        input.on('data', onData);
      });
    },
  };
}
