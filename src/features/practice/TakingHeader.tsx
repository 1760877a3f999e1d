/**
 * The top of the exam screen: the exam and mode, a quiet way out (the attempt is kept), and a
 * status bar with where the learner is, how much is answered and, under exam conditions, the
 * clock. The bar stays in view while scrolling on screens tall enough to spare the room.
 */
import { Link } from 'react-router-dom';
import type { Exam } from '../../schema/exam';
import type { ExamAttempt } from '../../schema/examAttempt';
import { TakingClock } from './TakingClock';
import { sheetCounts, type SheetRow } from './useTakingSheet';

export function TakingHeader(props: {
  exam: Exam;
  attempt: ExamAttempt;
  rows: readonly SheetRow[];
  /** The question on screen; null during the submit step. */
  current: number | null;
}) {
  const { exam, attempt, rows, current } = props;
  const counts = sheetCounts(rows);
  return (
    <>
      <header className="taking-header">
        <div>
          <h1>{exam.id} practice exam</h1>
          <p className="taking-header__meta">
            <span className="badge badge--accent">
              {attempt.mode === 'exam' ? 'Exam conditions' : 'Practice'}
            </span>{' '}
            {attempt.mode === 'exam'
              ? 'Timed, answers at the end.'
              : 'Untimed, each answer checked as you go.'}
          </p>
        </div>
        <Link className="taking-leave" to={`/exams/${exam.slug}/practice`}>
          Leave for now<span className="visually-hidden">: your answers are kept</span>
        </Link>
      </header>
      <div className="taking-bar">
        <p className="taking-bar__where">
          <strong>
            {current === null
              ? 'Review and submit'
              : `Question ${String(current + 1)} of ${String(counts.total)}`}
          </strong>
          <span className="taking-bar__counts">
            {counts.answered} answered
            {counts.flagged > 0 && ` · ${String(counts.flagged)} flagged`}
          </span>
        </p>
        {attempt.deadline !== null && <TakingClock deadline={attempt.deadline} />}
      </div>
    </>
  );
}
