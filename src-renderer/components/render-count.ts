// How many times a screen has rendered, for the e2e check of issue 13 (typing into a note
// re-renders the editor, not the screens around it). Each committed render of the screen
// writes its count to a data attribute on <body> (data-renders-<screen>), and the attribute
// goes when the screen does. Read-only: nothing reads it back, so it cannot change behaviour.

import { useEffect, useRef } from 'react';

export type CountedScreen = 'workspace' | 'client-list' | 'client-chart' | 'note-screen' | 'note-editor';

export function useRenderCount(screen: CountedScreen): void {
  const renders = useRef(0);
  // No dependency list on purpose: this runs once after every committed render.
  useEffect(() => {
    renders.current += 1;
    document.body.setAttribute(`data-renders-${screen}`, String(renders.current));
  });
  useEffect(() => () => document.body.removeAttribute(`data-renders-${screen}`), [screen]);
}
