// A labelled text input with an optional hint, wired for screen readers (label, hint and
// error are all announced with the field).

import { useId, type InputHTMLAttributes } from 'react';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  hint?: string;
  value: string;
  onValue(value: string): void;
  invalid?: boolean;
}

export function Field({ label, hint, value, onValue, invalid, className, 'aria-describedby': describedBy, ...input }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const described = [hintId, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-describedby={described}
        aria-invalid={invalid ? true : undefined}
        spellCheck={false}
        {...input}
      />
    </div>
  );
}
