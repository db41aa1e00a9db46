// A labelled multi-line field with an optional hint, wired like Field for screen readers.

import { useId, type TextareaHTMLAttributes } from 'react';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  hint?: string;
  value: string;
  onValue(value: string): void;
}

export function TextAreaField({ label, hint, value, onValue, className, ...rest }: TextAreaFieldProps) {
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
      <textarea id={id} value={value} onChange={(e) => onValue(e.target.value)} aria-describedby={hintId} {...rest} />
    </div>
  );
}
