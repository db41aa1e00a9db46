// An audit entry holds ids, an action name, an outcome and small counts — never text — and its
// canonical bytes are the same on every machine, or a verifier elsewhere would disagree.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuditEntrySchema, decodeEntry, encodeEntry, surelyValidEntry, type AuditEntry } from '../../src-main/audit/entry.js';
import { ExportEntrySchema, surelyValidExportEntry } from '../../src-main/audit/export.js';
import { ACTOR, CLIENTS, DEVICE, sampleEntry } from './fixtures.js';

const uuid = fc.uuid().map((u) => u.toLowerCase());
const word = fc.stringMatching(/^[a-z][a-zA-Z]{1,10}$/);
const entryArb: fc.Arbitrary<AuditEntry> = fc.record(
  {
    time: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    deviceId: uuid,
    actor: uuid,
    action: fc.tuple(word, word, fc.option(word, { nil: undefined })).map(([a, b, c]) => [a, b, c].filter(Boolean).join('.')),
    recordIds: fc.uniqueArray(uuid, { maxLength: 5 }),
    outcome: fc.constantFrom('ok', 'NOT_FOUND', 'VAULT_LOCKED', 'WRONG_PASSWORD'),
    details: fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z]{0,8}$/), fc.integer({ min: 0, max: 2 ** 31 - 1 }), { minKeys: 1, maxKeys: 4 }),
  },
  { requiredKeys: ['time', 'deviceId', 'actor', 'action', 'recordIds', 'outcome'] },
);

describe('canonical encoding', () => {
  it('is pinned: this entry always encodes to these bytes', () => {
    const entry: AuditEntry = { time: 1736154000000, deviceId: DEVICE, actor: ACTOR, action: 'search.query', recordIds: [], outcome: 'ok', details: { resultCount: 3 } };
    expect(encodeEntry(entry).toString('hex')).toBe(
      '01' + '000001943ad7aa80' +
        '24' + Buffer.from(DEVICE).toString('hex') +
        '24' + Buffer.from(ACTOR).toString('hex') +
        '0c' + Buffer.from('search.query').toString('hex') +
        '0000' +
        '02' + Buffer.from('ok').toString('hex') +
        '01' + '0b' + Buffer.from('resultCount').toString('hex') + '00000003',
    );
  });

  it('round-trips every valid entry, and no two different entries share bytes', () => {
    fc.assert(
      fc.property(entryArb, entryArb, (a, b) => {
        const bytes = encodeEntry(AuditEntrySchema.parse(a));
        expect(decodeEntry(bytes)).toEqual(AuditEntrySchema.parse(a));
        if (JSON.stringify(decodeEntry(bytes)) !== JSON.stringify(decodeEntry(encodeEntry(b)))) {
          expect(bytes.equals(encodeEntry(b))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order details were written in', () => {
    const base = sampleEntry(1);
    const a = encodeEntry({ ...base, details: { resultCount: 4, attempts: 2 } });
    const b = encodeEntry({ ...base, details: { attempts: 2, resultCount: 4 } });
    expect(a.equals(b)).toBe(true);
  });

  it('refuses bytes with a wrong version, trailing garbage or a cut end', () => {
    const bytes = encodeEntry(sampleEntry(2));
    expect(() => decodeEntry(Buffer.concat([bytes, Buffer.from([0])]))).toThrow();
    expect(() => decodeEntry(bytes.subarray(0, bytes.length - 1))).toThrow();
    expect(() => decodeEntry(Buffer.concat([Buffer.from([2]), bytes.subarray(1)]))).toThrow();
  });
});

describe('no entry can hold free text', () => {
  const good = sampleEntry(0);
  const refused: [string, Record<string, unknown>][] = [
    ['a client name as a record id', { recordIds: ['Margaret Okafor'] }],
    ['a name squeezed into id characters', { recordIds: ['margaretokafor'] }],
    ['an uppercase UUID (one spelling per id)', { recordIds: [ACTOR.toUpperCase()] }],
    ['a repeated record id', { recordIds: [CLIENTS[0], CLIENTS[0]] }],
    ['search words in the action', { action: 'search.query "suicidal ideation"' }],
    ['a name in the action', { action: 'client.read.MargaretOkafor1' }],
    ['a four-part action', { action: 'client.read.by.name' }],
    ['note text as the outcome', { outcome: 'patient reports panic attacks' }],
    ['a lowercase error code', { outcome: 'not_found' }],
    ['a string detail', { details: { query: 'panic' } }],
    ['a phone number as a detail', { details: { phone: 5551234567 } }],
    ['a fractional detail', { details: { resultCount: 2.5 } }],
    ['an empty details object', { details: {} }],
    ['a name as the actor', { actor: 'Dr Imogen Vasquez' }],
    ['a device id with text', { deviceId: 'laptop of Dr Vasquez' }],
    ['an extra field', { note: 'anything' }],
    ['a negative time', { time: -1 }],
    ['a fractional time', { time: 1.5 }],
  ];
  for (const [what, change] of refused) {
    it(`refuses ${what}`, () => {
      expect(AuditEntrySchema.safeParse({ ...good, ...change }).success).toBe(false);
    });
  }

  it('refuses any string outside the id, action and outcome patterns (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom('actor', 'deviceId', 'action', 'outcome', 'recordIds'), (text, field) => {
        const looksAllowed =
          /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(text) ||
          (field === 'action' && /^[a-z][a-zA-Z]{1,23}(\.[a-z][a-zA-Z]{1,23}){1,2}$/.test(text)) ||
          (field === 'outcome' && /^(ok|[A-Z][A-Z0-9_]{1,47})$/.test(text));
        const value = field === 'recordIds' ? [text] : text;
        expect(AuditEntrySchema.safeParse({ ...good, [field]: value }).success).toBe(looksAllowed);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the fast validity check used on million-entry paths', () => {
  const fields = ['time', 'deviceId', 'actor', 'action', 'recordIds', 'outcome', 'details', 'seq', 'leafHash', 'extra'] as const;
  const oddValue = fc.oneof(
    fc.anything(),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(-0, 2 ** 31, 2 ** 31 - 1, Number.MAX_SAFE_INTEGER + 2, 'ok', 'OK', 'client.read', CLIENTS[0], ACTOR.toUpperCase()),
    fc.array(fc.oneof(uuid, fc.string()), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 30 }), fc.oneof(fc.integer(), fc.double(), fc.string())),
  );

  it('says yes to every valid entry, so the fast path is really taken', () => {
    // As entries arrive in practice: plain objects (fast-check also makes null-prototype ones).
    fc.assert(fc.property(entryArb, (e) => surelyValidEntry(JSON.parse(JSON.stringify(e)))), { numRuns: 300 });
  });

  it('never says yes to anything the schema refuses (property, with random corruptions)', () => {
    fc.assert(
      fc.property(entryArb, fc.array(fc.tuple(fc.constantFrom(...fields), fc.option(oddValue, { nil: undefined })), { maxLength: 3 }), fc.nat(), fc.constantFrom('0'.repeat(64), 'X'), (e, changes, seq, hash) => {
        const value = JSON.parse(JSON.stringify(e)) as Record<string, unknown>;
        for (const [field, v] of changes) {
          if (v === undefined) delete value[field];
          else value[field] = v;
        }
        if (surelyValidEntry(value)) expect(AuditEntrySchema.safeParse(value).success).toBe(true);
        const exported = { seq, leafHash: hash, ...value };
        if (surelyValidExportEntry(exported)) expect(ExportEntrySchema.safeParse(exported).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
