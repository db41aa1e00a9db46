// The row under a form: its one primary action, then Cancel. The primary button submits the
// form; `busyLabel` replaces its label while the call runs.

export function FormActions({ label, busy, busyLabel, disabled, onCancel }: { label: string; busy: boolean; busyLabel?: string; disabled?: boolean; onCancel: () => void }) {
  return (
    <div className="actions">
      <button type="submit" className="button-primary" disabled={busy || disabled} aria-busy={busy}>
        {busy && busyLabel ? busyLabel : label}
      </button>
      <button type="button" className="button-quiet" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
