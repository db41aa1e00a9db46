// The clinical record as the renderer sees it: every shape comes from the API contract (types
// only), plus the instrument metadata's declared shape, checked once when it arrives.

import type { ApiInput, ApiOutput } from '../api.js';
import type { Instrument, InstrumentId, SeverityBand } from '../../src-main/records/measures/types.js';
import type { TEMPLATES } from '../../src-main/records/schemas.js';

export type { Instrument, InstrumentId, SeverityBand };
export type Client = ApiOutput<'clients.get'>;
export type ClientSummary = ApiOutput<'clients.list'>[number];
export type ClientChart = ApiOutput<'clients.chart'>;
export type ClientFields = ApiInput<'clients.create'>;
export type Note = ApiOutput<'notes.get'>;
export type NoteSummary = ClientChart['notes'][number];
export type NoteTemplate = Note['template'];
export type Sections = Note['sections'];
export type Plan = ApiOutput<'plans.get'>;
export type PlanContent = Plan['content'];
export type MeasureRecord = ClientChart['measures'][number];
export type MeasureResult = ApiOutput<'measures.add'>;
export type ContactNote = ClientChart['contacts'][number];
export type SearchHit = ApiOutput<'search.query'>['hits'][number];
export type RecordType = SearchHit['recordType'];
export type Modality = NonNullable<ApiInput<'notes.saveDraft'>['modality']>;

// The core does not (yet) send its templates over the API, so they are repeated here; the
// type below makes the compiler refuse any drift from src-main/records/schemas.ts.
export const NOTE_TEMPLATES: typeof TEMPLATES = {
  soap: ['subjective', 'objective', 'assessment', 'plan'],
  dap: ['data', 'assessment', 'plan'],
  birp: ['behavior', 'intervention', 'response', 'plan'],
  free: ['body'],
} as const;

export const TEMPLATE_NAMES: Record<NoteTemplate, string> = {
  soap: 'SOAP',
  dap: 'DAP',
  birp: 'BIRP',
  free: 'Free text',
};

export const SECTION_LABELS: Record<string, { label: string; hint: string }> = {
  subjective: { label: 'Subjective', hint: 'What the client reports: mood, events, concerns in their words.' },
  objective: { label: 'Objective', hint: 'What you observed: affect, appearance, behaviour, measures.' },
  assessment: { label: 'Assessment', hint: 'Your clinical impression and progress toward goals.' },
  plan: { label: 'Plan', hint: 'Next steps, homework, next session.' },
  data: { label: 'Data', hint: 'What the client said and what you observed.' },
  behavior: { label: 'Behavior', hint: 'The client’s presentation and what they reported.' },
  intervention: { label: 'Intervention', hint: 'What you did in session.' },
  response: { label: 'Response', hint: 'How the client responded to the intervention.' },
  body: { label: 'Note', hint: '' },
};

export const MODALITIES: Record<Modality, string> = { 'in-person': 'In person', telehealth: 'Telehealth', phone: 'Phone' };

export const RECORD_TYPE_NAMES: Record<RecordType, string> = {
  client: 'Client',
  note: 'Session note',
  amendment: 'Amendment',
  contact: 'Contact note',
  plan: 'Treatment plan',
};

function isInstrument(value: unknown): value is Instrument {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.shortName === 'string' && Array.isArray(v.items) && Array.isArray(v.bands);
}

/** `measures.instruments` is typed as a plain record on the wire; keep only well-formed entries. */
export function readInstruments(value: Record<string, unknown>): Instrument[] {
  return Object.values(value).filter(isInstrument);
}
