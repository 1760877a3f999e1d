/**
 * Every submitted attempt at the exam: a trend chart, then a table (newest first) with date,
 * mode, length, score and the score in each domain, each row linking to its results. The table
 * is also the chart's text equivalent. On a narrow screen the same table is laid out as cards
 * by setup.css, so it never scrolls sideways.
 */
import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { Exam } from '../../schema/exam';
import type { ExamAttempt, StoredAttemptResult } from '../../schema/examAttempt';
import { Notice } from '../../ui/Notice';
import { HistoryTrend } from './HistoryTrend';
import type { PracticeHistoryState } from './PracticePage';
import { formatAttemptTime, modeLabel, percentText, shareText } from './PracticeText';

/** A submitted attempt, with its frozen result. */
export type ScoredAttempt = ExamAttempt & { result: StoredAttemptResult; submittedAt: number };

const isScored = (a: ExamAttempt): a is ScoredAttempt => a.submittedAt !== null && !!a.result;

export function PracticeHistory({ exam, history }: { exam: Exam; history: PracticeHistoryState }) {
  const heading = useId();
  const scored = history.status === 'ready' ? history.attempts.filter(isScored) : [];
  return (
    <section className="practice-history" aria-labelledby={heading}>
      <h2 id={heading}>Your attempts</h2>
      {history.status === 'loading' && (
        <p role="status" className="muted practice-history__loading">
          Loading your attempts…
        </p>
      )}
      {history.status === 'unavailable' && (
        <Notice kind="error" as="p">
          Your attempts could not be read: this browser’s storage is unavailable (private browsing,
          or site data blocked).
        </Notice>
      )}
      {history.status === 'ready' && scored.length === 0 && (
        <p className="muted">
          No submitted attempts yet. Each practice exam you finish is listed here with its score and
          domain scores, and a chart shows your trend.
        </p>
      )}
      {scored.length > 0 && (
        <>
          {/* History is newest first; the chart reads left to right, oldest to newest. */}
          <HistoryTrend attempts={[...scored].reverse()} passPercent={exam.passMark / 10} />
          <HistoryTable exam={exam} attempts={scored} />
        </>
      )}
    </section>
  );
}

function HistoryTable({ exam, attempts }: { exam: Exam; attempts: readonly ScoredAttempt[] }) {
  return (
    <table className="history-table">
      <caption>
        Submitted attempts, newest first. Open one to review its questions and retake it.
      </caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Mode</th>
          <th scope="col">Questions</th>
          <th scope="col">Score</th>
          <th scope="col">By domain</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <HistoryRow key={a.id} exam={exam} attempt={a} />
        ))}
      </tbody>
    </table>
  );
}

function HistoryRow({ exam, attempt }: { exam: Exam; attempt: ScoredAttempt }) {
  const { result } = attempt;
  const notes = [
    attempt.endReason === 'timeout' ? 'time ran out' : null,
    attempt.retakeOf ? 'retake' : null,
  ].filter(Boolean);
  return (
    <tr>
      <th scope="row" className="history-table__date">
        <Link to={`/exams/${exam.slug}/practice/${attempt.id}`}>
          {formatAttemptTime(attempt.createdAt)}
        </Link>
      </th>
      <td data-label="Mode">
        {modeLabel(attempt.mode)}
        {notes.length > 0 && <span className="history-table__note"> ({notes.join(', ')})</span>}
      </td>
      <td data-label="Questions">
        {attempt.questions.length}
        {result.missing.length > 0 && (
          <span className="history-table__note"> ({result.missing.length} since removed)</span>
        )}
      </td>
      <td data-label="Score" className="history-table__score">
        <strong>{percentText(result.percent)}</strong>{' '}
        <span className="history-table__note">
          ({result.correct}/{result.total})
        </span>
      </td>
      <td data-label="By domain">
        <ul className="history-table__domains">
          {result.byDomain.map((d) => (
            <li key={d.domain}>
              <span className="history-table__domain-name">
                {d.domain}. {d.name}
              </span>{' '}
              <span className="history-table__domain-score">
                {d.correct}/{d.total} ({shareText(d.correct, d.total)})
              </span>
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
