// The nested plan form: problems → goals → objectives (with how each is measured and a target
// date) → interventions. Each level can be added to and removed from; labels carry the
// numbering ("Goal 1.2") so a screen reader user always knows where they are.

import { blankGoal, blankObjective, blankProblem, type GoalEdit, type PlanEdit, type ProblemEdit } from '../../records/plan-edit.js';

type Update = (change: (plan: PlanEdit) => PlanEdit) => void;

function replaceAt<T>(list: T[], i: number, value: T): T[] {
  return list.map((x, j) => (j === i ? value : x));
}

function removeAt<T>(list: T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}

function GoalForm({ goal, label, onChange, onRemove }: { goal: GoalEdit; label: string; onChange: (g: GoalEdit) => void; onRemove: () => void }) {
  const id = `goal-${label.replace(/\./g, '-')}`;
  return (
    <fieldset className="plan-goal">
      <legend>Goal {label}</legend>
      <div className="field">
        <label htmlFor={id}>Goal {label} description</label>
        <input id={id} value={goal.description} onChange={(e) => onChange({ ...goal, description: e.target.value })} maxLength={2000} />
      </div>
      <h3 className="plan-subhead">Objectives</h3>
      {goal.objectives.map((o, oi) => {
        const n = `${label}.${oi + 1}`;
        const oid = `objective-${n.replace(/\./g, '-')}`;
        const set = (patch: Partial<typeof o>) => onChange({ ...goal, objectives: replaceAt(goal.objectives, oi, { ...o, ...patch }) });
        return (
          <fieldset key={oi} className="plan-objective">
            <legend>Objective {n}</legend>
            <div className="field plan-objective-text">
              <label htmlFor={oid}>Objective {n} description</label>
              <input id={oid} value={o.description} onChange={(e) => set({ description: e.target.value })} maxLength={2000} />
            </div>
            <div className="field">
              <label htmlFor={`${oid}-measure`}>Measured by</label>
              <input id={`${oid}-measure`} value={o.measure} onChange={(e) => set({ measure: e.target.value })} maxLength={500} placeholder="e.g. PHQ-9 below 10" />
            </div>
            <div className="field">
              <label htmlFor={`${oid}-target`}>Target date</label>
              <input id={`${oid}-target`} type="date" value={o.targetDate} onChange={(e) => set({ targetDate: e.target.value })} />
            </div>
            <button type="button" className="button-quiet button-small plan-remove" onClick={() => onChange({ ...goal, objectives: removeAt(goal.objectives, oi) })}>
              Remove objective {n}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button-quiet button-small" onClick={() => onChange({ ...goal, objectives: [...goal.objectives, blankObjective()] })}>
        Add objective to goal {label}
      </button>
      <h3 className="plan-subhead">Interventions</h3>
      {goal.interventions.map((text, ii) => {
        const n = `${label}.${ii + 1}`;
        const iid = `intervention-${n.replace(/\./g, '-')}`;
        return (
          <div className="plan-intervention" key={ii}>
            <div className="field">
              <label htmlFor={iid}>Intervention {n}</label>
              <input id={iid} value={text} onChange={(e) => onChange({ ...goal, interventions: replaceAt(goal.interventions, ii, e.target.value) })} maxLength={2000} />
            </div>
            <button type="button" className="button-quiet button-small plan-remove" onClick={() => onChange({ ...goal, interventions: removeAt(goal.interventions, ii) })}>
              Remove intervention {n}
            </button>
          </div>
        );
      })}
      <div className="actions plan-goal-actions">
        <button type="button" className="button-quiet button-small" onClick={() => onChange({ ...goal, interventions: [...goal.interventions, ''] })}>
          Add intervention to goal {label}
        </button>
        <button type="button" className="button-quiet button-small" onClick={onRemove}>
          Remove goal {label}
        </button>
      </div>
    </fieldset>
  );
}

function ProblemForm({ problem, n, onChange, onRemove }: { problem: ProblemEdit; n: number; onChange: (p: ProblemEdit) => void; onRemove: () => void }) {
  return (
    <section className="panel plan-problem" aria-labelledby={`problem-${n}-title`}>
      <h2 id={`problem-${n}-title`}>Problem {n}</h2>
      <div className="field">
        <label htmlFor={`problem-${n}`}>Problem {n} description</label>
        <textarea id={`problem-${n}`} rows={2} value={problem.description} onChange={(e) => onChange({ ...problem, description: e.target.value })} maxLength={2000} />
      </div>
      {problem.goals.map((g, gi) => (
        <GoalForm
          key={gi}
          goal={g}
          label={`${n}.${gi + 1}`}
          onChange={(goal) => onChange({ ...problem, goals: replaceAt(problem.goals, gi, goal) })}
          onRemove={() => onChange({ ...problem, goals: removeAt(problem.goals, gi) })}
        />
      ))}
      <div className="actions">
        <button type="button" className="button-secondary button-small" onClick={() => onChange({ ...problem, goals: [...problem.goals, blankGoal()] })}>
          Add goal to problem {n}
        </button>
        <button type="button" className="button-quiet button-small" onClick={onRemove}>
          Remove problem {n}
        </button>
      </div>
    </section>
  );
}

export function PlanForm({ plan, update }: { plan: PlanEdit; update: Update }) {
  return (
    <>
      {plan.problems.map((p, pi) => (
        <ProblemForm
          key={pi}
          problem={p}
          n={pi + 1}
          onChange={(problem) => update((x) => ({ ...x, problems: replaceAt(x.problems, pi, problem) }))}
          onRemove={() => update((x) => ({ ...x, problems: removeAt(x.problems, pi) }))}
        />
      ))}
      <div className="actions">
        <button type="button" className="button-secondary" onClick={() => update((x) => ({ ...x, problems: [...x.problems, blankProblem()] }))}>
          Add problem
        </button>
      </div>
      <div className="field">
        <label htmlFor="plan-notes">Plan notes</label>
        <textarea id="plan-notes" rows={3} value={plan.notes} onChange={(e) => update((x) => ({ ...x, notes: e.target.value }))} />
      </div>
    </>
  );
}
