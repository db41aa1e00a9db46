import { describe, expect, it } from 'vitest';
import { slowestTable } from './slowest.js';

describe('the slowest-tests table', () => {
  it('lists the slowest first, at most ten, and marks those over a third of their timeout', () => {
    const tests = Array.from({ length: 12 }, (_, i) => ({ name: `t${i}`, durationMs: i * 1000, timeoutMs: 30_000 }));
    const table = slowestTable('vitest', tests).trim().split('\n');
    expect(table).toHaveLength(11);
    expect(table[0]).toContain('1 test(s) over a third of their timeout');
    expect(table[1]).toMatch(/^\s+11\.0 s\s+37 % {2}t11 {2}⚠ over a third of its timeout$/);
    expect(table[2]).toMatch(/10\.0 s\s+33 % {2}t10$/);
    expect(table[10]).toMatch(/ 2\.0 s\s+7 % {2}t2$/);
  });
  it('prints nothing for an empty run', () => {
    expect(slowestTable('vitest', [])).toBe('');
  });
});
