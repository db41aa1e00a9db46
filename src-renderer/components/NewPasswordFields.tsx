// Choosing a new password (create, recover, change): the password, its strength from the
// core, and a confirmation. The owner learns only the password and whether it may be used.

import { useEffect, useId, useState } from 'react';
import { usePasswordAssessment } from '../stores/password-assessment.js';
import { Field } from './Field.js';
import { StrengthMeter } from './StrengthMeter.js';
import { useShallow } from 'zustand/react/shallow';

interface NewPasswordFieldsProps {
  label: string;
  /** Words the password must not lean on (the vault's name). */
  displayName?: string;
  onChange(password: string, usable: boolean): void;
}

export function NewPasswordFields({ label, displayName, onChange }: NewPasswordFieldsProps) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { assessment, assess, clear } = usePasswordAssessment(useShallow((s) => ({ assessment: s.assessment, assess: s.assess, clear: s.clear })));
  const meterId = useId();

  useEffect(() => {
    // Ask the core a moment after typing pauses, not on every keystroke.
    const timer = window.setTimeout(() => void assess(password, displayName), 180);
    return () => window.clearTimeout(timer);
  }, [password, displayName, assess]);
  useEffect(() => clear, [clear]);

  const matches = confirm.length > 0 && confirm === password;
  const usable = matches && assessment !== null && assessment.acceptable;
  useEffect(() => onChange(password, usable), [password, usable, onChange]);

  return (
    <div className="new-password">
      <Field
        label={label}
        type="password"
        autoComplete="new-password"
        value={password}
        onValue={setPassword}
        aria-describedby={meterId}
        hint="At least 12 characters. A few unrelated words make a strong password you can remember."
      />
      <StrengthMeter assessment={password ? assessment : null} id={meterId} />
      <Field label="Type it again" type="password" autoComplete="new-password" value={confirm} onValue={setConfirm} invalid={confirm.length > 0 && !matches} />
      <p className="field-status" aria-live="polite" data-testid="password-match">
        {confirm.length === 0 ? '' : matches ? 'The passwords match.' : 'The passwords do not match yet.'}
      </p>
    </div>
  );
}
