// The document with every redaction highlighted: a colour per family of category and, always,
// the category's name on the highlight (colour is never the only signal). One tab stop; the
// arrow keys move between highlights, Enter picks one. Text selected with the mouse is offered
// for redaction by hand, mapped back to offsets in the original text.

import { useRef, type KeyboardEvent } from 'react';
import { CATEGORY_INFO, segments, type Redaction } from './model.js';
import type { Picked } from '../../stores/redaction-preview.js';

/** Offset in the original text of a DOM selection point, or null when it is not in the text. */
function offsetOf(root: HTMLElement, node: Node, offset: number, edge: 'start' | 'end'): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  if (!el || !root.contains(el)) return null;
  const run = el.closest<HTMLElement>('[data-from]');
  if (run && node.nodeType === Node.TEXT_NODE) return Number(run.dataset.from) + offset;
  // On a category tag or an element boundary: snap to the edge of the highlight or run.
  const block = el.closest<HTMLElement>('[data-span-from]');
  if (block) return Number(edge === 'start' ? block.dataset.spanFrom : block.dataset.spanTo);
  if (run) return Number(edge === 'start' ? run.dataset.from : run.dataset.to);
  return null;
}

export function RedactedDocument({
  text,
  spans,
  selectedId,
  onSelect,
  onPick,
}: {
  text: string;
  spans: Redaction[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onPick: (range: Picked | null) => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const order = spans.map((s) => s.id);
  const current = selectedId && order.includes(selectedId) ? selectedId : (order[0] ?? null);

  const move = (id: string | undefined) => {
    if (!id) return;
    onSelect(id);
    root.current?.querySelector<HTMLButtonElement>(`[data-span-id="${id}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = current ? order.indexOf(current) : -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') move(order[Math.min(order.length - 1, at + 1)]);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') move(order[Math.max(0, at - 1)]);
    else if (e.key === 'Home') move(order[0]);
    else if (e.key === 'End') move(order[order.length - 1]);
    else return;
    e.preventDefault();
  };

  const onMouseUp = () => {
    const sel = window.getSelection();
    if (!root.current || !sel || sel.isCollapsed || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    const start = offsetOf(root.current, range.startContainer, range.startOffset, 'start');
    const end = offsetOf(root.current, range.endContainer, range.endOffset, 'end');
    if (start === null || end === null || end <= start) return;
    // Leading and trailing spaces of a sloppy drag are not part of what is meant.
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from] ?? '')) from++;
    while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
    onPick(to > from ? { start: from, end: to } : null);
  };

  return (
    <div
      ref={root}
      className="redaction-doc prewrap"
      role="group"
      aria-label="Document, redactions highlighted"
      aria-describedby="redaction-doc-hint"
      tabIndex={order.length === 0 ? 0 : undefined}
      onKeyDown={onKeyDown}
      onMouseUp={onMouseUp}
    >
      {segments(text, spans).map((seg) => {
        const words = text.slice(seg.start, seg.end);
        if (!seg.span) {
          return (
            <span key={`t${seg.start}`} data-from={seg.start} data-to={seg.end}>
              {words}
            </span>
          );
        }
        const s = seg.span;
        const state = s.kept ? ' is-kept' : s.added ? ' is-added' : '';
        return (
          <button
            key={s.id}
            type="button"
            className={`redaction redaction-${CATEGORY_INFO[s.category].family}${state}`}
            data-span-id={s.id}
            data-span-from={s.start}
            data-span-to={s.end}
            data-category={s.category}
            aria-pressed={s.id === selectedId}
            tabIndex={s.id === current ? 0 : -1}
            onClick={() => onSelect(s.id)}
          >
            <span className="redaction-tag">
              {CATEGORY_INFO[s.category].label}
              {s.kept ? ' · kept' : s.added ? ' · added' : ''}
            </span>
            <span className="visually-hidden">: </span>
            <span className="redaction-words" data-from={s.start} data-to={s.end}>
              {words}
            </span>
          </button>
        );
      })}
    </div>
  );
}
