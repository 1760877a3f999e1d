/** The results' title (focused on arrival, so the outcome is announced), what was sat, and a time-out. */
import { useEffect, useRef } from 'react';
import type { AttemptResult } from '../../domain/examScoring';
import type { Exam } from '../../schema/exam';
import type { ExamAttempt } from '../../schema/examAttempt';
import { plural } from '../../ui/format';

/** Ids the title is described by: its screen-reader announcement is title, time-out, score. */
export const TIMEOUT_ID = 'results-timeout';
export const SCORE_ID = 'results-score-line';

const MODE_LABEL: Record<ExamAttempt['mode'], string> = {
  exam: 'Exam conditions',
  practice: 'Practice (answers checked as you went)',
};

/** "23 Nov 2026, 14:05" in the learner's time zone. */
function formatSubmitted(at: number): string {
  return new Date(at).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function ResultsHeader(props: {
  exam: Exam;
  attempt: ExamAttempt | null;
  result: AttemptResult | null;
}) {
  const { exam, attempt, result } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const timedOut = attempt?.endReason === 'timeout';

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const domain = attempt?.request.domain;
  const domainName = exam.domains.find((d) => d.number === domain)?.name;
  return (
    <header className="results-header">
      <h1
        ref={heading}
        tabIndex={-1}
        aria-describedby={result ? (timedOut ? `${TIMEOUT_ID} ${SCORE_ID}` : SCORE_ID) : undefined}
      >
        {exam.id} practice exam results
      </h1>
      {attempt && (
        <dl className="results-meta">
          <div>
            <dt>Mode</dt>
            <dd>{MODE_LABEL[attempt.mode]}</dd>
          </div>
          <div>
            <dt>Length</dt>
            <dd>
              {plural(attempt.questions.length, 'question')}
              {domainName ? `, domain ${String(domain)} only (${domainName})` : ''}
              {attempt.request.onlyUnseen ? ', new to you only' : ''}
              {attempt.retakeOf ? ' (a retake)' : ''}
            </dd>
          </div>
          {attempt.submittedAt !== null && (
            <div>
              <dt>Submitted</dt>
              <dd>
                <time dateTime={new Date(attempt.submittedAt).toISOString()}>
                  {formatSubmitted(attempt.submittedAt)}
                </time>
              </dd>
            </div>
          )}
        </dl>
      )}
      {timedOut && result && (
        <div className="results-timeout" id={TIMEOUT_ID}>
          <p>
            <strong>Time ran out: your exam was submitted as it stood.</strong>{' '}
            {result.unanswered === 0
              ? 'Every question had an answer.'
              : `${plural(result.unanswered, 'question')} ${result.unanswered === 1 ? 'was' : 'were'} unanswered and ${result.unanswered === 1 ? 'counts' : 'count'} as wrong.`}
          </p>
        </div>
      )}
    </header>
  );
}
