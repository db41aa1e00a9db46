// What the preview adds up to: the count of redactions per category (live as the clinician
// keeps or adds), and the manual changes an export records, each with its reason and a way back.

import { CATEGORIES, CATEGORY_INFO, countByCategory, manualChanges, type Category, type Redaction } from './model.js';

export function Legend({ spans }: { spans: Redaction[] }) {
  const counts = countByCategory(spans);
  const kept: Partial<Record<Category, number>> = {};
  for (const s of spans) if (s.kept) kept[s.category] = (kept[s.category] ?? 0) + 1;
  const shown = CATEGORIES.filter((c) => counts[c] || kept[c]);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <section className="panel redaction-legend" aria-labelledby="redaction-legend-title">
      <h2 id="redaction-legend-title">
        Redactions <span className="redaction-total">{total}</span>
      </h2>
      {shown.length === 0 ? <p className="muted">Nothing in this text will be redacted.</p> : null}
      <ul>
        {shown.map((c) => (
          <li key={c} data-testid="legend-row" data-category={c}>
            <span className={`redaction-swatch redaction-${CATEGORY_INFO[c].family}`} aria-hidden="true" />
            <span className="redaction-legend-label">{CATEGORY_INFO[c].label}</span>
            <span className="redaction-count" data-testid="legend-count">
              {counts[c] ?? 0}
            </span>
            {kept[c] ? <span className="muted redaction-kept-count">({kept[c]} kept)</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ChangesSummary({
  text,
  spans,
  onUndoKeep,
  onRemove,
}: {
  text: string;
  spans: Redaction[];
  onUndoKeep: (id: string) => void;
  onRemove: (id: string) => void;
}) {
  const changes = manualChanges(text, spans);
  const byId = spans.filter((s) => s.kept || s.added);
  return (
    <section className="panel" aria-labelledby="redaction-changes-title">
      <h2 id="redaction-changes-title">Your changes</h2>
      <p className="muted">
        An export records each change with its reason. Text you kept is quoted; text you redacted is recorded by its place and category, not by its words.
      </p>
      {changes.length === 0 ? <p className="empty-line">No changes: the text leaves as Alcove redacted it.</p> : null}
      <ul className="redaction-changes">
        {byId.map((s, i) => {
          const c = changes[i];
          if (!c) return null;
          const label = CATEGORY_INFO[c.category].label;
          return (
            <li key={s.id} data-testid="redaction-change" data-kind={c.kind}>
              <p>
                <strong>{c.kind === 'kept' ? 'Kept' : 'Redacted'}</strong> “{text.slice(c.start, c.end)}” ({label}
                {c.kind === 'kept' ? ', found by Alcove' : ', added by you'}). Reason: <q>{c.reason}</q>
              </p>
              <button type="button" className="button-link" onClick={() => (c.kind === 'kept' ? onUndoKeep(s.id) : onRemove(s.id))}>
                Undo<span className="visually-hidden"> this change</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
