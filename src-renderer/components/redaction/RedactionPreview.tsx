// The export preview, reusable by any screen that lets text leave Alcove: give it a text (and
// the client it is about, so their record sharpens the search), and it shows every redaction
// by category, lets the clinician keep or add one with a reason, and shows the text as it will
// leave. `onConfirm` receives the final text and the manual changes (useRedactionPreview's
// settle() gives the same to a caller with its own button).

import { useEffect } from 'react';
import { ErrorAlert } from '../Alert.js';
import { useRedactionPreview, type PreviewResult, type PreviewView, type ReplacementStyle } from '../../stores/redaction-preview.js';
import { AddRedactionForm } from './AddRedactionForm.js';
import { ChangesSummary, Legend } from './PreviewSummary.js';
import { RedactedDocument } from './RedactedDocument.js';
import { SpanPanel } from './SpanPanel.js';
import '../../styles/redaction.css';
import { useShallow } from 'zustand/react/shallow';

const VIEWS: { value: PreviewView; label: string }[] = [
  { value: 'original', label: 'Highlighted original' },
  { value: 'leaving', label: 'As it will leave' },
];

const STYLES: { value: ReplacementStyle; label: string }[] = [
  { value: 'tags', label: 'Category tags, like [NAME]' },
  { value: 'surrogates', label: 'Made-up stand-ins, dates shifted' },
];

export function RedactionPreview({
  text,
  clientId,
  onConfirm,
  confirmLabel = 'Use this text',
}: {
  text: string;
  clientId?: string;
  onConfirm?: (result: PreviewResult) => void;
  confirmLabel?: string;
}) {
  // Only what the preview shows and does, so nothing else in the store re-renders it.
  const p = useRedactionPreview(useShallow((s) => ({ add: s.add, applied: s.applied, applyError: s.applyError, keep: s.keep, loadError: s.loadError, loading: s.loading, message: s.message, pick: s.pick, picked: s.picked, removeAdded: s.removeAdded, select: s.select, selectedId: s.selectedId, setStyle: s.setStyle, setView: s.setView, spans: s.spans, style: s.style, text: s.text, undoKeep: s.undoKeep, view: s.view })));

  useEffect(() => {
    void useRedactionPreview.getState().load(text, clientId);
  }, [text, clientId]);

  if (p.loadError) return <ErrorAlert error={p.loadError} />;
  if (p.loading || p.text !== text) return <p aria-busy="true">Finding what identifies the client…</p>;

  const selected = p.spans.find((s) => s.id === p.selectedId) ?? null;
  const confirm = async () => {
    const result = await useRedactionPreview.getState().settle();
    if (result && onConfirm) onConfirm(result);
  };

  return (
    <div className="redaction-preview">
      <div className="redaction-controls">
        <fieldset className="redaction-toggle">
          <legend>Show</legend>
          {VIEWS.map((v) => (
            <label key={v.value}>
              <input type="radio" name="redaction-view" value={v.value} checked={p.view === v.value} onChange={() => p.setView(v.value)} />
              {v.label}
            </label>
          ))}
        </fieldset>
        <div className="field redaction-style">
          <label htmlFor="redaction-style">Replace with</label>
          <select id="redaction-style" value={p.style} onChange={(e) => p.setStyle(e.target.value as ReplacementStyle)}>
            {STYLES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="redaction-status">
        {p.message}
      </p>

      <div className="redaction-layout">
        <section className="redaction-main" aria-labelledby="redaction-doc-title">
          <h2 id="redaction-doc-title">{p.view === 'original' ? 'Document' : 'As it will leave'}</h2>
          {p.view === 'original' ? (
            <>
              <p className="muted redaction-hint" id="redaction-doc-hint">
                Tab into the document and use the arrow keys to move between highlights, or click one. Select text with the mouse to redact it by hand.
              </p>
              <RedactedDocument text={p.text} spans={p.spans} selectedId={p.selectedId} onSelect={p.select} onPick={p.pick} />
            </>
          ) : p.applyError ? (
            <ErrorAlert error={p.applyError} />
          ) : p.applied === null ? (
            <p aria-busy="true">Applying the redactions…</p>
          ) : (
            <div className="redaction-doc redaction-out prewrap" role="region" aria-label="Text as it will leave" tabIndex={0} data-testid="redaction-leaving">
              {p.applied}
            </div>
          )}
        </section>
        <div className="redaction-aside">
          <Legend spans={p.spans} />
          {p.view === 'original' ? (
            <>
              <SpanPanel text={p.text} span={selected} onKeep={p.keep} onUndoKeep={p.undoKeep} onRemove={p.removeAdded} />
              <AddRedactionForm text={p.text} spans={p.spans} picked={p.picked} onPick={p.pick} onAdd={p.add} />
            </>
          ) : null}
        </div>
      </div>

      <ChangesSummary text={p.text} spans={p.spans} onUndoKeep={p.undoKeep} onRemove={p.removeAdded} />
      {onConfirm ? (
        <div className="actions">
          <button type="button" className="button-primary" onClick={() => void confirm()}>
            {confirmLabel}
          </button>
        </div>
      ) : null}
    </div>
  );
}
