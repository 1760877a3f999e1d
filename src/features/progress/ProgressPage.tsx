import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { loadItems } from 'virtual:content';
import type { ScopedFields } from '../../domain/scope';
import type { ContentItems } from '../../schema/content';
import { chaptersForExam, examBySlug } from '../../stores/catalog';
import { setExamDate, useExamDate, useExamDatesLoaded } from '../../stores/examDates';
import { useChosenExamFromRoute } from '../../stores/examStore';
import { ExamDateField } from '../../ui/ExamDateField';
import { NotFound } from '../../ui/NotFound';
import { usePageTitle } from '../../ui/usePageTitle';
import { ProgressScreen } from './ProgressScreen';
import { isoDay } from './progressText';
import './progress.css';

const slim = ({ id, exams, chapter, tasks }: ScopedFields): ScopedFields => ({
  id,
  exams,
  chapter,
  tasks,
});

/** The progress screen of one exam: what you did, what is coming, how ready you are. */
export function ProgressPage() {
  const { examSlug } = useParams();
  const exam = examBySlug(examSlug);
  usePageTitle(exam ? `${exam.id} progress` : 'No such exam');
  useChosenExamFromRoute(exam?.id);
  const [items, setItems] = useState<ContentItems | null>(null);
  const [loadError, setLoadError] = useState(false);
  const examDate = useExamDate(exam?.id ?? '');
  // Ask for figures once the stored date is known, not first without it and then again.
  const datesLoaded = useExamDatesLoaded();
  const [today] = useState(() => isoDay(Date.now()));

  useEffect(() => {
    loadItems().then(
      (m) => setItems(m.default),
      () => setLoadError(true),
    );
  }, []);
  const chapters = useMemo(() => (exam ? chaptersForExam(exam.id) : []), [exam]);
  // Only what the figures need crosses to the worker: ids, exams, chapter, task statements.
  const content = useMemo(() => {
    if (!items || !exam) return null;
    const mine = (i: ScopedFields) => i.exams.includes(exam.id);
    return {
      cards: items.cards.filter(mine).map(slim),
      questions: items.questions.filter(mine).map(slim),
    };
  }, [items, exam]);

  if (!exam) return <NotFound what="exam" />;
  return (
    <div className="page progress-page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/">Exams</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/exams/${exam.slug}`}>{exam.id}</Link> <span aria-hidden="true">›</span>{' '}
        <span>Progress</span>
      </nav>
      <h1>{exam.id} progress</h1>
      <p className="lead">
        What you have done, what is coming due, and how ready you are for the Lambda part of the
        exam. Worked out on this device from your reviews and practice exams.
      </p>
      {loadError ? (
        <p role="alert">The study items could not be loaded. Check your connection and reload.</p>
      ) : content && datesLoaded ? (
        <ProgressScreen
          exam={exam}
          chapters={chapters}
          content={content}
          examDate={examDate}
          dateField={
            <ExamDateField
              key={examDate ?? ''}
              value={examDate}
              today={today}
              onSave={(date) => void setExamDate(exam.id, date)}
              onClear={() => void setExamDate(exam.id, null)}
            />
          }
        />
      ) : (
        <p role="status" className="muted">
          Loading…
        </p>
      )}
    </div>
  );
}
