// The renderer's lock helpers under Node: activity reports are throttled to one per 5 s
// unless a warning is showing, and every workspace view maps to a place the contract
// accepts (ids only) and back to the same view.

import { describe, expect, it } from 'vitest';
import { place as placeSchema } from '../../src-main/api/contract-session.js';
import { ACTIVITY_THROTTLE_MS, createActivityReporter } from '../../src-renderer/lock/activity.js';
import { placeOf, viewOf } from '../../src-renderer/lock/place.js';
import type { RecordView } from '../../src-renderer/stores/workspace.js';

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

describe('places', () => {
  const clientId = '5f0c6a8e-3b1d-4c2e-9a7f-1d2e3f4a5b6c';
  const noteId = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  const planId = '0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e';
  const views: RecordView[] = [
    { name: 'client-list' },
    { name: 'chart', clientId },
    { name: 'note', clientId, noteId },
    { name: 'measure', clientId },
    { name: 'plan', clientId, planId },
  ];

  it.each(views)('$name is a valid place and comes back as the same view', (view) => {
    const p = placeOf(view);
    expect(placeSchema.parse(p)).toEqual(p);
    expect(viewOf(p)).toEqual(view);
  });

  it('a place missing its ids is not a view', () => {
    expect(viewOf({ view: 'note', clientId })).toBeNull();
    expect(viewOf({ view: 'chart' })).toBeNull();
    expect(viewOf({ view: 'search' })).toBeNull();
  });
});
