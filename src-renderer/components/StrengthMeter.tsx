// The password strength meter: a bar in five steps (drawn with classes, not inline styles,
// so the CSP needs no 'unsafe-inline') plus the core's reasons in words. Colour is never the
// only signal: the step is also written out.

import type { Assessment } from '../stores/password-assessment.js';

const WORDS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

export function StrengthMeter({ assessment, id }: { assessment: Assessment | null; id: string }) {
  const score = assessment?.score ?? 0;
  return (
    <div className="strength" id={id} aria-live="polite">
      <div className={`strength-bar strength-${assessment ? score : 'none'}`} aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
        <span />
      </div>
      <p className="strength-label" data-testid="strength-label">
        {assessment ? `Strength: ${WORDS[score] ?? ''}${assessment.acceptable ? ' — good to use' : ''}` : 'Strength: type a password'}
      </p>
      {assessment && assessment.reasons.length > 0 ? (
        <ul className="strength-reasons">
          {assessment.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
