// A treatment plan version: edit a draft (Ctrl+S saves; leaving the screen saves too), sign
// it with confirmation, or, from a signed version, start the next one (a copy to revise).
// Other versions of the client's plan are one click away. What is typed and not yet saved is
// a form draft (useDraft, key plan:<planId>): a lock keeps even a plan too unfinished to save.

import { useEffect, useRef, useState } from 'react';
import { useDraft } from '../../lock/drafts.js';
import { call, type WireError } from '../../api.js';
import { ErrorAlert } from '../../components/Alert.js';
import { StatusBadge } from '../../components/Badges.js';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { ScreenHeading } from '../../components/ScreenHeading.js';
import { formatTime } from '../../records/dates.js';
import { toContent, toEdit, type PlanEdit } from '../../records/plan-edit.js';
import type { Plan } from '../../records/types.js';
import { useChart } from '../../stores/chart.js';
import { useShortcut } from '../../stores/shortcuts.js';
import { useWorkspace } from '../../stores/workspace.js';
import { clientName } from '../clients/ChartHeader.js';
import { SignDialog } from '../notes/SignDialog.js';
import { PlanForm } from './PlanForm.js';
import { PlanView } from './PlanView.js';

export function PlanEditor({ clientId, planId }: { clientId: string; planId: string }) {
  const chart = useChart((s) => s.chart);
  const loadChart = useChart((s) => s.load);
  const open = useWorkspace((s) => s.open);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [error, setError] = useState<WireError | null>(null);

  const reload = async () => {
    const r = await call('plans.get', { planId });
    if (!r.ok) return setError(r.error);
    setPlan(r.value);
  };

  useEffect(() => {
    setPlan(null);
    void reload();
    if (chart?.client.clientId !== clientId) void loadChart(clientId);
  }, [planId]);

  const newVersion = async () => {
    setError(null);
    const r = await call('plans.draft', { clientId });
    if (r.ok) {
      void loadChart(clientId);
      open({ name: 'plan', clientId, planId: r.value.planId });
    } else setError(r.error);
  };

  const name = chart?.client.clientId === clientId ? clientName(chart.client) : 'Client';
  const versions = chart?.client.clientId === clientId ? chart.plans : [];
  const trail = [
    { label: 'Clients', onOpen: () => open({ name: 'client-list' }) },
    { label: name, onOpen: () => open({ name: 'chart', clientId }) },
    { label: 'Treatment plan' },
  ];

  return (
    <div className="plan-editor">
      <Breadcrumbs trail={trail} />
      <div className="screen-title">
        <ScreenHeading>Treatment plan{plan ? ` · version ${plan.version}` : ''}</ScreenHeading>
        {plan ? <StatusBadge status={plan.status} /> : null}
      </div>
      <p className="muted note-for">For {name}</p>
      {error ? <ErrorAlert error={error} /> : null}
      {versions.length > 1 ? (
        <nav aria-label="Plan versions" className="plan-versions">
          <span className="muted">Versions:</span>
          {versions.map((v) =>
            v.planId === planId ? (
              <span key={v.planId} aria-current="page" className="badge">
                v{v.version} ({v.status})
              </span>
            ) : (
              <button key={v.planId} type="button" className="button-link" onClick={() => open({ name: 'plan', clientId, planId: v.planId })}>
                v{v.version} ({v.status})
              </button>
            ),
          )}
        </nav>
      ) : null}
      {!plan || plan.planId !== planId ? <p aria-busy="true">Opening the plan…</p> : null}
      {plan && plan.planId === planId && plan.status === 'signed' ? (
        <>
          <PlanView plan={plan} />
          {versions[0]?.planId === plan.planId ? (
            <div className="actions">
              <button type="button" className="button-primary" onClick={() => void newVersion()}>
                Start a new version
              </button>
              <p className="muted">The new version starts as a copy of this one; this one stays as signed.</p>
            </div>
          ) : null}
        </>
      ) : null}
      {plan && plan.planId === planId && plan.status === 'draft' ? (
        <PlanDraftEditor
          key={plan.planId}
          plan={plan}
          clientId={clientId}
          onSigned={async () => {
            await reload();
            void loadChart(clientId);
          }}
        />
      ) : null}
    </div>
  );
}

