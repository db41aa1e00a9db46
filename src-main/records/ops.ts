// The record operations the vault worker runs, by name. Each runs inside one transaction
// (the worker opens it), so a note and its index entry, or a measure and its risk flag,
// commit together or not at all.

import type Database from 'better-sqlite3-multiple-ciphers';
import type { OpContext } from './db.js';
import { createClient, getClient, listClients, resolveFlag, setClientStatus, updateClient } from './clients.js';
import { clientChart } from './chart.js';
import { addContactNote } from './contacts.js';
import { addMeasure } from './measures-store.js';
import { amendNote, createDraft, getNote, reindexStale, saveDraft, signNote } from './notes.js';
import { discardFormDraft, getFormDraft, saveFormDraft } from './drafts.js';
import { draftPlan, getPlan, savePlan, signPlan } from './plans.js';
import { search } from './search.js';
import { getProfile, updateProfile } from './profile.js';

export type RecordOp = (db: Database.Database, input: never, ctx: OpContext) => unknown;

export const RECORD_OPS = {
  'clients.create': (db, input: Parameters<typeof createClient>[1], ctx) => createClient(db, input, ctx),
  'clients.update': (db, input: Parameters<typeof updateClient>[1], ctx) => updateClient(db, input, ctx),
  'clients.get': (db, input: { clientId: string }) => getClient(db, input),
  'clients.list': (db, input: Parameters<typeof listClients>[1]) => listClients(db, input),
  'clients.discharge': (db, input: { clientId: string; reason?: string }, ctx) => setClientStatus(db, { ...input, status: 'discharged' }, ctx),
  'clients.readmit': (db, input: { clientId: string; reason?: string }, ctx) => setClientStatus(db, { ...input, status: 'active' }, ctx),
  'clients.chart': (db, input: { clientId: string }) => clientChart(db, input),
  'clients.resolveFlag': (db, input: { flagId: string; note: string }, ctx) => resolveFlag(db, input, ctx),
  'notes.createDraft': (db, input: Parameters<typeof createDraft>[1], ctx) => createDraft(db, input, ctx),
  'notes.saveDraft': (db, input: Parameters<typeof saveDraft>[1], ctx) => saveDraft(db, input, ctx),
  'notes.sign': (db, input: Parameters<typeof signNote>[1], ctx) => signNote(db, input, ctx),
  'notes.amend': (db, input: Parameters<typeof amendNote>[1], ctx) => amendNote(db, input, ctx),
  'notes.get': (db, input: { noteId: string }) => getNote(db, input),
  'contacts.add': (db, input: Parameters<typeof addContactNote>[1], ctx) => addContactNote(db, input, ctx),
  'plans.draft': (db, input: Parameters<typeof draftPlan>[1], ctx) => draftPlan(db, input, ctx),
  'plans.save': (db, input: Parameters<typeof savePlan>[1], ctx) => savePlan(db, input, ctx),
  'plans.sign': (db, input: { planId: string }, ctx) => signPlan(db, input, ctx),
  'plans.get': (db, input: { planId: string }) => getPlan(db, input),
  'profile.get': (db, _input: Record<string, never>) => getProfile(db),
  'profile.update': (db, input: Parameters<typeof updateProfile>[1], ctx) => updateProfile(db, input, ctx),
  'measures.add': (db, input: Parameters<typeof addMeasure>[1], ctx) => addMeasure(db, input, ctx),
  'drafts.save': (db, input: Parameters<typeof saveFormDraft>[1], ctx) => saveFormDraft(db, input, ctx),
  'drafts.get': (db, input: { key: string }) => getFormDraft(db, input),
  'drafts.discard': (db, input: { key: string }) => discardFormDraft(db, input),
  'search.query': (db, input: Parameters<typeof search>[1]) => {
    reindexStale(db);
    return search(db, input);
  },
} satisfies Record<string, RecordOp>;

export type RecordOpName = keyof typeof RECORD_OPS;
