// `alcove client|note|measure|search …`: the clinical record from the command line. Each
// command unlocks the vault (password from stdin or the terminal), does one thing, and locks.

import { promises as fs } from 'node:fs';
import type { Command } from 'commander';
import { AlcoveError } from '../errors.js';
import type { ApiOutput } from '../api/contract.js';
import { SECTION_LABELS, TEMPLATES, type Sections, type Signer, type Template } from '../records/schemas.js';
import { signerLine } from '../records/signer-text.js';
import type { CliContext } from './context.js';
import { withUnlockedVault } from './unlocked.js';

const ALIASES: Record<string, string> = { s: 'subjective', o: 'objective', a: 'assessment', p: 'plan', d: 'data', b: 'behavior', behaviour: 'behavior', i: 'intervention', r: 'response' };

/**
 * Split a text file into the template's sections by headings such as "Subjective:" or "S:" at
 * the start of a line. Text before the first heading belongs to the first section.
 */
export function sectionsFromText(template: Template, text: string): Sections {
  const names = TEMPLATES[template] as readonly string[];
  if (template === 'free') return { body: text.trim() };
  const out: Record<string, string[]> = {};
  let current = names[0] as string;
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
    const key = m ? (ALIASES[(m[1] as string).toLowerCase()] ?? (m[1] as string).toLowerCase()) : null;
    if (key && names.includes(key)) {
      current = key;
      if (m?.[2]) (out[current] ??= []).push(m[2]);
      continue;
    }
    (out[current] ??= []).push(line);
  }
  return Object.fromEntries(Object.entries(out).map(([k, lines]): [string, string] => [k, lines.join('\n').trim()]).filter(([, v]) => v));
}

async function readTextFile(file: string): Promise<string> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > 1024 * 1024) throw new AlcoveError('TOO_LARGE', 'That file is over 1 MB; a note is limited to 200,000 characters. Nothing was saved.');
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof AlcoveError) throw err;
    throw new AlcoveError('NOT_FOUND', 'The text file could not be read. Check the path.');
  }
}

/** "Ana Reyes, LCSW", or the name a signature before profiles recorded, said as such. */
function signedByText(s: Signer, beforeProfiles: boolean): string {
  return beforeProfiles ? `${s.name} (signed before practitioner profiles; name as recorded then)` : signerLine(s);
}

function noteHuman(n: ApiOutput<'notes.get'>): string {
  const head = `${n.template.toUpperCase()} ${n.kind} note, session ${n.sessionDate} — ${n.status}${n.signedBy ? ` by ${signedByText(n.signedBy, n.signedBeforeProfiles)}` : ''}${n.lateEntry ? ' (late entry)' : ''}`;
  const body = Object.entries(n.sections).map(([k, v]) => `${SECTION_LABELS[k] ?? k}:\n${v}`);
  const amendments = n.amendments.map((a) => `Amendment (${new Date(a.signedAt).toISOString()}, ${signedByText(a.signedBy, a.signedBeforeProfiles)}):\n${a.text}`);
  return [head, '', ...body, ...(amendments.length ? ['', ...amendments] : [])].join('\n');
}

