// The keys and limits of form drafts (drafts.ts), apart from the operations so the contract,
// whose graph the renderer's types follow, imports no Node module.

export const DRAFT_KINDS = ['plan', 'contact', 'amendment', 'measure', 'client', 'discharge', 'flag', 'disclosure', 'profile'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
/** Every key a form may use: the kind, then the record it belongs to (the practitioner profile has one, `self`). */
export const DRAFT_KEY = new RegExp(`^(?:(?:plan|contact|amendment|measure|discharge|flag|disclosure):${UUID}|client:new|profile:self)$`);

/** The largest body kept (characters of JSON): a whole plan or note with room to spare. */
export const DRAFT_BODY_LIMIT = 250_000;

