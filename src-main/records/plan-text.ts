// A treatment plan's text as one string, for search and snippets.

import type { PlanContent } from './schemas.js';

export function planText(c: PlanContent): string {
  return c.problems
    .flatMap((p) => [p.description, ...p.goals.flatMap((g) => [g.description, ...g.objectives.map((o) => o.description), ...g.interventions])])
    .concat(c.notes ? [c.notes] : [])
    .join('\n');
}
