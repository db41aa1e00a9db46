// Scores over time, one small chart per instrument (each has its own scale), its severity bands
// shaded from the band data the core sends. Drawn as plain SVG: no chart library, and no inline
// styles (the CSP forbids them) — geometry in attributes, colours in CSS classes so both themes
// stay legible. Each chart has a <title> and <desc>; a table shows the same numbers.

import { useId, useState } from 'react';
import { dayNumber, formatDay } from '../../records/dates.js';
import type { Instrument, MeasureRecord, SeverityBand } from '../../records/types.js';

const W = 680;
const H = 168;
const M = { left: 34, right: 190, top: 12, bottom: 26 };
const PLOT_W = W - M.left - M.right;
/** Points sit this far inside the plot, so the first and last never touch the axis labels. */
const INSET = 16;
const PLOT_H = H - M.top - M.bottom;
const shortDay = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const shortDayYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: '2-digit' });
const month = new Intl.DateTimeFormat(undefined, { month: 'short' });
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });

function bandLevel(i: number, n: number): number {
  return n <= 1 ? 0 : Math.round((i * 4) / (n - 1));
}

export function severityLabel(instrument: Instrument | undefined, band: string): string {
  return instrument?.bands.find((b) => b.band === band)?.label ?? band;
}

interface Domain {
  from: number;
  to: number;
}

function xOf(day: number, d: Domain): number {
  return M.left + INSET + ((day - d.from) / Math.max(1, d.to - d.from)) * (PLOT_W - 2 * INSET);
}

/** Month starts inside the domain (every other one when the span is long), else the ends. */
function ticksFor(d: Domain): number[] {
  const ticks: number[] = [];
  const start = new Date(d.from * 86_400_000);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  for (;;) {
    const day = Math.round(Date.UTC(y, m, 1) / 86_400_000);
    if (day > d.to) break;
    ticks.push(day);
    m++;
    if (m > 11) {
      m = 0;
      y++;
    }
  }
  if (ticks.length < 2) return [d.from, d.to];
  return ticks.length > 8 ? ticks.filter((_, i) => i % 2 === 0) : ticks;
}

/** A band's label on at most two lines of the right margin. */
function wrapLabel(label: string, width = 28): string[] {
  if (label.length <= width) return [label];
  const cut = label.lastIndexOf(' ', width);
  const first = cut > 0 ? label.slice(0, cut) : label.slice(0, width);
  const rest = label.slice(first.length).trim();
  return [first, rest.length > width ? `${rest.slice(0, width - 1)}…` : rest];
}

function dayLabel(day: number, d: Domain): string {
  const date = new Date(day * 86_400_000);
  const local = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const crossesYears = new Date(d.from * 86_400_000).getUTCFullYear() !== new Date(d.to * 86_400_000).getUTCFullYear();
  if (date.getUTCDate() === 1) return (crossesYears && date.getUTCMonth() === 0 ? monthYear : month).format(local);
  return (crossesYears ? shortDayYear : shortDay).format(local);
}

/** Only a risk flag (act today) is drawn in the risk colour; other flags are positive screens. */
export function isRiskFlag(kind: string): boolean {
  return kind === 'suicidal-ideation';
}

