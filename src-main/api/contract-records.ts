// The clinical-records part of the API contract: clients, notes, contact notes, plans,
// measures and search. Every method needs an unlocked vault, and every one that reads or
// changes PHI names its audit action.

import { z } from 'zod';
import * as r from '../records/schemas.js';
import { DRAFT_KEY, DRAFT_KINDS } from '../records/draft-keys.js';
import { spec } from './spec.js';
import { place } from './contract-session.js';

const clientRef = z.strictObject({ clientId: r.id });
const noteRef = z.strictObject({ noteId: r.id });
const planRef = z.strictObject({ planId: r.id });
const reason = z.string().max(500).optional();

const chart = z.strictObject({
  client: r.client,
  notes: z.array(r.noteSummary),
  measures: z.array(r.measureRecord),
  plans: z.array(r.plan),
  contacts: z.array(r.contactNote),
});

const noteDraftInput = r.noteMeta.extend({ clientId: r.id, sections: r.sections.optional() });
const saveDraftInput = z.strictObject({
  noteId: r.id,
  sections: r.sections,
  sessionDate: r.isoDate.optional(),
  durationMinutes: z.number().int().min(1).max(24 * 60).optional(),
  modality: z.enum(['in-person', 'telehealth', 'phone']).optional(),
  serviceCode: z.string().regex(/^[A-Za-z0-9.-]{1,16}$/).optional(),
});

// A form's unsubmitted state. Not a clinical record, but PHI all the same: like a note's
// autosave (notes.saveDraft, 'note.update') every save, read and discard is audited.
const draftKey = z.string().regex(DRAFT_KEY);
const draftBody = z.record(z.string().max(100), z.json());

const measureInstrumentMeta = z.record(z.string(), z.unknown());

export const RECORDS_CONTRACT = {
  'clients.create': spec(r.clientFields, z.strictObject({ clientId: r.id }), true, 'client.create'),
  'clients.update': spec(z.strictObject({ clientId: r.id, fields: r.clientFields.partial() }), z.strictObject({ clientId: r.id }), true, 'client.update'),
  'clients.get': spec(clientRef, r.client, true, 'client.read'),
  'clients.list': spec(
    z.strictObject({ status: z.enum(['active', 'discharged', 'all']).optional(), nameStartsWith: z.string().max(100).optional() }),
    z.array(r.clientSummary),
    true,
    'client.list',
  ),
  'clients.discharge': spec(z.strictObject({ clientId: r.id, reason }), z.strictObject({ clientId: r.id }), true, 'client.discharge'),
  'clients.readmit': spec(z.strictObject({ clientId: r.id, reason }), z.strictObject({ clientId: r.id }), true, 'client.readmit'),
  'clients.chart': spec(clientRef, chart, true, 'client.read'),
  'clients.resolveFlag': spec(z.strictObject({ flagId: r.id, note: z.string().min(1).max(2000) }), z.strictObject({ flagId: r.id }), true, 'client.flag.resolve'),
  'notes.createDraft': spec(noteDraftInput, z.strictObject({ noteId: r.id, revision: z.number() }), true, 'note.create'),
  'notes.saveDraft': spec(saveDraftInput, z.strictObject({ noteId: r.id, revision: z.number(), savedAt: z.number() }), true, 'note.update'),
  // The editor signs in one call: the final text and session details are saved and signed in
  // one transaction, and the signed note comes back (issue 13). Without sections, the saved
  // draft is signed as it is.
  'notes.sign': spec(
    saveDraftInput.partial().required({ noteId: true }).extend({ place: place.optional() }),
    z.strictObject({ noteId: r.id, signedAt: z.number(), contentSha256: z.string(), note: r.note }),
    true,
    'note.sign',
  ),
  'notes.amend': spec(
    z.strictObject({ noteId: r.id, text: z.string().min(1).max(r.LIMITS.amendmentText) }),
    z.strictObject({ amendmentId: r.id, noteId: r.id, note: r.note }),
    true,
    'note.amend',
  ),
  'notes.get': spec(noteRef, r.note, true, 'note.read'),
  'contacts.add': spec(
    z.strictObject({
      clientId: r.id,
      kind: z.enum(['call', 'message', 'collateral', 'other']),
      occurredAt: z.iso.date().or(z.iso.datetime()),
      withWhom: z.string().max(200).optional(),
      text: z.string().min(1).max(r.LIMITS.contactText),
    }),
    z.strictObject({ contactId: r.id }),
    true,
    'contact.create',
  ),
  'plans.draft': spec(
    z.strictObject({ clientId: r.id, content: r.planContent.optional(), reviewDate: r.isoDate.optional() }),
    z.strictObject({ planId: r.id, version: z.number() }),
    true,
    'plan.create',
  ),
  'plans.save': spec(z.strictObject({ planId: r.id, content: r.planContent, reviewDate: r.isoDate.optional() }), z.strictObject({ planId: r.id }), true, 'plan.update'),
  'plans.sign': spec(planRef, z.strictObject({ planId: r.id, contentSha256: z.string() }), true, 'plan.sign'),
  'plans.get': spec(planRef, r.plan, true, 'plan.read'),
  // The practitioner's own details, not a client's: read freely, every change audited.
  'profile.get': spec(z.strictObject({}), r.practitionerProfile, true),
  'profile.update': spec(r.profileFields, r.practitionerProfile, true, 'profile.update'),
  'measures.add': spec(
    z.strictObject({
      clientId: r.id,
      instrument: r.instrument,
      answers: z.array(z.number().int().min(0).max(4)).min(1).max(20),
      administeredOn: r.isoDate.optional(),
      sex: z.enum(['male', 'female', 'unknown']).optional(),
    }),
    r.measureRecord.extend({ interpretation: z.string() }),
    true,
    'measure.create',
  ),
  'measures.instruments': spec(z.strictObject({}), measureInstrumentMeta, true),
  'drafts.save': spec(
    z.strictObject({ key: draftKey, kind: z.enum(DRAFT_KINDS), clientId: r.id.optional(), body: draftBody }),
    z.strictObject({ key: draftKey, savedAt: z.number() }),
    true,
    'draft.save',
  ),
  'drafts.get': spec(z.strictObject({ key: draftKey }), draftBody.nullable(), true, 'draft.read'),
  'drafts.discard': spec(z.strictObject({ key: draftKey }), z.null(), true, 'draft.discard'),
  'search.query': spec(
    z.strictObject({
      query: z.string().max(r.LIMITS.query),
      clientId: r.id.optional(),
      recordTypes: z.array(r.recordType).max(5).optional(),
      from: r.isoDate.optional(),
      to: r.isoDate.optional(),
      limit: z.number().int().min(1).max(200).optional(),
      window: z.number().int().min(50).max(1_000_000).optional(),
      prefix: z.boolean().optional(),
    }),
    z.strictObject({ hits: z.array(r.searchHit), window: z.number(), complete: z.boolean() }),
    true,
    'search.query',
  ),
};
