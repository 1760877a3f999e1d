/**
 * Reviews per study day as a calendar heatmap: one column per week, Monday at the top, darker for
 * more reviews. Hand-written SVG (see BarChart.tsx). The colour scale has five steps relative to
 * the busiest day; each cell's title gives its day and count, and the section's table lists them.
 */
import type { DayActivity } from '../../domain/progressStats';
import { dayText } from './progressText';

const CELL = 12;
const GAP = 2;
const LEFT = 0;
const TOP = 14;

/** 0 for no reviews, else 1–4 by the share of the busiest day. */
export function level(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.min(4, Math.ceil((4 * count) / max));
}

/** Monday 0 … Sunday 6 of a `YYYY-MM-DD`. */
function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay() + 6) % 7;
}

interface Cell {
  day: DayActivity;
  x: number;
  y: number;
  /** The month's short name, on the first Monday of a month. */
  month: string | null;
}

/** Where each day goes: a column per week, Monday at the top. */
export function layout(days: readonly DayActivity[]): { cells: Cell[]; weeks: number } {
  const offset = days[0] ? weekday(days[0].day) : 0;
  const cells: Cell[] = [];
  let lastMonth = '';
  days.forEach((day, i) => {
    const slot = i + offset;
    const row = slot % 7;
    const month = day.day.slice(0, 7);
    const label = row === 0 && month !== lastMonth ? (dayText(day.day).split(' ')[2] ?? '') : null;
    if (label !== null) lastMonth = month;
    cells.push({
      day,
      x: LEFT + Math.floor(slot / 7) * (CELL + GAP),
      y: TOP + row * (CELL + GAP),
      month: label,
    });
  });
  return { cells, weeks: Math.ceil((days.length + offset) / 7) };
}

export function Heatmap({ days, label }: { days: readonly DayActivity[]; label: string }) {
  const max = Math.max(0, ...days.map((d) => d.count));
  const { cells, weeks } = layout(days);
  const width = LEFT + weeks * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  return (
    <svg className="heatmap" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {cells.map(({ day: d, x, y, month }) => (
        <g key={d.day}>
          {month !== null && (
            <text className="chart__axis" x={x} y={TOP - 4}>
              {month}
            </text>
          )}
          <rect
            className={`heatmap__cell heatmap__cell--${level(d.count, max)}`}
            x={x}
            y={y}
            width={CELL}
            height={CELL}
            rx={2}
          >
            <title>{`${dayText(d.day)}: ${d.count} reviews`}</title>
          </rect>
        </g>
      ))}
    </svg>
  );
}
