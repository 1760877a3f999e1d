import type { StatesFigures } from '../../stores/progress/progressMessages';
import { plural } from '../../ui/format';
import { BarChart } from './BarChart';
import { dayText, shortDay } from './progressText';
import { Section, TableFold } from './Section';

/** Reviews coming due on each of the next 30 days, from the stored states. */
export function ForecastSection({ states }: { states: StatesFigures | null }) {
  return (
    <Section title="Forecast: the next 30 days" ready={states !== null}>
      {states && <Forecast days={states.forecast} />}
    </Section>
  );
}

function Forecast({ days }: { days: StatesFigures['forecast'] }) {
  const total = days.reduce((s, d) => s + d.count, 0);
  if (total === 0)
    return (
      <p>Nothing is due in the next 30 days. Items you study show up here when they come due.</p>
    );
  const peak = days.reduce((a, b) => (b.count > a.count ? b : a));
  const today = days[0]?.count ?? 0;
  const summary = `${plural(total, 'review')} due in the next 30 days; today ${today} (overdue included); busiest ${dayText(peak.day)} with ${peak.count}.`;
  return (
    <>
      <p>{summary}</p>
      <BarChart
        bars={days.map((d) => ({ label: shortDay(d.day), parts: [d.count] }))}
        label={`Bar chart of reviews due per day. ${summary}`}
        partClasses={['chart__bar']}
      />
      <TableFold summary="Due per day">
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d, i) => (
              <tr key={d.day}>
                <th scope="row">{i === 0 ? `Today (${dayText(d.day)})` : dayText(d.day)}</th>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFold>
    </>
  );
}
