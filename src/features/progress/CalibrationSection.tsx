import type { PracticeFigures } from '../../stores/progress/progressMessages';
import { formatDay } from '../../ui/format';
import { pct } from './progressText';
import { Section } from './Section';

/** Calibration shown, not claimed: what readiness predicted before each attempt, and the score. */
export function CalibrationSection({ practice }: { practice: PracticeFigures | null }) {
  return (
    <Section title="Calibration" ready={practice !== null}>
      {practice && <Calibration figures={practice} />}
    </Section>
  );
}

function Calibration({ figures }: { figures: PracticeFigures }) {
  const { calibration: c, predictedAttempts } = figures;
  const intro = (
    <p>
      Before each practice exam the app notes what readiness predicts; afterwards it sets that
      beside your share right on the questions you had not seen, so you can judge the estimate
      yourself.
    </p>
  );
  if (c.pairs.length === 0)
    return (
      <>
        {intro}
        <p className="muted">
          Nothing to compare yet: take a practice exam, and its prediction and score appear here.
        </p>
      </>
    );
  const when = new Map(predictedAttempts.map((a, i) => [a.id, { n: i + 1, at: a.at }]));
  const overall = c.pairs.filter((p) => p.domain === null);
  return (
    <>
      {intro}
      <p className="progress-figures">
        <span>
          <strong>{c.brier === null ? '–' : c.brier.toFixed(3)}</strong> Brier score
        </span>
        <span>
          <strong>{c.overall.mae === null ? '–' : pct(c.overall.mae)}</strong> average gap overall
        </span>
        <span>
          <strong>{c.byDomain.mae === null ? '–' : pct(c.byDomain.mae)}</strong> per domain
        </span>
      </p>
      <p>
        The Brier score is the average squared gap between the predicted chance and each answer (1
        right, 0 wrong): 0 is perfect, and below{' '}
        {c.baseRateBrier === null ? 'the hindsight figure' : c.baseRateBrier.toFixed(3)} (always
        predicting your own overall share right) the predictions tell you something.
      </p>
      <CalibrationChart pairs={overall} />
      <table className="progress-table">
        <caption className="visually-hidden">Predicted and actual, per attempt and domain</caption>
        <thead>
          <tr>
            <th scope="col">Attempt</th>
            <th scope="col">Domain</th>
            <th scope="col">Predicted</th>
            <th scope="col">Actual</th>
            <th scope="col">Answers</th>
          </tr>
        </thead>
        <tbody>
          {c.pairs.map((p) => {
            const a = when.get(p.attemptId);
            return (
              <tr key={`${p.attemptId}:${p.domain ?? 'all'}`}>
                <th scope="row">{a ? `#${a.n}, ${formatDay(a.at)}` : p.attemptId}</th>
                <td>{p.domain === null ? 'Overall' : `Domain ${p.domain}`}</td>
                <td>{pct(p.predicted)}</td>
                <td>{pct(p.actual)}</td>
                <td>{p.answers}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

const S = 160;
const P = 28;

/** Predicted (across) against actual (up) per attempt; on the diagonal is a perfect prediction. */
function CalibrationChart({ pairs }: { pairs: PracticeFigures['calibration']['pairs'] }) {
  const xy = (v: number) => P + (S - 2 * P) * v;
  const yx = (v: number) => S - P - (S - 2 * P) * v;
  const label = `Predicted against actual for ${pairs.length} attempts: ${pairs
    .map((p) => `${pct(p.predicted)} predicted, ${pct(p.actual)} scored`)
    .join('; ')}.`;
  return (
    <svg className="chart chart--square" viewBox={`0 0 ${S} ${S}`} role="img" aria-label={label}>
      <rect className="chart__frame" x={P} y={P} width={S - 2 * P} height={S - 2 * P} />
      <line className="chart__guide" x1={xy(0)} y1={yx(0)} x2={xy(1)} y2={yx(1)} />
      {pairs.map((p) => (
        <circle
          key={p.attemptId}
          className="chart__dot"
          cx={xy(p.predicted)}
          cy={yx(p.actual)}
          r={4}
        />
      ))}
      <text className="chart__axis" x={S / 2} y={S - 8} textAnchor="middle">
        predicted
      </text>
      <text
        className="chart__axis"
        x={10}
        y={S / 2}
        textAnchor="middle"
        transform={`rotate(-90 10 ${S / 2})`}
      >
        actual
      </text>
    </svg>
  );
}
