// Treatment plans: problems, goals, measurable objectives, interventions, target dates and a
// review date. Versioned: a signed version is immutable; revising it starts a new draft
// version that begins as a copy, so the history of the plan is the list of its versions.

import type Database from 'better-sqlite3-multiple-ciphers';
import { AlcoveError } from '../errors.js';
import { LIMITS, type Plan, type PlanContent, type Signer } from './schemas.js';
import { newId, notFound, sha256, stmt, type OpContext } from './db.js';
import { assertClient, clientTitle } from './clients.js';
import { indexRecord } from './search.js';
import { planText } from './plan-text.js';
import { currentSigner, storedSigner } from './profile.js';

interface PlanRow {
  id: string;
  client_id: string;
  version: number;
  status: 'draft' | 'signed';
  content: string;
  review_date: string | null;
  signed_by: string | null;
  /** The signer as at signing; null before practitioner profiles (see notes). */
  signed_by_json: string | null;
  signed_by_legacy: number;
  signed_at: number | null;
  content_sha256: string | null;
  created_at: number;
  updated_at: number;
}

function checkSize(content: PlanContent): string {
  const json = JSON.stringify(content);
  if (json.length > LIMITS.planText) throw new AlcoveError('TOO_LARGE', `This plan is over ${LIMITS.planText.toLocaleString('en-US')} characters; nothing was cut.`);
  return json;
}

function indexPlan(db: Database.Database, id: string, clientId: string, version: number, content: PlanContent, date: string): void {
  indexRecord(db, { recordType: 'plan', recordId: id, clientId, date, title: `${clientTitle(db, clientId)} · treatment plan v${version}`, body: planText(content) });
}

/** Start a plan, or a new draft version of the client's plan (a copy of the latest). */
export function draftPlan(db: Database.Database, input: { clientId: string; content?: PlanContent; reviewDate?: string }, ctx: OpContext): { planId: string; version: number } {
  assertClient(db, input.clientId);
  const latest = stmt(db, 'SELECT * FROM plans WHERE client_id = ? ORDER BY version DESC LIMIT 1').get(input.clientId) as PlanRow | undefined;
  if (latest?.status === 'draft') throw new AlcoveError('CONFLICT', 'This client already has a draft plan. Continue that draft instead.');
  const content = input.content ?? (latest ? (JSON.parse(latest.content) as PlanContent) : { problems: [] });
  const version = (latest?.version ?? 0) + 1;
  const id = newId();
  stmt(db, `INSERT INTO plans (id, client_id, version, status, content, review_date, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?, ?)`).run(
    id,
    input.clientId,
    version,
    checkSize(content),
    input.reviewDate ?? latest?.review_date ?? null,
    ctx.now,
    ctx.now,
  );
  indexPlan(db, id, input.clientId, version, content, new Date(ctx.now).toISOString().slice(0, 10));
  return { planId: id, version };
}

function planRow(db: Database.Database, planId: string): PlanRow {
  const r = stmt(db, 'SELECT * FROM plans WHERE id = ?').get(planId) as PlanRow | undefined;
  if (!r) throw notFound('treatment plan');
  return r;
}

export function savePlan(db: Database.Database, input: { planId: string; content: PlanContent; reviewDate?: string }, ctx: OpContext): { planId: string } {
  const r = planRow(db, input.planId);
  if (r.status === 'signed') throw new AlcoveError('RECORD_SIGNED', 'This plan version is signed. Start a new version to revise it.');
  stmt(db, 'UPDATE plans SET content = ?, review_date = coalesce(?, review_date), updated_at = ? WHERE id = ?').run(checkSize(input.content), input.reviewDate ?? null, ctx.now, r.id);
  indexPlan(db, r.id, r.client_id, r.version, input.content, new Date(r.created_at).toISOString().slice(0, 10));
  return { planId: r.id };
}

/**
 * What a plan's signature covers: the version's content and review date, and who signed it
 * as they were at signing. A signature from before practitioner profiles covered no signer.
 */
function signedContent(r: PlanRow, signer: Signer | null = storedSigner(r)) {
  const base = { planId: r.id, clientId: r.client_id, version: r.version, content: JSON.parse(r.content) as PlanContent, reviewDate: r.review_date };
  return r.signed_by_legacy === 1 ? base : { ...base, signedBy: signer };
}

export function signPlan(db: Database.Database, input: { planId: string }, ctx: OpContext): { planId: string; contentSha256: string } {
  const r = planRow(db, input.planId);
  if (r.status === 'signed') throw new AlcoveError('RECORD_SIGNED', 'This plan version is already signed.');
  const content = JSON.parse(r.content) as PlanContent;
  if (content.problems.length === 0) throw new AlcoveError('VALIDATION_FAILED', 'A plan needs at least one problem before it is signed.');
  const signer = currentSigner(db, 'plan');
  const hash = sha256(signedContent({ ...r, signed_by_legacy: 0 }, signer));
  stmt(db, `UPDATE plans SET status = 'signed', signed_by = ?, signed_by_json = ?, signed_by_legacy = 0, signed_at = ?, content_sha256 = ?, updated_at = ? WHERE id = ?`).run(
    signer.name,
    JSON.stringify(signer),
    ctx.now,
    hash,
    ctx.now,
    r.id,
  );
  return { planId: r.id, contentSha256: hash };
}

function toPlan(r: PlanRow): Plan {
  return {
    planId: r.id,
    clientId: r.client_id,
    version: r.version,
    status: r.status,
    content: JSON.parse(r.content) as PlanContent,
    reviewDate: r.review_date,
    signedBy: storedSigner(r),
    signedBeforeProfiles: r.signed_by_legacy === 1,
    signedAt: r.signed_at,
    contentSha256: r.content_sha256,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getPlan(db: Database.Database, input: { planId: string }): Plan {
  return toPlan(planRow(db, input.planId));
}

export function verifyPlanSignature(db: Database.Database, planId: string): boolean {
  const r = planRow(db, planId);
  return r.status === 'signed' && r.content_sha256 === sha256(signedContent(r));
}

export function listPlans(db: Database.Database, clientId: string): Plan[] {
  return (stmt(db, 'SELECT * FROM plans WHERE client_id = ? ORDER BY version DESC').all(clientId) as PlanRow[]).map(toPlan);
}
