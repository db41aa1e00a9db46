// Benchmarks report rows: a figure, its goal and whether it meets it. Printed as one table.

export interface Row {
  section?: string;
  name: string;
  value: string;
  goal: string;
  ok: boolean | null;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export const median = (samples: number[]) => percentile(samples, 50);

export function ms(n: number): string {
  return n >= 100 ? `${n.toFixed(0)} ms` : n >= 1 ? `${n.toFixed(1)} ms` : `${n.toFixed(3)} ms`;
}

export function printTable(rows: Row[]): string {
  const header = ['section', 'measure', 'value', 'goal', 'meets'];
  const body = rows.map((r) => [r.section ?? '', r.name, r.value, r.goal, r.ok === null ? '—' : r.ok ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
  return out;
}
