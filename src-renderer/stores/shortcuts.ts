// The daily path's keyboard shortcuts. The screen that can act on one (the note editor for
// "save" and "sign", the chart for "new note") registers a handler while it is showing; the
// workspace's one keydown listener calls the newest handler.

import { useEffect, useRef } from 'react';

export type ShortcutAction = 'new-note' | 'save' | 'sign';

const handlers: Record<ShortcutAction, (() => void)[]> = { 'new-note': [], save: [], sign: [] };

export function runShortcut(action: ShortcutAction): boolean {
  const list = handlers[action];
  const handler = list[list.length - 1];
  if (!handler) return false;
  handler();
  return true;
}

export function useShortcut(action: ShortcutAction, handler: (() => void) | null): void {
  const ref = useRef(handler);
  ref.current = handler;
  const enabled = handler !== null;
  useEffect(() => {
    if (!enabled) return;
    const run = () => ref.current?.();
    handlers[action].push(run);
    return () => {
      const list = handlers[action];
      const i = list.lastIndexOf(run);
      if (i >= 0) list.splice(i, 1);
    };
  }, [action, enabled]);
}

export const SHORTCUTS: { keys: string; does: string }[] = [
  { keys: 'Ctrl+N', does: 'New session note (in a client’s chart)' },
  { keys: 'Ctrl+S', does: 'Save the note or plan now' },
  { keys: 'Ctrl+Enter', does: 'Sign the note (asks to confirm)' },
  { keys: 'Ctrl+K', does: 'Search all records' },
  { keys: 'Alt+1 … Alt+4', does: 'Clients, Search, Audit log, Settings' },
  { keys: 'Ctrl+L', does: 'Lock Alcove' },
  { keys: '?', does: 'Show these shortcuts' },
];
