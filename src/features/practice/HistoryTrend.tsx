/**
 * A small line chart of the percent right in each submitted attempt, oldest to newest, with the
 * pass guide drawn dashed. Hand-written SVG rather than a chart library: it is a few dozen lines,
 * adds nothing to the bundle, and takes its colours from the page's CSS variables, so it follows
 * dark mode. Screen readers get a one-sentence summary; the history table below is its full text
 * equivalent.
 */
import { percentText } from './PracticeText';

/** The chart's coordinate space; the SVG scales to its box and keeps this shape. */
const W = 360;
const H = 150;
// The right margin holds the pass guide's label, clear of the scores.
const PAD = { left: 40, right: 62, top: 10, bottom: 26 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

const yOf = (percent: number) => PAD.top + PLOT_H * (1 - Math.min(100, Math.max(0, percent)) / 100);
const xOf = (i: number, n: number) =>
  n === 1 ? PAD.left + PLOT_W / 2 : PAD.left + (PLOT_W * i) / (n - 1);

/** "Scores of 5 attempts, ranging from 55% to 78%; latest 78%; pass guide 72%." */
export function trendLabel(percents: readonly number[], passPercent: number): string {
  const pass = `pass guide ${percentText(passPercent)}`;
  const latest = percents.at(-1);
  if (latest === undefined) return 'No scores yet.';
  if (percents.length === 1) return `Score of 1 attempt: ${percentText(latest)}; ${pass}.`;
  const low = percentText(Math.min(...percents));
  const high = percentText(Math.max(...percents));
  return `Scores of ${percents.length} attempts, ranging from ${low} to ${high}; latest ${percentText(latest)}; ${pass}.`;
}

export function HistoryTrend({
  attempts,
  passPercent,
}: {
  /** Oldest first. */
  attempts: readonly { id: string; result: { percent: number } }[];
  passPercent: number;
}) {
  const percents = attempts.map((a) => a.result.percent);
  const n = percents.length;
  const points = percents.map((p, i) => `${xOf(i, n).toFixed(1)},${yOf(p).toFixed(1)}`).join(' ');
  const passY = yOf(passPercent);
  const last = percents.at(-1) ?? 0;
  // Dots get crowded past a few dozen attempts: then the line alone shows the trend.
  const dots = n <= 40;
  return (
    <div className="trend">
      <svg
        className="trend__chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={trendLabel(percents, passPercent)}
      >
        {[0, 50, 100].map((p) => (
          <g key={p}>
            <line
              className="trend__grid"
              x1={PAD.left}
              x2={W - PAD.right}
              y1={yOf(p)}
              y2={yOf(p)}
            />
            <text
              className="trend__axis"
              x={PAD.left - 6}
              y={yOf(p)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {p}%
            </text>
          </g>
        ))}
        <line className="trend__pass" x1={PAD.left} x2={W - PAD.right} y1={passY} y2={passY} />
        <text
          className="trend__pass-label"
          x={W - PAD.right + 6}
          y={passY}
          dominantBaseline="middle"
        >
          pass {percentText(passPercent)}
        </text>
        {n > 1 && <polyline className="trend__line" points={points} />}
        {dots &&
          percents.map((p, i) => (
            <circle
              key={attempts[i]?.id ?? i}
              className="trend__dot"
              cx={xOf(i, n)}
              cy={yOf(p)}
              r={i === n - 1 ? 5 : 3.5}
            />
          ))}
        <text className="trend__axis" x={PAD.left} y={H - 6}>
          {n > 1 ? 'oldest' : ''}
        </text>
        <text className="trend__axis trend__latest" x={xOf(n - 1, n)} y={H - 6} textAnchor="middle">
          latest {percentText(last)}
        </text>
      </svg>
    </div>
  );
}
