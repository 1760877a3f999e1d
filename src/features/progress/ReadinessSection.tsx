import type { PracticeFigures } from '../../stores/progress/progressMessages';
import { formatDay } from '../../ui/format';
import { pct } from './progressText';
import { Section } from './Section';

/** Readiness for the Lambda part: overall and per domain, each with its 80 % band. */
export function ReadinessSection({
  practice,
  examId,
  now,
}: {
  practice: PracticeFigures | null;
  examId: string;
  now: number;
}) {
  return (
    <Section title="Readiness" ready={practice !== null}>
      {practice && <Readiness figures={practice.readiness} examId={examId} now={now} />}
    </Section>
  );
}

function Readiness({
  figures,
  examId,
  now,
}: {
  figures: PracticeFigures['readiness'];
  examId: string;
  now: number;
}) {
  const { overall } = figures;
  const when = figures.at > now ? `on ${formatDay(figures.at)}` : 'today';
  return (
    <>
      <p className="progress-note">
        <strong>Lambda part only.</strong> This app teaches the AWS Lambda part of {examId}, so this
        estimates your chance of answering an unseen Lambda question right, not your exam score.
      </p>
      {figures.enoughData ? (
        <p className="progress-figures">
          <span>
            <strong>{pct(overall.mean)}</strong> estimated {when}
          </span>
          <span>
            80% band {pct(overall.low)} to {pct(overall.high)}
          </span>
        </p>
      ) : (
        <div className="progress-need">
          <p>
            <strong>{figures.need}</strong>
          </p>
          <p className="muted">
            With what there is so far: {pct(overall.mean)} {when}, somewhere between{' '}
            {pct(overall.low)} and {pct(overall.high)}.
          </p>
        </div>
      )}
      <BandChart figures={figures} />
      <table className="progress-table">
        <caption className="visually-hidden">Readiness per domain</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Estimate</th>
            <th scope="col">80% band</th>
            <th scope="col">Unseen practice answers</th>
          </tr>
        </thead>
        <tbody>
          {figures.domains.map((d) => (
            <tr key={d.domain}>
              <th scope="row">
                {d.domain}. {d.name}
              </th>
              <td>{d.counted ? pct(d.mean) : 'not counted'}</td>
              <td className="num">
                {pct(d.low)} – {pct(d.high)}
              </td>
              <td>
                {Math.round(d.practice.correct)} of {Math.round(d.practice.total)} right
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Each domain's estimate as a dot on its band (decorative: the table gives the figures). */
function BandChart({ figures }: { figures: PracticeFigures['readiness'] }) {
  const rows = [
    { key: 'all', label: 'Overall', ...figures.overall },
    ...figures.domains.map((d) => ({ key: String(d.domain), label: `Domain ${d.domain}`, ...d })),
  ];
  return (
    <div className="band-chart" aria-hidden="true">
      {rows.map((r) => (
        <div key={r.key} className="band-chart__row">
          <span className="band-chart__label">{r.label}</span>
          <span className="band-chart__track">
            <span
              className="band-chart__band"
              style={{ left: `${r.low * 100}%`, width: `${(r.high - r.low) * 100}%` }}
            />
            <span className="band-chart__dot" style={{ left: `${r.mean * 100}%` }} />
          </span>
        </div>
      ))}
    </div>
  );
}