/** A draft version being edited: its text is a form draft until it is saved (or signed). */
function PlanDraftEditor({ plan, clientId, onSigned }: { plan: Plan; clientId: string; onSigned(): Promise<void> }) {
  const planId = plan.planId;
  const draft = useDraft(`plan:${planId}`, () => ({ edit: toEdit(plan.content), reviewDate: plan.reviewDate ?? '' }), clientId);
  const { edit, reviewDate } = draft.value;
  const [changed, setChanged] = useState(false);
  const dirty = changed || draft.restored;
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const [signing, setSigning] = useState(false);
  const [busy, setBusy] = useState(false);
  // What is unsaved, for the save made when leaving the screen.
  const leaving = useRef({ dirty, value: draft.value, discard: draft.discard });
  leaving.current = { dirty, value: draft.value, discard: draft.discard };

  useEffect(
    () => () => {
      const left = leaving.current;
      if (!left.dirty) return;
      const out = toContent(left.value.edit);
      if (!('content' in out)) return; // not savable yet: it stays a form draft
      const review = left.value.reviewDate;
      void call('plans.save', { planId, content: out.content, ...(review ? { reviewDate: review } : {}) }).then((r) => {
        if (r.ok) void left.discard();
      });
    },
    [],
  );

  const change = (next: PlanEdit | null, nextReview = reviewDate) => {
    if (!next) return;
    draft.set({ edit: next, reviewDate: nextReview });
    setChanged(true);
  };

  const save = async (): Promise<boolean> => {
    const out = toContent(edit);
    if ('problem' in out) {
      setProblem(out.problem);
      return false;
    }
    setProblem(null);
    setError(null);
    const r = await call('plans.save', { planId, content: out.content, ...(reviewDate ? { reviewDate } : {}) });
    if (!r.ok) {
      setError(r.error);
      return false;
    }
    await draft.discard(draft.value);
    setChanged(false);
    setSavedAt(Date.now());
    return true;
  };

  const sign = async () => {
    setBusy(true);
    const ok = await save();
    const r = ok ? await call('plans.sign', { planId }) : null;
    setBusy(false);
    if (!ok) setSigning(false);
    if (r && !r.ok) {
      setSigning(false);
      setError(r.error);
    }
    if (r?.ok) {
      setSigning(false);
      await onSigned();
    }
  };

  useShortcut('save', () => void save());
  useShortcut('sign', () => setSigning(true));

  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      <div className="field plan-review">
        <label htmlFor="plan-review">Review date</label>
        <input id="plan-review" type="date" value={reviewDate} onChange={(e) => change(edit, e.target.value)} />
      </div>
      <PlanForm plan={edit} update={(fn) => change(fn(edit))} />
      {problem ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">Please check the plan</p>
          <p>{problem}</p>
        </div>
      ) : null}
      <div className="editor-footer">
        <p className="save-indicator" role="status" aria-live="polite" data-testid="plan-save-indicator">
          {dirty ? 'Unsaved changes' : savedAt ? `Saved ${formatTime(savedAt)}` : 'No changes yet'}
        </p>
        <div className="actions">
          <button type="button" className="button-secondary" onClick={() => void save()} aria-keyshortcuts="Control+S">
            Save draft <kbd>Ctrl+S</kbd>
          </button>
          <button type="button" className="button-primary" onClick={() => setSigning(true)}>
            Sign plan…
          </button>
        </div>
      </div>
      <SignDialog open={signing} what="plan" busy={busy} onSign={() => void sign()} onCancel={() => setSigning(false)} />
    </>
  );
}
