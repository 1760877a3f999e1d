/**
 * An exam's practice-exam page (`/exams/<exam>/practice`): the attempt in progress to resume,
 * the form that starts a new one, and every submitted attempt with a small trend chart.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ExamAttempt } from '../../schema/examAttempt';
import { examBySlug } from '../../stores/catalog';
import { useChosenExamFromRoute } from '../../stores/examStore';
import { attemptHistory } from '../../stores/practiceStore';
import { NotFound } from '../../ui/NotFound';
import { usePageTitle } from '../../ui/usePageTitle';
import { PracticeHistory } from './PracticeHistory';
import { PracticeResume } from './PracticeResume';
import { PracticeSetup } from './PracticeSetup';
import './setup.css';

/** The exam's attempts as stored on this device: loading, read, or storage unavailable. */
export type PracticeHistoryState =
  { status: 'loading' } | { status: 'ready'; attempts: ExamAttempt[] } | { status: 'unavailable' };

function usePracticeHistory(examId: string | undefined) {
  const [history, setHistory] = useState<PracticeHistoryState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!examId) return;
    let live = true;
    attemptHistory(examId).then(
      (attempts) => live && setHistory({ status: 'ready', attempts }),
      () => live && setHistory({ status: 'unavailable' }),
    );
    return () => {
      live = false;
    };
  }, [examId, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { history, reload };
}

export function PracticePage() {
  const { examSlug } = useParams();
  const exam = examBySlug(examSlug);
  usePageTitle(exam ? `${exam.id} practice exams` : 'No such exam');
  useChosenExamFromRoute(exam?.id);
  const { history, reload } = usePracticeHistory(exam?.id);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  // The resume panel goes away with the attempt: say so, and put focus somewhere sensible.
  const onDiscarded = useCallback(() => {
    reload();
    setAnnouncement('The attempt was discarded.');
    heading.current?.focus();
  }, [reload]);

  if (!exam) return <NotFound what="exam" />;
  const attempts = history.status === 'ready' ? history.attempts : [];
  const inProgress = attempts.find((a) => a.submittedAt === null) ?? null;

  return (
    <div className="page practice-page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/">Exams</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/exams/${exam.slug}`}>{exam.id}</Link> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Practice exams</span>
      </nav>
      <h1 ref={heading} tabIndex={-1}>
        {exam.id} practice exams
      </h1>
      <p className="practice-page__lead muted">
        Sit a set of questions drawn like the real exam, timed or untimed, then see where you lose
        points. Attempts are kept on this device.
      </p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {inProgress && <PracticeResume exam={exam} attempt={inProgress} onDiscarded={onDiscarded} />}
      <PracticeSetup exam={exam} />
      <PracticeHistory exam={exam} history={history} />
    </div>
  );
}
