import type { LogFigures } from '../../stores/progress/progressMessages';
import { plural } from '../../ui/format';
import { Heatmap } from './Heatmap';
import { dayText, timeSpent } from './progressText';
import { Section, TableFold } from './Section';

/** Reviews per day: the heatmap of the last months, totals, the current streak. */
export function ActivitySection({ log }: { log: LogFigures | null }) {
  return (
    <Section title="Reviews per day" ready={log !== null}>
      {log && <Activity figures={log.activity} />}
    </Section>
  );
}

function Activity({ figures }: { figures: LogFigures['activity'] }) {
  const { days, currentStreak, longestStreak } = figures;
  const active = days.filter((d) => d.count > 0);
  const total = active.reduce((s, d) => s + d.count, 0);
  const time = active.reduce((s, d) => s + d.timeMs, 0);
  const first = days[0];
  const today = days.at(-1);
  const summary =
    total === 0
      ? 'No reviews yet in the last six months.'
      : `${plural(total, 'review')} on ${plural(active.length, 'day')} since ${first ? dayText(first.day) : ''}, ${timeSpent(time)} in all. Today: ${plural(today?.count ?? 0, 'review')}.`;
  return (
    <>
      <p className="progress-figures">
        <span>
          <strong>{currentStreak}</strong> {currentStreak === 1 ? 'day' : 'days'} current streak
        </span>
        <span>
          <strong>{longestStreak}</strong> longest in six months
        </span>
        <span>
          <strong>{timeSpent(time)}</strong> spent
        </span>
      </p>
      <p>{summary}</p>
      {total === 0 ? (
        <p className="muted">Each day you review shows here as a darker square.</p>
      ) : (
        <>
          <div className="heatmap-box">
            <Heatmap days={days} label={`Calendar of reviews per day. ${summary}`} />
            <p className="heatmap-legend" aria-hidden="true">
              Fewer{' '}
              {[0, 1, 2, 3, 4].map((l) => (
                <span key={l} className={`heatmap-legend__cell heatmap__cell--${l}`} />
              ))}{' '}
              more
            </p>
          </div>
          <TableFold summary={`Days with reviews (${active.length})`}>
            <table className="progress-table">
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Reviews</th>
                  <th scope="col">Time spent</th>
                </tr>
              </thead>
              <tbody>
                {active
                  .slice()
                  .reverse()
                  .map((d) => (
                    <tr key={d.day}>
                      <th scope="row">{dayText(d.day)}</th>
                      <td>{d.count}</td>
                      <td>{timeSpent(d.timeMs)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableFold>
        </>
      )}
    </>
  );
}
