// The banner main asks for 60 seconds before the inactivity lock: a labelled region whose
// sentence is announced once (role "alert"), the seconds counting down beside it (a timer, not re-announced every second),
// and a "Stay unlocked" button. Not a dialog: it takes no focus and traps nothing; any key,
// click or touch anywhere dismisses it, as the button does.

import { useEffect, useState } from 'react';
import { call } from '../api.js';
import { useLockWarning } from '../lock/warning.js';

function secondsUntil(at: number): number {
  return Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

export function LockWarning() {
  const locksAt = useLockWarning((s) => s.locksAt);
  const dismiss = useLockWarning((s) => s.dismiss);
  const [, tick] = useState(0);
  useEffect(() => {
    if (locksAt === null) return undefined;
    const timer = window.setInterval(() => tick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, [locksAt]);
  if (locksAt === null) return null;
  const left = secondsUntil(locksAt);

  const stay = () => {
    dismiss();
    void call('lock.activity', {});
  };

  return (
    <section className="lock-warning" data-testid="lock-warning" aria-labelledby="lock-warning-title">
      <p role="alert" className="lock-warning-title" id="lock-warning-title">
        Alcove will lock soon because nothing has been typed or clicked for a while.
      </p>
      <p className="lock-warning-time">
        Locking in{' '}
        <span role="timer" aria-live="off" data-seconds-left={left}>
          {left} {left === 1 ? 'second' : 'seconds'}
        </span>
        . Your draft is saved first.
      </p>
      <button type="button" className="button-primary" onClick={stay}>
        Stay unlocked
      </button>
    </section>
  );
}
