import type { LogFigures, StatesFigures } from '../../stores/progress/progressMessages';
import { plural } from '../../ui/format';
import { BarChart } from './BarChart';
import { pct, shortDay } from './progressText';
import { Section, TableFold } from './Section';

/** True retention per week beside the desired retention: does the schedule keep its promise? */
export function RetentionSection({
  log,
  states,
}: {
  log: LogFigures | null;
  states: StatesFigures | null;
}) {
  return (
    <Section title="True retention" ready={log !== null && states !== null}>
      {log && states && <Retention figures={log.retention} desired={states.retention} />}
    </Section>
  );
}

function Retention({ figures, desired }: { figures: LogFigures['retention']; desired: number }) {
  const { weeks, overall } = figures;
  const intro = (
    <p>
      The share of reviews of items you had already learned that you did not grade Again, beside
      your desired retention of {pct(desired)}. Close to it: the schedule does what it promises.
    </p>
  );
  if (overall.total === 0)
    return (
      <>
        {intro}
        <p className="muted">
          No reviews of learned items in the last 12 weeks yet: once items you have learned come due
          again, their results show here.
        </p>
      </>
    );
  const summary = `Over the last 12 weeks: ${pct(overall.rate)} of ${plural(overall.total, 'review')} right; desired ${pct(desired)}.`;
  return (
    <>
      {intro}
      <p>{summary}</p>
      <BarChart
        bars={weeks.map((w) => ({
          label: shortDay(w.from),
          parts: [Math.round((w.rate ?? 0) * 100)],
        }))}
        label={`Bar chart of true retention per week. ${summary}`}
        partClasses={['chart__bar chart__bar--tip']}
        max={100}
        unit="%"
        guide={{ value: desired * 100, label: `desired ${pct(desired)}` }}
      />
      <TableFold summary="Retention per week">
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Right</th>
              <th scope="col">Reviews</th>
              <th scope="col">Retention</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.from}>
                <th scope="row">
                  {shortDay(w.from)} – {shortDay(w.to)}
                </th>
                <td>{w.right}</td>
                <td>{w.total}</td>
                <td>{pct(w.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFold>
    </>
  );
}
