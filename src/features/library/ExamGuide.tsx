import type { Exam } from '../../schema/exam';
import { taskTitle } from '../../stores/catalog';

/** "The exam": its format and pass mark, and each domain's weight and Lambda task statements. */
export function ExamGuide({ exam }: { exam: Exam }) {
  return (
    <aside aria-labelledby="guide-heading" className="exam-guide">
      <h2 id="guide-heading" className="section-label">
        The exam
      </h2>
      <p>
        {exam.questions} questions ({exam.scored} scored) in {exam.minutes} minutes. Pass mark{' '}
        {exam.passMark} on a scale of 100–1000.{' '}
        <a href={exam.guide} target="_blank" rel="noreferrer">
          Official exam guide
        </a>
      </p>
      <ul className="domain-list">
        {exam.domains.map((d) => (
          <li key={d.number}>
            <div className="domain-list__row">
              <span>
                {d.number}. {d.name}
              </span>
              <span className="domain-list__weight">{d.weight}%</span>
            </div>
            <svg
              className="meter"
              viewBox="0 0 100 1"
              preserveAspectRatio="none"
              aria-hidden="true"
            >
              <rect width={d.weight} height="1" />
            </svg>
            <ul className="task-list">
              {d.tasks
                .filter((t) => t.lambda)
                .map((t) => (
                  <li key={t.id}>
                    <span className="task-list__id">{t.number}</span> {taskTitle(t.id)}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="muted small">Task statements shown are the ones that involve Lambda.</p>
    </aside>
  );
}
