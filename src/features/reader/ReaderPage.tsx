import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { ChapterBody, ChapterMeta } from '../../schema/content';
import { formatDate, levelLabel } from '../../ui/format';
import { usePageTitle } from '../../ui/usePageTitle';
import {
  chapterById,
  chaptersForExam,
  examById,
  loadChapter,
  taskTitle,
} from '../../stores/catalog';
import { useExamStore } from '../../stores/examStore';
import { NotFound } from '../../ui/NotFound';
import { SectionNav } from './SectionNav';
import './reader.css';

type Load =
  { state: 'loading' } | { state: 'ready'; body: ChapterBody } | { state: 'failed'; error: string };

/** A chapter: title and metadata, a section navigator, the body, its figures and sources. */
export function ReaderPage() {
  const { chapterId } = useParams();
  const chapter = chapterById(chapterId);
  usePageTitle(chapter?.title ?? null);
  if (!chapter) return <NotFound what="chapter" />;
  return <Reader key={chapter.id} chapter={chapter} />;
}

function Reader({ chapter }: { chapter: ChapterMeta }) {
  const chosen = useExamStore((s) => s.examId);
  // Read in the context of the learner's exam when the chapter serves it.
  const exam = examById(chosen && chapter.exams.includes(chosen) ? chosen : chapter.exams[0]);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const navigate = useNavigate();
  const { hash } = useLocation();
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    loadChapter(chapter.id).then(
      (body) => !cancelled && setLoad({ state: 'ready', body }),
      (e: unknown) =>
        !cancelled &&
        setLoad({ state: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [chapter.id, attempt]);

  // Deep links to a section: scroll there once the body is on the page (also after a reload).
  useEffect(() => {
    if (load.state !== 'ready' || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView();
  }, [load.state, hash]);

  // Links to other chapters inside the body navigate within the app instead of reloading it.
  const onBodyClick = useCallback(
    (e: MouseEvent<HTMLDivElement>) => {
      const link = (e.target as HTMLElement).closest('a');
      if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const href = link.getAttribute('href') ?? '';
      if (link.dataset.chapter) {
        e.preventDefault();
        void navigate(href);
      } else if (href.startsWith('#')) {
        e.preventDefault();
        void navigate({ hash: href }, { replace: false });
      }
    },
    [navigate],
  );

  const siblings = exam ? chaptersForExam(exam.id) : [];
  const position = siblings.findIndex((c) => c.id === chapter.id);
  const previous = position > 0 ? siblings[position - 1] : undefined;
  const next = position >= 0 ? siblings[position + 1] : undefined;
  const chapterFacts = load.state === 'ready' ? load.body.facts : [];

  return (
    <div className="page reader">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/">Exams</Link> <span aria-hidden="true">›</span>{' '}
        {exam && (
          <>
            <Link to={`/exams/${exam.slug}`}>{exam.id}</Link> <span aria-hidden="true">›</span>{' '}
          </>
        )}
        <span>Chapter {position >= 0 ? position + 1 : ''}</span>
      </nav>

      <div className="reader-layout">
        <article className="chapter" aria-labelledby="chapter-title">
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

          <SectionNav sections={chapter.sections} ready={load.state === 'ready'} variant="inline" />

          {load.state === 'loading' && (
            <p className="muted" role="status">
              Loading chapter…
            </p>
          )}
          {load.state === 'failed' && (
            <div className="notice notice--error" role="alert">
              <p>
                This chapter could not be loaded
                {typeof navigator !== 'undefined' && !navigator.onLine ? ' while offline' : ''}.
              </p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setLoad({ state: 'loading' });
                  setAttempt((n) => n + 1);
                }}
              >
                Try again
              </button>
            </div>
          )}
          {load.state === 'ready' && (
            // The HTML was produced and sanitised at build time by the content compiler.
            // eslint-disable-next-line jsx-a11y/no-static-element-interactions, jsx-a11y/click-events-have-key-events
            <div
              ref={bodyRef}
              className="prose"
              onClick={onBodyClick}
              dangerouslySetInnerHTML={{ __html: load.body.html }}
            />
          )}

          {load.state === 'ready' && chapterFacts.length > 0 && (
            <section className="chapter-facts" aria-labelledby="figures-heading">
              <h2 id="figures-heading">Figures in this chapter</h2>
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Figure</th>
                      <th scope="col">Value</th>
                      <th scope="col">Checked</th>
                    </tr>
                  </thead>
                  <tbody>
                    {chapterFacts.map((f) => (
                      <tr key={f.id}>
                        <td>
                          <a href={f.source} target="_blank" rel="noreferrer">
                            {f.label}
                          </a>
                        </td>
                        <td>
                          {f.text}
                          {f.previous && (
                            <span className="fact-change">
                              {' '}
                              (was{' '}
                              {typeof f.previous.value === 'number'
                                ? f.previous.value.toLocaleString('en-US')
                                : f.previous.value}{' '}
                              until {f.previous.changed})
                            </span>
                          )}
                        </td>
                        <td>{formatDate(f.verified)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}

          {load.state === 'ready' && (
            <section className="chapter-tasks" aria-labelledby="tasks-heading">
              <h2 id="tasks-heading">Exam task statements covered</h2>
              <ul>
                {chapter.tasks.map((t) => (
                  <li key={t}>
                    <span className="task-list__id">{t}</span> {taskTitle(t)}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <nav className="pager" aria-label="Chapters">
            {previous ? (
              <Link className="pager__link" to={`/read/${previous.id}`} rel="prev">
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
        </article>

        <SectionNav sections={chapter.sections} ready={load.state === 'ready'} variant="sidebar" />
      </div>
    </div>
  );
}
