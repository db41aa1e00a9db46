// A labelled text input with an optional hint, wired for screen readers (label, hint and
// error are all announced with the field).

import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame.js';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  hint?: string;
  value: string;
  onValue: (value: string) => void;
  invalid?: boolean;
}

export function Field({ label, hint, value, onValue, invalid, className, 'aria-describedby': describedBy, ...input }: FieldProps) {
  return (
    <FieldFrame label={label} hint={hint} className={className}>
      {({ id, hintId }) => (
        <input
          id={id}
          value={value}
          onChange={(e) => onValue(e.target.value)}
          aria-describedby={[hintId, describedBy].filter(Boolean).join(' ') || undefined}
          aria-invalid={invalid ? true : undefined}
          spellCheck={false}
          {...input}
        />
      )}
    </FieldFrame>
  );
}
