// The renderer's activity reports, under Node (the module is pure): one per 5 s at most,
// unless a warning is showing. Places and their restore are covered end to end (lock.spec).

import { describe, expect, it } from 'vitest';
import { ACTIVITY_THROTTLE_MS, createActivityReporter } from '../../src-renderer/lock/activity.js';

describe('activity reports', () => {
  it('sends the first input at once, then at most one per 5 s', () => {
    let now = 1_000;
    const sent: number[] = [];
    const reporter = createActivityReporter(() => sent.push(now), () => now);
    for (let t = 0; t <= 12_000; t += 250) {
      now = 1_000 + t;
      reporter.input();
    }
    expect(sent).toEqual([1_000, 1_000 + ACTIVITY_THROTTLE_MS, 1_000 + 2 * ACTIVITY_THROTTLE_MS]);
  });

  it('sends at once while a warning shows, whatever the throttle says', () => {
    let now = 0;
    const sent: number[] = [];
    const reporter = createActivityReporter(() => sent.push(now), () => now);
    reporter.input();
    now = 1_000;
    reporter.input();
    reporter.input(true);
    expect(sent).toEqual([0, 1_000]);
  });
});
