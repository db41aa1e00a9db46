// A <dialog> shown as a modal while `open` is true and closed when it turns false: the
// browser then traps focus, makes the page behind it inert and closes it on Escape.

import { useEffect, useRef } from 'react';

export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return ref;
}