function describe(inst: Instrument, points: MeasureRecord[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  const highest = points.reduce((a, b) => (b.score > a.score ? b : a), first);
  const bands = inst.bands.map((b) => `${b.label} ${b.min}–${b.max}`).join('; ');
  const span = points.length === 1 ? `One score, on ${formatDay(first.administeredOn)}` : `${points.length} scores from ${formatDay(first.administeredOn)} to ${formatDay(last.administeredOn)}`;
  return `${span}. Latest ${last.score} (${severityLabel(inst, last.severity)}); first ${first.score}; highest ${highest.score} on ${formatDay(highest.administeredOn)}. Scale ${inst.minScore}–${inst.maxScore}. Bands: ${bands}.`;
}

function InstrumentChart({ inst, points, domain }: { inst: Instrument; points: MeasureRecord[]; domain: Domain }) {
  const id = useId();
  const span = Math.max(1, inst.maxScore - inst.minScore);
  const yOf = (score: number) => M.top + PLOT_H - ((Math.min(inst.maxScore, Math.max(inst.minScore, score)) - inst.minScore) / span) * PLOT_H;
  const bands: readonly SeverityBand[] = inst.bands;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${xOf(dayNumber(p.administeredOn), domain).toFixed(1)},${yOf(p.score).toFixed(1)}`).join(' ');
  const ticks = ticksFor(domain);
  const labelEvery = points.length > 12 ? Math.ceil(points.length / 12) : 1;
  const latest = points[points.length - 1];

  return (
    <figure className="measure-figure" data-instrument={inst.id}>
      <figcaption>
        <span className="measure-name">{inst.shortName}</span>
        {latest ? (
          <span className="muted">
            latest {latest.score} · {severityLabel(inst, latest.severity)}
          </span>
        ) : null}
      </figcaption>
      <svg className="measure-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-t`}>{`${inst.shortName} scores over time`}</title>
        <desc id={`${id}-d`}>{describe(inst, points)}</desc>
        <g aria-hidden="true">
          {bands.map((b, i) => {
            const top = yOf(Math.min(inst.maxScore, i === bands.length - 1 ? inst.maxScore : b.max + 1));
            const bottom = yOf(b.min);
            const mid = (top + bottom) / 2;
            return (
              <g key={b.band}>
                <rect className={`band band-l${bandLevel(i, bands.length)}`} x={M.left} y={top} width={PLOT_W} height={Math.max(1, bottom - top)} />
                <text className="band-label" x={M.left + PLOT_W + 8} y={mid} dominantBaseline="middle">
                  {wrapLabel(b.label).map((line, j, lines) => (
                    <tspan key={j} x={M.left + PLOT_W + 8} dy={j === 0 ? (lines.length > 1 ? -6 : 0) : 13}>
                      {line}
                    </tspan>
                  ))}
                </text>
                <text className="axis-label" x={M.left - 6} y={bottom} textAnchor="end" dominantBaseline="middle">
                  {b.min}
                </text>
              </g>
            );
          })}
          <text className="axis-label" x={M.left - 6} y={yOf(inst.maxScore)} textAnchor="end" dominantBaseline="middle">
            {inst.maxScore}
          </text>
          <line className="axis" x1={M.left} x2={M.left + PLOT_W} y1={M.top + PLOT_H} y2={M.top + PLOT_H} />
          {ticks.map((t) => (
            <g key={t}>
              <line className="axis-tick" x1={xOf(t, domain)} x2={xOf(t, domain)} y1={M.top + PLOT_H} y2={M.top + PLOT_H + 4} />
              <text className="axis-label" x={xOf(t, domain)} y={H - 8} textAnchor="middle">
                {dayLabel(t, domain)}
              </text>
            </g>
          ))}
          {points.length > 1 ? <path className="score-line" d={path} /> : null}
          {points.map((p, i) => {
            const x = xOf(dayNumber(p.administeredOn), domain);
            const y = yOf(p.score);
            const risk = p.flags.some((f) => isRiskFlag(f.kind));
            const screen = !risk && p.flags.length > 0;
            return (
              <g key={p.measureId}>
                <circle className={risk ? 'score-point score-point-risk' : screen ? 'score-point score-point-screen' : 'score-point'} cx={x} cy={y} r={risk ? 5.5 : 4} />
                {i % labelEvery === 0 || i === points.length - 1 ? (
                  <text className="score-value" x={x} y={y - 9} textAnchor="middle">
                    {p.score}
                  </text>
                ) : null}
              </g>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}

function ScoresTable({ measures, byId }: { measures: MeasureRecord[]; byId: Map<string, Instrument> }) {
  const rows = [...measures].sort((a, b) => b.administeredOn.localeCompare(a.administeredOn) || b.createdAt - a.createdAt);
  return (
    <table className="record-table scores-table">
      <caption>Measure scores, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Measure</th>
          <th scope="col">Score</th>
          <th scope="col">Severity</th>
          <th scope="col">Flags</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => {
          const inst = byId.get(m.instrument);
          return (
            <tr key={m.measureId}>
              <td className="nowrap">{formatDay(m.administeredOn)}</td>
              <td className="nowrap">{inst?.shortName ?? m.instrument}</td>
              <td className="nowrap">
                {m.score}
                {inst ? <span className="muted"> / {inst.maxScore}</span> : null}
              </td>
              <td>{severityLabel(inst, m.severity)}</td>
              <td>{m.flags.map((f) => f.message).join(' ') || '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function MeasuresChart({ measures, instruments }: { measures: MeasureRecord[]; instruments: Instrument[] | null }) {
  const [asTable, setAsTable] = useState(false);
  if (measures.length === 0) {
    return <p className="empty-line">No measures yet. Score one to start this client’s chart.</p>;
  }
  const byId = new Map((instruments ?? []).map((i) => [i.id as string, i]));
  const days = measures.map((m) => dayNumber(m.administeredOn));
  let from = Math.min(...days);
  let to = Math.max(...days);
  if (to - from < 14) {
    from -= 7;
    to += 7;
  }
  const domain = { from, to };
  const groups = (instruments ?? [])
    .map((inst) => ({
      inst,
      points: measures
        .filter((m) => m.instrument === inst.id)
        .sort((a, b) => a.administeredOn.localeCompare(b.administeredOn) || a.createdAt - b.createdAt),
    }))
    .filter((g) => g.points.length > 0);

  return (
    <div className="measures-chart">
      <div className="section-tools">
        <button type="button" className="button-quiet button-small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          Show as a table
        </button>
      </div>
      {asTable || !instruments ? (
        <ScoresTable measures={measures} byId={byId} />
      ) : (
        groups.map((g) => <InstrumentChart key={g.inst.id} inst={g.inst} points={g.points} domain={domain} />)
      )}
    </div>
  );
}
