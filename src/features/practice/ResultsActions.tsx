/** What next: retake the same questions or only those missed, or go back. */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { RetakeChoice } from '../../domain/examRetake';
import type { AttemptResult } from '../../domain/examScoring';
import type { Exam } from '../../schema/exam';
import { usePracticeStore } from '../../stores/practiceStore';
import { Notice } from '../../ui/Notice';

export function ResultsActions({ exam, result }: { exam: Exam; result: AttemptResult }) {
  const navigate = useNavigate();
  const [starting, setStarting] = useState<RetakeChoice | null>(null);
  const [failed, setFailed] = useState(false);
  const missed = result.perQuestion.filter((q) => !q.correct).length;
  const practice = `/exams/${exam.slug}/practice`;

  const retake = async (which: RetakeChoice) => {
    setStarting(which);
    setFailed(false);
    let id: string | null = null;
    try {
      id = await usePracticeStore.getState().retake(which, Date.now());
    } catch {
      id = null;
    }
    setStarting(null);
    if (id) void navigate(`${practice}/${id}`);
    else setFailed(true);
  };

  return (
    <section className="results-next" aria-labelledby="results-next-heading">
      <h2 id="results-next-heading">Try again</h2>
      {result.total > 0 && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={starting !== null}
            onClick={() => void retake('all')}
          >
            Retake the same questions
          </button>
          {missed > 0 && (
            <button
              type="button"
              className="button button--quiet"
              disabled={starting !== null}
              onClick={() => void retake('missed')}
            >
              Retake only the {missed} missed
            </button>
          )}
        </div>
      )}
      <p className="small muted">
        {missed > 0
          ? 'Missed means wrong or unanswered. '
          : result.total > 0
            ? 'You missed none, so there is nothing to retake on its own. '
            : ''}
        A retake shows the questions and their options in a new order.
      </p>
      <p role="status" className="small">
        {starting ? 'Starting the retake…' : ''}
      </p>
      {failed && (
        <Notice kind="error" as="p">
          The retake could not be started. Check that the browser’s storage is available, then try
          again, or start a new practice exam.
        </Notice>
      )}
      <p className="results-next__links">
        <Link to={practice}>All practice exams</Link>
        <Link to={`/exams/${exam.slug}`}>Back to {exam.id}</Link>
      </p>
    </section>
  );
}
