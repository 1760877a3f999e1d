/**
 * Where the points went: right answers by domain, by task statement (weakest first, as the
 * result stores them) and by difficulty. The numbers are in real tables; the bars only draw them.
 */
import type { ReactNode } from 'react';
import type { AttemptResult, Tally } from '../../domain/examScoring';
import { DIFFICULTIES } from '../../schema/content';

interface Row extends Tally {
  key: string;
  label: ReactNode;
}

const percentOf = ({ correct, total }: Tally) =>
  total === 0 ? 0 : Math.round((100 * correct) / total);

/** "1.2" from "DVA-C02:1.2". */
const taskNumber = (task: string) => task.slice(task.indexOf(':') + 1);

function TallyTable({ caption, what, rows }: { caption: string; what: string; rows: Row[] }) {
  return (
    <table className="results-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{what}</th>
          <th scope="col">Right</th>
          <th scope="col">Percent</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const percent = percentOf(row);
          return (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="results-table__count">
                {row.correct} of {row.total}
              </td>
              <td className="results-table__percent">
                {percent}%
                <span className="results-bar" aria-hidden="true">
                  <span style={{ width: `${String(percent)}%` }} />
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ResultsBreakdown({ result }: { result: AttemptResult }) {
  if (result.total === 0) return null;
  const domains: Row[] = result.byDomain.map((d) => ({
    key: String(d.domain),
    label: (
      <>
        <span className="results-table__id">{d.domain}</span> {d.name}
      </>
    ),
    correct: d.correct,
    total: d.total,
  }));
  const tasks: Row[] = result.byTask.map((t) => ({
    key: t.task,
    label: (
      <>
        <span className="results-table__id">{taskNumber(t.task)}</span> {t.title}
      </>
    ),
    correct: t.correct,
    total: t.total,
  }));
  const levels: Row[] = DIFFICULTIES.filter((level) => result.byDifficulty[level].total > 0).map(
    (level) => ({
      key: level,
      label: level.charAt(0).toUpperCase() + level.slice(1),
      ...result.byDifficulty[level],
    }),
  );
  return (
    <section className="results-breakdown" aria-labelledby="results-breakdown-heading">
      <h2 id="results-breakdown-heading">Where you gained and lost points</h2>
      {domains.length > 0 && <TallyTable caption="By domain" what="Domain" rows={domains} />}
      {tasks.length > 0 && (
        <TallyTable caption="By task statement, weakest first" what="Task statement" rows={tasks} />
      )}
      <TallyTable caption="By difficulty" what="Difficulty" rows={levels} />
    </section>
  );
}
