// "From" and "To" date inputs for a filter (search, audit log): the same two fields with the
// same labels wherever a list is narrowed by date.

export function DateRangeFields({ idPrefix, from, to, onChange }: { idPrefix: string; from: string; to: string; onChange: (patch: { from?: string; to?: string }) => void }) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-from`}>From</label>
        <input id={`${idPrefix}-from`} type="date" value={from} onChange={(e) => onChange({ from: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-to`}>To</label>
        <input id={`${idPrefix}-to`} type="date" value={to} onChange={(e) => onChange({ to: e.target.value })} />
      </div>
    </>
  );
}