export function registerRecordCommands(program: Command, ctx: CliContext): void {
  const client = program.command('client').description('clients: add, list, show');
  client
    .command('add')
    .description('add a client')
    .requiredOption('--vault <id>', 'the vault id')
    .requiredOption('--name <name>', 'legal name')
    .option('--preferred-name <name>', 'name the client goes by')
    .option('--pronouns <pronouns>', 'pronouns')
    .option('--dob <date>', 'date of birth, YYYY-MM-DD')
    .option('--phone <phone>', 'phone number')
    .option('--email <email>', 'email address')
    .option('--mrn <mrn>', 'medical record number')
    .option('--part2', 'substance-use-disorder treatment record (42 CFR Part 2)')
    .action(async (o: { vault: string; name: string; preferredName?: string; pronouns?: string; dob?: string; phone?: string; email?: string; mrn?: string; part2?: boolean }) => {
      const fields = {
        legalName: o.name,
        ...(o.preferredName ? { preferredName: o.preferredName } : {}),
        ...(o.pronouns ? { pronouns: o.pronouns } : {}),
        ...(o.dob ? { dob: o.dob } : {}),
        ...(o.phone ? { phone: o.phone } : {}),
        ...(o.email ? { email: o.email } : {}),
        ...(o.mrn ? { identifiers: { mrn: o.mrn } } : {}),
        part2: Boolean(o.part2),
      };
      const out = await withUnlockedVault(ctx, o.vault, () => ctx.call<{ clientId: string }>('clients.create', fields));
      ctx.print({ clientId: out.clientId, legalName: o.name, part2: Boolean(o.part2) }, `Added client ${out.clientId}`);
    });
  client
    .command('list')
    .description('list clients')
    .requiredOption('--vault <id>', 'the vault id')
    .option('--status <status>', 'active, discharged or all', 'active')
    .action(async (o: { vault: string; status: string }) => {
      const clients = await withUnlockedVault(ctx, o.vault, () => ctx.call<ApiOutput<'clients.list'>>('clients.list', { status: o.status }));
      ctx.print({ clients }, clients.map((c) => `${c.clientId}  ${c.legalName}${c.part2 ? '  [Part 2]' : ''}${c.openFlags ? '  [risk flag]' : ''}`).join('\n') || 'No clients.');
    });
  client
    .command('show')
    .description("show a client's chart")
    .requiredOption('--vault <id>', 'the vault id')
    .requiredOption('--client <id>', 'the client id')
    .action(async (o: { vault: string; client: string }) => {
      const chart = await withUnlockedVault(ctx, o.vault, () => ctx.call<ApiOutput<'clients.chart'>>('clients.chart', { clientId: o.client }));
      const c = chart.client;
      ctx.print(chart, [`${c.legalName} (${c.status})${c.part2 ? ' [Part 2]' : ''}`, ...c.flags.map((f) => `RISK: ${f.message}`), `${chart.notes.length} notes, ${chart.measures.length} measures, ${chart.plans.length} plan versions`].join('\n'));
    });

  const note = program.command('note').description('session notes: add, sign, amend, show');
  note
    .command('add')
    .description('add a note from a text file (headings like "Subjective:" split sections)')
    .requiredOption('--vault <id>', 'the vault id')
    .requiredOption('--client <id>', 'the client id')
    .requiredOption('--template <template>', 'soap, dap, birp or free')
    .requiredOption('--text-file <file>', 'the note text')
    .option('--session-date <date>', 'YYYY-MM-DD (default: today)')
    .option('--psychotherapy', 'a psychotherapy note, kept apart from the record')
    .option('--sign', 'sign the note at once')
    .action(async (o: { vault: string; client: string; template: string; textFile: string; sessionDate?: string; psychotherapy?: boolean; sign?: boolean }) => {
      if (!(o.template in TEMPLATES)) throw new AlcoveError('VALIDATION_FAILED', 'The template must be soap, dap, birp or free.');
      const template = o.template as Template;
      const sections = sectionsFromText(template, await readTextFile(o.textFile));
      const out = await withUnlockedVault(ctx, o.vault, async () => {
        const draft = await ctx.call<{ noteId: string }>('notes.createDraft', {
          clientId: o.client,
          template,
          kind: o.psychotherapy ? 'psychotherapy' : 'progress',
          sessionDate: o.sessionDate ?? new Date().toISOString().slice(0, 10),
          sections,
        });
        const signed = o.sign ? await ctx.call<{ contentSha256: string; signedAt: number }>('notes.sign', { noteId: draft.noteId }) : null;
        return { noteId: draft.noteId, status: signed ? 'signed' : 'draft', ...(signed ? { contentSha256: signed.contentSha256, signedAt: signed.signedAt } : {}) };
      });
      ctx.print(out, `${out.status === 'signed' ? 'Signed' : 'Saved draft'} note ${out.noteId}`);
    });
  note
    .command('sign')
    .description('sign a draft note')
    .requiredOption('--vault <id>', 'the vault id')
    .requiredOption('--note <id>', 'the note id')
    .action(async (o: { vault: string; note: string }) => {
      const signed = await withUnlockedVault(ctx, o.vault, () => ctx.call<ApiOutput<'notes.sign'>>('notes.sign', { noteId: o.note }));
      // The CLI's JSON stays as it was: the signature, not the note (`note show` prints that).
      const out = { noteId: signed.noteId, signedAt: signed.signedAt, contentSha256: signed.contentSha256 };
      ctx.print(out, `Signed note ${out.noteId} (SHA-256 ${out.contentSha256})`);
    });
  note
    .command('amend')
    .description('add an amendment to a signed note')
    .requiredOption('--vault <id>', 'the vault id')
    .requiredOption('--note <id>', 'the note id')
    .requiredOption('--text-file <file>', 'the amendment text')
    .action(async (o: { vault: string; note: string; textFile: string }) => {
      const text = (await readTextFile(o.textFile)).trim();
      const amended = await withUnlockedVault(ctx, o.vault, () => ctx.call<ApiOutput<'notes.amend'>>('notes.amend', { noteId: o.note, text }));
      const out = { amendmentId: amended.amendmentId, noteId: amended.noteId };
      ctx.print(out, `Amendment ${out.amendmentId} added to note ${out.noteId}`);
    });
  note
    .command('show')
    .description('show a note with its amendments')
    .requiredOption('--vault <id>', 'the vault id')
    .requiredOption('--note <id>', 'the note id')
    .action(async (o: { vault: string; note: string }) => {
      const n = await withUnlockedVault(ctx, o.vault, () => ctx.call<ApiOutput<'notes.get'>>('notes.get', { noteId: o.note }));
      ctx.print(n, noteHuman(n));
    });

  const measure = program.command('measure').description('standard measures: add');
  measure
    .command('add')
    .description('score and record a measure')
    .requiredOption('--vault <id>', 'the vault id')
    .requiredOption('--client <id>', 'the client id')
    .requiredOption('--instrument <id>', 'phq9, gad7, auditc, dast10, cuditr or pcl5')
    .requiredOption('--answers <list>', 'item answers, comma-separated, e.g. 0,1,2,3')
    .option('--date <date>', 'administered on, YYYY-MM-DD (default: today)')
    .option('--sex <sex>', 'male, female or unknown (AUDIT-C cut-off)')
    .action(async (o: { vault: string; client: string; instrument: string; answers: string; date?: string; sex?: string }) => {
      const answers = o.answers.split(',').map((a) => a.trim());
      if (answers.some((a) => !/^\d+$/.test(a))) throw new AlcoveError('VALIDATION_FAILED', 'Answers must be whole numbers separated by commas, e.g. 0,1,2,3.');
      const input = {
        clientId: o.client,
        instrument: o.instrument,
        answers: answers.map(Number),
        ...(o.date ? { administeredOn: o.date } : {}),
        ...(o.sex ? { sex: o.sex } : {}),
      };
      const m = await withUnlockedVault(ctx, o.vault, () => ctx.call<ApiOutput<'measures.add'>>('measures.add', input));
      ctx.print(m, [`${o.instrument.toUpperCase()} ${m.score} — ${m.severity}`, m.interpretation, ...m.flags.map((f) => `FLAG: ${f.message}`)].join('\n'));
    });

  program
    .command('search')
    .description('search notes, plans, contact notes and client names')
    .requiredOption('--vault <id>', 'the vault id')
    .requiredOption('--query <words>', 'words to find')
    .option('--client <id>', 'only this client')
    .action(async (o: { vault: string; query: string; client?: string }) => {
      const r = await withUnlockedVault(ctx, o.vault, () => ctx.call<ApiOutput<'search.query'>>('search.query', { query: o.query, ...(o.client ? { clientId: o.client } : {}) }));
      const human = r.hits.map((h) => `${h.recordType} ${h.recordId}  ${h.date}  ${h.title}\n    ${h.snippet.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('')}`);
      ctx.print(r, human.join('\n') || 'No matches.');
    });
}
