// The frame every labelled field shares: the label, and an optional hint the control points
// at with aria-describedby (so screen readers read label, hint and error together).

import { useId, type ReactNode } from 'react';

export interface FieldIds {
  id: string;
  hintId: string | undefined;
}

export function FieldFrame({ label, hint, className, children }: { label: string; hint?: string | undefined; className?: string | undefined; children: (ids: FieldIds) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, hintId })}
    </div>
  );
}
