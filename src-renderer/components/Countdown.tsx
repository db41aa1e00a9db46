// A live countdown to a wall-clock time (the end of a lockout). It ticks once a second and
// tells its owner when time is up, so the Unlock button comes back by itself.

import { useEffect, useState } from 'react';
import { formatCountdown } from '../errors.js';

export function Countdown({ until, onDone }: { until: number; onDone: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  useEffect(() => {
    if (left <= 0) {
      onDone();
      return undefined;
    }
    // Wake just after the next whole second of the remaining time, so the digits stay honest.
    const delay = (((until - Date.now()) % 1000) + 1000) % 1000 || 1000;
    const timer = window.setTimeout(() => setNow(Date.now()), delay + 5);
    return () => window.clearTimeout(timer);
  }, [left, until, onDone, now]);
  return (
    <span role="timer" className="countdown" data-seconds-left={left}>
      {formatCountdown(left)}
    </span>
  );
}
