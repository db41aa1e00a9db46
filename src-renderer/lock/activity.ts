// Input in the window (keys, pointer, touch) tells main the clinician is here, at most once
// every 5 seconds. Leading edge only: the lock may come up to 5 s before "timeout after the
// last keystroke", never after it, and nothing is sent later on a timer the tests cannot see.

export const ACTIVITY_THROTTLE_MS = 5_000;

// Deliberate input only: a key, a click, a touch, a scroll. A mouse merely drifting (a bumped
// desk) does not keep records open, and does not snatch the warning away from the pointer
// on its way to "Stay unlocked".
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

export interface ActivityReporter {
  /** An input happened; `urgent` (a warning is showing) reports it regardless of the throttle. */
  input: (urgent?: boolean) => void;
}

export function createActivityReporter(report: () => void, now: () => number = () => Date.now()): ActivityReporter {
  let last = Number.NEGATIVE_INFINITY;
  return {
    input(urgent = false) {
      const t = now();
      if (!urgent && t - last < ACTIVITY_THROTTLE_MS) return;
      last = t;
      report();
    },
  };
}
