// Storing administered measures. Scoring is the pure module in ./measures; here the result is
// kept with the answers, and a critical item (PHQ-9 item 9 above 0) raises a risk flag that
// stays on the client until a clinician resolves it.

import type Database from 'better-sqlite3-multiple-ciphers';
import { scoreMeasure } from './measures/score.js';
import type { InstrumentId, Sex } from './measures/types.js';
import type { MeasureRecord } from './schemas.js';
import { newId, stmt, todayIso, type OpContext } from './db.js';
import { assertClient } from './clients.js';

export interface MeasureInput {
  clientId: string;
  instrument: InstrumentId;
  answers: number[];
  administeredOn?: string;
  sex?: Sex;
}

export function addMeasure(db: Database.Database, input: MeasureInput, ctx: OpContext): MeasureRecord & { interpretation: string } {
  assertClient(db, input.clientId);
  const result = scoreMeasure(input.instrument, input.answers, input.sex ? { sex: input.sex } : {});
  const id = newId();
  const flags = result.flags.map((f) => ({ kind: f.kind, message: f.message, severity: f.severity }));
  const administeredOn = input.administeredOn ?? todayIso(ctx.now);
  stmt(
    db,
    'INSERT INTO measures (id, client_id, instrument, answers, score, severity, flags, administered_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(id, input.clientId, input.instrument, JSON.stringify(input.answers), result.score, result.severity.band, JSON.stringify(flags), administeredOn, ctx.now);
  for (const f of result.flags) {
    if (f.severity !== 'critical') continue;
    stmt(db, 'INSERT INTO client_flags (id, client_id, kind, message, source_id, raised_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      newId(),
      input.clientId,
      f.kind,
      f.message,
      id,
      ctx.now,
    );
  }
  return {
    measureId: id,
    clientId: input.clientId,
    instrument: input.instrument,
    answers: input.answers,
    score: result.score,
    severity: result.severity.band,
    flags,
    administeredOn,
    createdAt: ctx.now,
    interpretation: result.interpretation,
  };
}

export function listMeasures(db: Database.Database, clientId: string): MeasureRecord[] {
  return (
    stmt(db, 'SELECT * FROM measures WHERE client_id = ? ORDER BY administered_on, created_at').all(clientId) as {
      id: string;
      client_id: string;
      instrument: MeasureRecord['instrument'];
      answers: string;
      score: number;
      severity: string;
      flags: string;
      administered_on: string;
      created_at: number;
    }[]
  ).map((m) => ({
    measureId: m.id,
    clientId: m.client_id,
    instrument: m.instrument,
    answers: JSON.parse(m.answers) as number[],
    score: m.score,
    severity: m.severity,
    flags: JSON.parse(m.flags) as MeasureRecord['flags'],
    administeredOn: m.administered_on,
    createdAt: m.created_at,
  }));
}
