import { Link } from 'react-router-dom';
import type { ChapterMeta } from '../../schema/content';
import type { Exam } from '../../schema/exam';
import { formatDate, levelLabel } from '../../ui/format';

/** "Exams › DVA-C02 › Chapter 3": where the chapter sits. `position` is -1 outside the exam. */
export function ReaderBreadcrumbs({
  exam,
  position,
}: {
  exam: Exam | undefined;
  position: number;
}) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <Link to="/">Exams</Link> <span aria-hidden="true">›</span>{' '}
      {exam && (
        <>
          <Link to={`/exams/${exam.slug}`}>{exam.id}</Link> <span aria-hidden="true">›</span>{' '}
        </>
      )}
      <span>Chapter {position >= 0 ? position + 1 : ''}</span>
    </nav>
  );
}

/** The chapter's title, summary, level, read time, last update and exams. */
export function ChapterHeader({ chapter }: { chapter: ChapterMeta }) {
  return (
    <header className="chapter__header">
      <h1 id="chapter-title">{chapter.title}</h1>
      <p className="chapter__summary">{chapter.summary}</p>
      <p className="chapter-item__meta">
        <span className={`badge badge--${chapter.level}`}>{levelLabel(chapter.level)}</span>
        <span>{chapter.readMinutes} min read</span>
        <span>Updated {formatDate(chapter.updated)}</span>
        <span>{chapter.exams.join(' · ')}</span>
      </p>
    </header>
  );
}
