// The ten slowest tests of a run, printed at its end, with each one's share of its timeout:
// a test using more than a third of its timeout is marked, because on two busy cores it is
// the next one to fail. Shared by the vitest and Playwright reporters beside this file.

export interface Timed {
  name: string;
  durationMs: number;
  timeoutMs: number;
}

export function slowestTable(title: string, tests: Timed[], count = 10): string {
  const top = [...tests].sort((a, b) => b.durationMs - a.durationMs).slice(0, count);
  if (top.length === 0) return '';
  const over = tests.filter((t) => t.timeoutMs > 0 && t.durationMs > t.timeoutMs / 3).length;
  const lines = top.map((t) => {
    const share = t.timeoutMs > 0 ? Math.round((100 * t.durationMs) / t.timeoutMs) : 0;
    const flag = t.timeoutMs > 0 && t.durationMs > t.timeoutMs / 3 ? '  ⚠ over a third of its timeout' : '';
    return `${(t.durationMs / 1000).toFixed(1).padStart(7)} s ${String(share).padStart(4)} %  ${t.name}${flag}`;
  });
  const summary = over === 0 ? 'every test within a third of its timeout' : `${over} test(s) over a third of their timeout`;
  return [``, `${title}: the ${top.length} slowest (seconds, share of timeout) — ${summary}`, ...lines, ``].join('\n');
}
