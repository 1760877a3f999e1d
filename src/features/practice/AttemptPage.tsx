/**
 * One practice-exam attempt (`/exams/<exam>/practice/<attempt>`): taking it until it is
 * submitted, then its results. The store holds the attempt for this tab only; another tab that
 * has it open is named instead of both answering into it.
 */
import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { examBySlug } from '../../stores/catalog';
import { useChosenExamFromRoute } from '../../stores/examStore';
import { usePracticeStore } from '../../stores/practiceStore';
import { NotFound } from '../../ui/NotFound';
import { Notice } from '../../ui/Notice';
import { usePageTitle } from '../../ui/usePageTitle';
import { ExamResults } from './ExamResults';
import { ExamTaking } from './ExamTaking';

export function AttemptPage() {
  const { examSlug, attemptId } = useParams();
  const exam = examBySlug(examSlug);
  useChosenExamFromRoute(exam?.id);
  const status = usePracticeStore((s) => s.status);
  const attempt = usePracticeStore((s) => s.attempt);
  const open = usePracticeStore((s) => s.open);
  const close = usePracticeStore((s) => s.close);
  const submitted = attempt?.submittedAt !== null && attempt?.submittedAt !== undefined;
  usePageTitle(
    !exam || (attempt && attempt.examId !== exam.id)
      ? 'No such exam'
      : status === 'missing'
        ? 'No such practice exam'
        : `${exam.id} practice exam${submitted ? ' results' : ''}`,
  );

  useEffect(() => {
    if (attemptId) void open(attemptId, Date.now());
    return close;
  }, [attemptId, open, close]);

  if (!exam || (attempt && attempt.examId !== exam.id)) return <NotFound what="exam" />;
  if (status === 'missing') return <NotFound what="practice exam" />;
  if (status === 'busy' || status === 'unavailable')
    return (
      <div className="page narrow">
        <h1>{exam.id} practice exam</h1>
        <Notice kind="error" as="p">
          {status === 'busy'
            ? 'This practice exam is open in another tab or window. Carry on there, or close it and reload this page.'
            : 'Practice exams need the browser’s storage, which is unavailable here (private browsing, or site data blocked).'}
        </Notice>
        <p>
          <Link to={`/exams/${exam.slug}/practice`}>Back to practice exams</Link>
        </p>
      </div>
    );
  if (status !== 'ready' || !attempt)
    return (
      <div className="page narrow">
        <h1>{exam.id} practice exam</h1>
        <p role="status" className="muted">
          Loading the exam…
        </p>
      </div>
    );
  return submitted ? <ExamResults exam={exam} /> : <ExamTaking exam={exam} />;
}
