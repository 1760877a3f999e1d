import { Link } from 'react-router-dom';
import type { ChapterMeta } from '../../schema/content';
import type { Exam } from '../../schema/exam';
import { preloadChapter } from '../../routePreload';

/** Links to the previous and next chapter, or back to the exam's chapters after the last one. */
export function ChapterPager({
  exam,
  previous,
  next,
}: {
  exam: Exam | undefined;
  previous: ChapterMeta | undefined;
  next: ChapterMeta | undefined;
}) {
  return (
    <nav className="pager" aria-label="Chapters">
      {previous ? (
        <Link
          className="pager__link"
          to={`/read/${previous.id}`}
          rel="prev"
          onMouseEnter={() => preloadChapter(previous.id)}
          onFocus={() => preloadChapter(previous.id)}
        >
          <span className="pager__label">Previous</span> {previous.title}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link className="pager__link pager__link--next" to={`/read/${next.id}`} rel="next">
          <span className="pager__label">Next</span> {next.title}
        </Link>
      ) : (
        exam && (
          <Link className="pager__link pager__link--next" to={`/exams/${exam.slug}`}>
            <span className="pager__label">Done</span> Back to {exam.id} chapters
          </Link>
        )
      )}
    </nav>
  );
}
