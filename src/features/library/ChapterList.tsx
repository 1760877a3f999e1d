import { Link } from 'react-router-dom';
import type { ChapterMeta } from '../../schema/content';
import { formatDate, levelLabel, plural } from '../../ui/format';
import { preloadChapter } from '../../routePreload';

/** "Chapters": the exam's chapters in order, each with its summary, level, length and update. */
export function ChapterList({ chapters }: { chapters: readonly ChapterMeta[] }) {
  return (
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
                  <Link
                    to={`/read/${c.id}`}
                    onMouseEnter={() => preloadChapter(c.id)}
                    onFocus={() => preloadChapter(c.id)}
                  >
                    {c.title}
                  </Link>
                </h3>
                <p className="chapter-item__summary">{c.summary}</p>
                <p className="chapter-item__meta">
                  <span className={`badge badge--${c.level}`}>{levelLabel(c.level)}</span>
                  <span>{c.readMinutes} min read</span>
                  <span>{plural(c.sections.filter((s) => s.depth === 2).length, 'section')}</span>
                  <span>Updated {formatDate(c.updated)}</span>
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
