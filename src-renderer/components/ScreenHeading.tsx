// Each screen's main heading takes focus when the screen appears, so keyboard and screen
// reader users land at the top of what changed rather than on a vanished button.

import { useEffect, useRef, type ReactNode } from 'react';

export function ScreenHeading({ children, focus = true }: { children: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
