import type { ReactNode } from 'react';
import type { ExamPlan } from '../../domain/examPlan';
import type { PlanFigures, StatesFigures } from '../../stores/progress/progressMessages';
import { formatDay, plural } from '../../ui/format';
import { BarChart } from './BarChart';
import { isoDay, shortDay } from './progressText';
import { Section, TableFold } from './Section';

/**
 * The exam-date plan: the date (set, change, clear), new items a day needed, the projected daily
 * workload to the exam, and on track / behind (with what catching up costs) / ahead.
 */
export function PlanSection({
  plan,
  states,
  dateField,
  hasDate,
}: {
  plan: PlanFigures | null;
  states: StatesFigures | null;
  /** The exam-date field (set, change, clear). */
  dateField: ReactNode;
  hasDate: boolean;
}) {
  return (
    <Section title="Exam-date plan" ready>
      {dateField}
      {!hasDate ? (
        <p>
          Set the date of your exam to see how many new items a day get you through everything in
          time, and the daily workload until then.
        </p>
      ) : plan && states ? (
        plan.plan && <Plan plan={plan.plan} focused={plan.focused} newPerDay={states.newPerDay} />
      ) : (
        <p className="muted progress-section__wait">Working it out…</p>
      )}
    </Section>
  );
}

const STATUS: Record<ExamPlan['status'], string> = {
  'on-track': 'On track',
  behind: 'Behind',
  ahead: 'Ahead',
  past: 'The exam date has passed',
};

function Plan({
  plan,
  focused,
  newPerDay,
}: {
  plan: ExamPlan;
  focused: boolean;
  newPerDay: number;
}) {
  const scope = focused ? 'in your focus' : 'for this exam';
  return (
    <>
      <p className={`plan-status plan-status--${plan.status}`}>
        <strong>{STATUS[plan.status]}</strong>
        {plan.status !== 'past' && (
          <span>
            {' '}
            · {plural(plan.daysLeft, 'study day')} left, {plural(plan.remainingNew, 'new item')}{' '}
            {scope} still to start
          </span>
        )}
      </p>
      <PlanAdvice plan={plan} newPerDay={newPerDay} />
      {plan.workload.length > 0 && <Workload plan={plan} />}
    </>
  );
}

function PlanAdvice({ plan, newPerDay }: { plan: ExamPlan; newPerDay: number }) {
  if (plan.status === 'past')
    return <p>Set the date of your next exam to plan again; the normal schedule goes on.</p>;
  const last = plan.lastNewDay === null ? null : formatDay(plan.lastNewDay);
  const setting = `Your setting is ${plural(newPerDay, 'new item')} a day.`;
  if (plan.remainingNew === 0)
    return <p>Every item has been started: the plan is reviews only until the exam.</p>;
  if (plan.neededPerDay === null)
    return (
      <p>
        Too little time is left to learn new items before the exam (new items stop 5 study days
        before it): review what you have started.
      </p>
    );
  const need = `Starting everything by ${last ?? 'the last day for new items'} takes ${plural(plan.neededPerDay, 'new item')} a day.`;
  if (plan.status !== 'behind')
    return (
      <p>
        {need} {setting}
      </p>
    );
  const c = plan.catchUp;
  return (
    <p>
      {need} {setting} At your setting {plural(plan.notIntroduced, 'item')} would not be started.
      {c &&
        ` Catching up means ${c.extraNewPerDay} more new a day: ${plural(c.extraShowings, 'more showing')} in all, and the busiest day at ${c.peakShowings}.`}
    </p>
  );
}

function Workload({ plan }: { plan: ExamPlan }) {
  const loads = plan.workload;
  const total = loads.reduce((s, l) => s + l.total, 0);
  const peak = loads.reduce((a, b) => (b.total > a.total ? b : a));
  const summary = `Projected showings a day until the exam, at your setting: ${total} in all over ${plural(loads.length, 'day')}, the busiest ${formatDay(peak.day)} with ${peak.total}.`;
  return (
    <>
      <h3>Projected daily workload</h3>
      <p>{summary}</p>
      <BarChart
        bars={loads.map((l) => ({
          label: shortDay(isoDay(l.day)),
          parts: [l.reviews, l.learning, l.new],
        }))}
        label={`Stacked bar chart: reviews, learning steps and new items per day. ${summary}`}
        partClasses={['chart__bar', 'chart__bar chart__bar--mix', 'chart__bar chart__bar--tip']}
      />
      <p className="chart-legend" aria-hidden="true">
        <span className="chart-legend__key chart__bar" /> reviews{' '}
        <span className="chart-legend__key chart__bar--mix" /> learning steps{' '}
        <span className="chart-legend__key chart__bar--tip" /> new
      </p>
      <TableFold summary="Workload per day">
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">New</th>
              <th scope="col">Reviews</th>
              <th scope="col">Learning steps</th>
              <th scope="col">All</th>
            </tr>
          </thead>
          <tbody>
            {loads.map((l) => (
              <tr key={l.day}>
                <th scope="row">{formatDay(l.day)}</th>
                <td>{l.new}</td>
                <td>{l.reviews}</td>
                <td>{l.learning}</td>
                <td>{l.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFold>
    </>
  );
}
