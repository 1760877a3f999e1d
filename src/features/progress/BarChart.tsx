/**
 * A bar chart of one count per day (the due forecast, the plan's daily workload), optionally
 * split into stacked parts. Hand-written SVG, as the practice trend is: two charts of a few dozen
 * bars need no library, and colours come from CSS variables so dark mode follows. The SVG is one
 * image with a summary for screen readers; the section gives the full table beside it.
 */
export interface Bar {
  label: string;
  /** Stacked parts, bottom first; their sum is the bar's height. */
  parts: readonly number[];
}

const W = 360;
const H = 150;
const PAD = { left: 34, right: 6, top: 8, bottom: 22 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

/** A round top for the axis: 1, 2, 5, 10, 20, 50… at or above `max`. */
export function niceMax(max: number): number {
  if (max <= 1) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * step >= max) return m * step;
  return 10 * step;
}

interface BarChartProps {
  bars: readonly Bar[];
  /** The image's text for screen readers: what it shows, its range and peak. */
  label: string;
  /** A CSS class per stacked part (its colour). */
  partClasses: readonly string[];
  /** The axis top (default: a round figure above the tallest bar). */
  max?: number;
  /** A dashed line across the chart, e.g. the desired retention. */
  guide?: { value: number; label: string };
  /** After each axis figure, e.g. "%". */
  unit?: string;
}

export function BarChart({ bars, label, partClasses, max, guide, unit = '' }: BarChartProps) {
  const totals = bars.map((b) => b.parts.reduce((s, p) => s + p, 0));
  const top = max ?? niceMax(Math.max(0, ...totals));
  const slot = PLOT_W / Math.max(1, bars.length);
  const barW = Math.max(1, slot * 0.75);
  const yOf = (v: number) => PAD.top + PLOT_H * (1 - v / top);
  const every = Math.ceil(bars.length / 6);
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {(top >= 2 && top % 2 === 0 ? [0, top / 2, top] : [0, top]).map((v) => (
        <g key={v}>
          <line className="chart__grid" x1={PAD.left} x2={W - PAD.right} y1={yOf(v)} y2={yOf(v)} />
          <text
            className="chart__axis"
            x={PAD.left - 5}
            y={yOf(v)}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {v}
            {unit}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const x = PAD.left + i * slot + (slot - barW) / 2;
        return (
          <g key={bar.label}>
            <Stack parts={bar.parts} classes={partClasses} x={x} width={barW} yOf={yOf} />
            {i % every === 0 && (
              <text className="chart__axis" x={x + barW / 2} y={H - 6} textAnchor="middle">
                {bar.label}
              </text>
            )}
          </g>
        );
      })}
      {guide && <Guide {...guide} y={yOf(guide.value)} />}
    </svg>
  );
}

/** One bar's parts, stacked bottom up. */
function Stack(props: {
  parts: readonly number[];
  classes: readonly string[];
  x: number;
  width: number;
  yOf: (v: number) => number;
}) {
  const { parts, classes, x, width, yOf } = props;
  const bases = parts.map((_, k) => parts.slice(0, k).reduce((s, p) => s + p, 0));
  return parts.map((p, k) => {
    const y0 = yOf(bases[k] ?? 0);
    const y1 = yOf((bases[k] ?? 0) + p);
    return p > 0 ? (
      <rect key={k} className={classes[k]} x={x} y={y1} width={width} height={y0 - y1} />
    ) : null;
  });
}

function Guide({ label, y }: { label: string; y: number }) {
  return (
    <g>
      <line className="chart__guide" x1={PAD.left} x2={W - PAD.right} y1={y} y2={y} />
      <text className="chart__guide-label" x={W - PAD.right} y={y - 4} textAnchor="end">
        {label}
      </text>
    </g>
  );
}
