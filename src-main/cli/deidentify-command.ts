// `alcove deidentify`: Safe Harbor de-identification of text on stdin; needs no vault.
// --json prints {"text","spans"}; --jsonl streams {"id","text"} lines to {"id","text","spans"} lines.

import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { AlcoveError } from '../errors.js';
import { deidentify } from '../deid/index.js';
import type { CliContext } from './main.js';

export interface DeidentifyIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
}

function wireSpans(spans: ReturnType<typeof deidentify>['spans']): Array<{ start: number; end: number; category: string }> {
  return spans.map((s) => ({ start: s.start, end: s.end, category: s.category }));
}

/** One JSONL line in, one out; a malformed line is a typed error naming its number. */
export function deidentifyJsonlLine(line: string, lineNumber: number): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new AlcoveError('VALIDATION_FAILED', `Line ${lineNumber} is not valid JSON; expected {"id","text"}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { text?: unknown }).text !== 'string') {
    throw new AlcoveError('VALIDATION_FAILED', `Line ${lineNumber} has no "text" string; expected {"id","text"}.`);
  }
  const { id, text } = parsed as { id?: unknown; text: string };
  const result = deidentify(text);
  return JSON.stringify({ id: id ?? null, text: result.text, spans: wireSpans(result.spans) });
}

export async function runDeidentify(io: DeidentifyIo, mode: 'text' | 'json' | 'jsonl'): Promise<void> {
  if (mode === 'jsonl') {
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      io.stdout.write(`${deidentifyJsonlLine(line, n)}\n`);
    }
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const result = deidentify(Buffer.concat(chunks).toString('utf8'));
  io.stdout.write(mode === 'json' ? `${JSON.stringify({ text: result.text, spans: wireSpans(result.spans) })}\n` : result.text);
}

export function registerDeidentifyCommand(program: Command, ctx: CliContext, io: DeidentifyIo = { stdin: process.stdin, stdout: process.stdout }): void {
  program
    .command('deidentify')
    .description('remove Safe Harbor identifiers from text on stdin (no vault needed)')
    .option('--jsonl', 'read {"id","text"} per line, write {"id","text","spans"} per line')
    .action(async (opts: { jsonl?: boolean }) => {
      await runDeidentify(io, opts.jsonl ? 'jsonl' : ctx.json ? 'json' : 'text');
    });
}
