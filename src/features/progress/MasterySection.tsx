import { Link } from 'react-router-dom';
import type { Mastery, TaskMastery } from '../../domain/progressStats';
import type { StatesFigures } from '../../stores/progress/progressMessages';
import { formatDay } from '../../ui/format';
import { pct } from './progressText';
import { Section } from './Section';

/** How many of the weakest task statements the focused review takes. */
export const WEAKEST = 3;

/** The weakest task statements that have items to review (the list is weakest first). */
export function weakestTasks(mastery: Mastery): TaskMastery[] {
  return mastery.tasks.filter((t) => t.items > 0).slice(0, WEAKEST);
}

/**
 * Mastery: the average predicted recall of each domain's and task statement's items, now and on
 * the exam date; weakest task statements first, with a review focused on them.
 */
export function MasterySection({
  states,
  examSlug,
}: {
  states: StatesFigures | null;
  examSlug: string;
}) {
  return (
    <Section title="Mastery by domain and task statement" ready={states !== null}>
      {states && (
        <MasteryTables now={states.masteryNow} atExam={states.masteryAtExam} examSlug={examSlug} />
      )}
    </Section>
  );
}

function MasteryTables({
  now,
  atExam,
  examSlug,
}: {
  now: Mastery;
  atExam: Mastery | null;
  examSlug: string;
}) {
  const weakest = weakestTasks(now);
  return (
    <>
      <p>
        The chance you would recall the items of each, on average (an item never studied counts as
        0){atExam ? ', today and on your exam date if you keep to the schedule' : ''}.
      </p>
      <DomainTable now={now} atExam={atExam} />
      <h3>Task statements, weakest first</h3>
      {weakest.length > 0 && (
        <p>
          <Link
            className="button"
            to={`/exams/${examSlug}/review?tasks=${weakest.map((t) => t.id).join(',')}`}
          >
            Review the{' '}
            {weakest.length === 1
              ? 'weakest task statement'
              : `${weakest.length} weakest task statements`}
          </Link>
        </p>
      )}
      <TaskTable now={now} atExam={atExam} />
    </>
  );
}

const examColumn = (atExam: Mastery | null) => (atExam ? `On ${formatDay(atExam.at)}` : null);

function DomainTable({ now, atExam }: { now: Mastery; atExam: Mastery | null }) {
  const examCol = examColumn(atExam);
  return (
    <table className="progress-table mastery-table">
      <caption className="visually-hidden">Mastery by domain</caption>
      <thead>
        <tr>
          <th scope="col">Domain</th>
          <th scope="col">Studied</th>
          <th scope="col">Now</th>
          {examCol && <th scope="col">{examCol}</th>}
        </tr>
      </thead>
      <tbody>
        {now.domains.map((d, i) => (
          <tr key={d.number}>
            <th scope="row">
              {d.number}. {d.name}
            </th>
            <td className="num">
              {d.studied} of {d.items}
            </td>
            <RecallCell recall={d.recall} />
            {atExam && <RecallCell recall={atExam.domains[i]?.recall ?? null} />}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TaskTable({ now, atExam }: { now: Mastery; atExam: Mastery | null }) {
  const examCol = examColumn(atExam);
  const examTask = new Map(atExam?.tasks.map((t) => [t.id, t]));
  return (
    <table className="progress-table mastery-table">
      <caption className="visually-hidden">Mastery by task statement, weakest first</caption>
      <thead>
        <tr>
          <th scope="col">Task statement</th>
          <th scope="col">Studied</th>
          <th scope="col">Now</th>
          {examCol && <th scope="col">{examCol}</th>}
        </tr>
      </thead>
      <tbody>
        {now.tasks.map((t) => (
          <tr key={t.id}>
            <th scope="row">
              {t.number} {t.title}
            </th>
            <td className="num">{t.items === 0 ? 'no items' : `${t.studied} of ${t.items}`}</td>
            <RecallCell recall={t.recall} />
            {atExam && <RecallCell recall={examTask.get(t.id)?.recall ?? null} />}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A percent with a small bar behind it (the bar is decoration; the figure is the text). */
function RecallCell({ recall }: { recall: number | null }) {
  return (
    <td className="recall-cell">
      <span className="recall-cell__bar" aria-hidden="true">
        <span style={{ width: `${Math.round((recall ?? 0) * 100)}%` }} />
      </span>
      {pct(recall)}
    </td>
  );
}
