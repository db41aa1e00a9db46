// A treatment plan as the editor holds it (every field a string, nothing optional) and the
// conversions to and from the contract's shape. Empty rows are dropped on the way out; a
// problem or goal with content but no description is reported, not silently dropped.

import type { PlanContent } from './types.js';

export interface ObjectiveEdit {
  description: string;
  measure: string;
  targetDate: string;
}
export interface GoalEdit {
  description: string;
  objectives: ObjectiveEdit[];
  interventions: string[];
}
export interface ProblemEdit {
  description: string;
  goals: GoalEdit[];
}
export interface PlanEdit {
  problems: ProblemEdit[];
  notes: string;
}

export const blankObjective = (): ObjectiveEdit => ({ description: '', measure: '', targetDate: '' });
export const blankGoal = (): GoalEdit => ({ description: '', objectives: [blankObjective()], interventions: [''] });
export const blankProblem = (): ProblemEdit => ({ description: '', goals: [blankGoal()] });

export function toEdit(content: PlanContent): PlanEdit {
  const problems = content.problems.map((p) => ({
    description: p.description,
    goals: p.goals.map((g) => ({
      description: g.description,
      objectives: g.objectives.map((o) => ({ description: o.description, measure: o.measure ?? '', targetDate: o.targetDate ?? '' })),
      interventions: [...g.interventions],
    })),
  }));
  return { problems: problems.length ? problems : [blankProblem()], notes: content.notes ?? '' };
}

function goalIsEmpty(g: GoalEdit): boolean {
  return !g.description.trim() && g.objectives.every((o) => !o.description.trim()) && g.interventions.every((i) => !i.trim());
}

/** The plan in the contract's shape, or the first thing that stops it being saved. */
export function toContent(edit: PlanEdit): { content: PlanContent } | { problem: string } {
  const problems: PlanContent['problems'] = [];
  for (const [pi, p] of edit.problems.entries()) {
    const goals = p.goals.filter((g) => !goalIsEmpty(g));
    if (!p.description.trim() && goals.length === 0) continue;
    if (!p.description.trim()) return { problem: `Problem ${pi + 1} needs a description.` };
    const out: PlanContent['problems'][number] = { description: p.description.trim(), goals: [] };
    for (const [gi, g] of goals.entries()) {
      if (!g.description.trim()) return { problem: `Goal ${pi + 1}.${gi + 1} needs a description.` };
      out.goals.push({
        description: g.description.trim(),
        objectives: g.objectives
          .filter((o) => o.description.trim())
          .map((o) => ({
            description: o.description.trim(),
            ...(o.measure.trim() ? { measure: o.measure.trim() } : {}),
            ...(o.targetDate ? { targetDate: o.targetDate } : {}),
          })),
        interventions: g.interventions.map((i) => i.trim()).filter(Boolean),
      });
    }
    problems.push(out);
  }
  return { content: { problems, ...(edit.notes.trim() ? { notes: edit.notes } : {}) } };
}
