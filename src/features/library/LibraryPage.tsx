import { lazy } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ChapterMeta } from '../../schema/content';
import type { Exam } from '../../schema/exam';
import { plural } from '../../ui/format';
import { usePageTitle } from '../../ui/usePageTitle';
import { chaptersForExam, examBySlug, summaries } from '../../stores/catalog';
import { useChosenExamFromRoute } from '../../stores/examStore';
import { NotFound } from '../../ui/NotFound';
import { ChapterList } from './ChapterList';
import { ExamCountdown } from './ExamCountdown';
import { ExamDateStatusPlaceholder } from './ExamDateStatus';
import { ExamGuide } from './ExamGuide';
import { OnThisDevice } from './OnThisDevice';
import { TodayPlaceholder } from './TodayPlaceholder';
import './library.css';

// Loaded on demand: they bring the scheduler, IndexedDB and the study items.
const TodayPanel = lazy(() => import('./TodayPanel'));
const ExamDateLive = lazy(() => import('./ExamDateLive'));

/** An exam's library: what the exam looks like, and its chapters with level and read time. */
export function LibraryPage() {
  const { examSlug } = useParams();
  const exam = examBySlug(examSlug);
  usePageTitle(exam ? `${exam.id} chapters` : 'No such exam');

  useChosenExamFromRoute(exam?.id);

  if (!exam) return <NotFound what="exam" />;
  const chapters = chaptersForExam(exam.id);

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/">Exams</Link> <span aria-hidden="true">›</span> <span>{exam.id}</span>
      </nav>
      <LibraryHeader exam={exam} chapters={chapters} />

      {/* Today and the exam date depend on this device's IndexedDB: the prerendered page (and
          hydration) show placeholders of the same size, and they fill in after. The exam
          block's frame is shown from the first paint and stays the same element. */}
      <OnThisDevice placeholder={<TodayPlaceholder />}>
        <TodayPanel exam={exam} />
      </OnThisDevice>
      <ExamCountdown exam={exam}>
        <OnThisDevice placeholder={<ExamDateStatusPlaceholder exam={exam} />}>
          <ExamDateLive exam={exam} />
        </OnThisDevice>
      </ExamCountdown>
      <PracticeEntry exam={exam} />

      <div className="library-layout">
        <ChapterList chapters={chapters} />
        <ExamGuide exam={exam} />
      </div>
    </div>
  );
}

/** Beside today's review: the way into practice exams (rendered at once, so nothing shifts). */
function PracticeEntry({ exam }: { exam: Exam }) {
  return (
    <p className="study-actions">
      <Link className="button button--quiet" to={`/exams/${exam.slug}/practice`}>
        Practice exam
      </Link>
      <span className="muted">Timed like the real exam, or untimed with answers explained.</span>
      <Link className="button button--quiet" to={`/exams/${exam.slug}/cheat-sheet`}>
        Numbers and traps
      </Link>
      <span className="muted">Every figure and trap of this exam on one printable sheet.</span>
    </p>
  );
}

/** The exam's code and name, and how much there is to read and study for it. */
function LibraryHeader({ exam, chapters }: { exam: Exam; chapters: readonly ChapterMeta[] }) {
  const summary = summaries[exam.id];
  const totalMinutes = chapters.reduce((s, c) => s + c.readMinutes, 0);
  return (
    <header className="library-header">
      <h1>
        <span className="library-header__code">{exam.id}</span> {exam.name}
      </h1>
      <p className="muted">
        {plural(chapters.length, 'chapter')} · about {totalMinutes} min of reading ·{' '}
        {plural(summary?.cards ?? 0, 'flashcard')} · {plural(summary?.questions ?? 0, 'question')}
      </p>
      <p className="library-header__links">
        <Link to={`/exams/${exam.slug}/progress`}>Progress and readiness</Link>
      </p>
    </header>
  );
}
