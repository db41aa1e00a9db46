// A labelled multi-line field with an optional hint, wired like Field for screen readers.

import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame.js';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  hint?: string;
  value: string;
  onValue: (value: string) => void;
}

export function TextAreaField({ label, hint, value, onValue, className, ...rest }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} className={className}>
      {({ id, hintId }) => <textarea id={id} value={value} onChange={(e) => onValue(e.target.value)} aria-describedby={hintId} {...rest} />}
    </FieldFrame>
  );
}
