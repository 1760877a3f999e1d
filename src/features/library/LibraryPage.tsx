import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatDate, levelLabel, plural } from '../../ui/format';
import { usePageTitle } from '../../ui/usePageTitle';
import { chaptersForExam, examBySlug, summaries, taskTitle } from '../../stores/catalog';
import { useChosenExamFromRoute } from '../../stores/examStore';
import { NotFound } from '../../ui/NotFound';

// Loaded on demand: it brings the scheduler, IndexedDB and the study items.
const TodayPanel = lazy(() => import('./TodayPanel'));

/** An exam's library: what the exam looks like, and its chapters with level and read time. */
export function LibraryPage() {
  const { examSlug } = useParams();
  const exam = examBySlug(examSlug);
  usePageTitle(exam ? `${exam.id} chapters` : null);

  useChosenExamFromRoute(exam?.id);

  if (!exam) return <NotFound what="exam" />;
  const chapters = chaptersForExam(exam.id);
  const summary = summaries[exam.id];
  const totalMinutes = chapters.reduce((s, c) => s + c.readMinutes, 0);

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/">Exams</Link> <span aria-hidden="true">›</span> <span>{exam.id}</span>
      </nav>
      <header className="library-header">
        <h1>
          <span className="library-header__code">{exam.id}</span> {exam.name}
        </h1>
        <p className="muted">
          {plural(chapters.length, 'chapter')} · about {totalMinutes} min of reading ·{' '}
          {plural(summary?.cards ?? 0, 'flashcard')} · {plural(summary?.questions ?? 0, 'question')}
        </p>
      </header>

      <Suspense fallback={<div className="today today--loading" aria-hidden="true" />}>
        <TodayPanel exam={exam} />
      </Suspense>

      <div className="library-layout">
        <section aria-labelledby="chapters-heading" className="library-chapters">
          <h2 id="chapters-heading" className="section-label">
            Chapters
          </h2>
          {chapters.length === 0 ? (
            <p className="empty-state">No chapters for this exam yet.</p>
          ) : (
            <ol className="chapter-list">
              {chapters.map((c, i) => (
                <li key={c.id} className="chapter-item">
                  <span className="chapter-item__number" aria-hidden="true">
                    {i + 1}
                  </span>
                  <div className="chapter-item__body">
                    <h3 className="chapter-item__title">
                      <Link to={`/read/${c.id}`}>{c.title}</Link>
                    </h3>
                    <p className="chapter-item__summary">{c.summary}</p>
                    <p className="chapter-item__meta">
                      <span className={`badge badge--${c.level}`}>{levelLabel(c.level)}</span>
                      <span>{c.readMinutes} min read</span>
                      <span>
                        {plural(c.sections.filter((s) => s.depth === 2).length, 'section')}
                      </span>
                      <span>Updated {formatDate(c.updated)}</span>
                    </p>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </section>

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
                <div className="meter" aria-hidden="true">
                  <span style={{ width: `${d.weight}%` }} />
                </div>
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
      </div>
    </div>
  );
}
