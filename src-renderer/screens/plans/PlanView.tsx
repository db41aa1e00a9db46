// A signed treatment plan, read-only: the same nesting as the form, as a document.

import { formatDay } from '../../records/dates.js';
import { signatureText } from '../../records/signature.js';
import type { Plan } from '../../records/types.js';

export function PlanView({ plan }: { plan: Plan }) {
  return (
    <article className="panel plan-view" aria-label={`Treatment plan version ${plan.version}`}>
      {plan.content.problems.length === 0 ? <p className="empty-line">This version lists no problems.</p> : null}
      <ol className="plan-problems">
        {plan.content.problems.map((p, pi) => (
          <li key={pi}>
            <h2 className="plan-problem-title">
              Problem {pi + 1}: {p.description}
            </h2>
            <ol className="plan-goals">
              {p.goals.map((g, gi) => (
                <li key={gi}>
                  <p className="plan-goal-title">
                    Goal {pi + 1}.{gi + 1}: {g.description}
                  </p>
                  {g.objectives.length ? (
                    <ul className="plan-objectives">
                      {g.objectives.map((o, oi) => (
                        <li key={oi}>
                          {o.description}
                          {o.measure ? <span className="muted"> — measured by {o.measure}</span> : null}
                          {o.targetDate ? <span className="muted"> · target {formatDay(o.targetDate)}</span> : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {g.interventions.length ? <p className="plan-interventions">Interventions: {g.interventions.join('; ')}</p> : null}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {plan.content.notes ? <p className="prewrap">{plan.content.notes}</p> : null}
      <p className="signature" data-testid="plan-signature">
        {signatureText('Signed', plan.signedBy, plan.signedBeforeProfiles, plan.signedAt)}
        {plan.reviewDate ? <span>Review by {formatDay(plan.reviewDate)}</span> : null}
      </p>
    </article>
  );
}
