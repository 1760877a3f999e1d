import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import type { ChapterMeta } from '../../schema/content';
import { usePageTitle } from '../../ui/usePageTitle';
import { whenIdle } from '../../ui/whenIdle';
import { chapterById, chaptersForExam, examById } from '../../stores/catalog';
import { useRememberedExam } from '../../stores/examStore';
import { NotFound } from '../../ui/NotFound';
import { ChapterBody, ChapterLoadFailed } from './ChapterBody';
import { ChapterFigures } from './ChapterFigures';
import { ChapterHeader, ReaderBreadcrumbs } from './ChapterHeader';
import { ChapterPager } from './ChapterPager';
import { ChapterPractice } from './ChapterPractice';
import { ChapterTasks } from './ChapterTasks';
import { ReturnToReview } from './ReturnToReview';
import { preloadChapter } from '../../routePreload';
import { SectionNav } from './SectionNav';
import { useChapterBody } from './useChapterBody';
import './reader.css';
import './practice.css';

/** A chapter: title and metadata, a section navigator, the body, its figures and sources. */
export function ReaderPage() {
  const { chapterId } = useParams();
  const chapter = chapterById(chapterId);
  usePageTitle(chapter?.title ?? 'No such chapter');
  if (!chapter) return <NotFound what="chapter" />;
  return <Reader key={chapter.id} chapter={chapter} />;
}

function Reader({ chapter }: { chapter: ChapterMeta }) {
  const chosen = useRememberedExam();
  // Read in the context of the learner's exam when the chapter serves it.
  const exam = examById(chosen && chapter.exams.includes(chosen) ? chosen : chapter.exams[0]);
  const { load, retry } = useChapterBody(chapter.id);

  const siblings = exam ? chaptersForExam(exam.id) : [];
  const position = siblings.findIndex((c) => c.id === chapter.id);
  const previous = position > 0 ? siblings[position - 1] : undefined;
  const next = position >= 0 ? siblings[position + 1] : undefined;
  const ready = load.state === 'ready';

  // Once this chapter is on screen, fetch the next one while the learner reads.
  useEffect(() => {
    if (!ready || !next) return;
    return whenIdle(() => preloadChapter(next.id));
  }, [ready, next]);

  return (
    <div className="page reader">
      <ReaderBreadcrumbs exam={exam} position={position} />
      <ReturnToReview />
      <div className="reader-layout">
        <article className="chapter" aria-labelledby="chapter-title">
          <ChapterHeader chapter={chapter} />
          <SectionNav sections={chapter.sections} ready={load.state === 'ready'} variant="inline" />
          {load.state === 'loading' && (
            <p className="muted" role="status">
              Loading chapter…
            </p>
          )}
          {load.state === 'failed' && <ChapterLoadFailed onRetry={retry} />}
          {load.state === 'ready' && (
            <>
              <ChapterBody html={load.body.html} />
              {load.body.facts.length > 0 && <ChapterFigures facts={load.body.facts} />}
              <ChapterTasks tasks={chapter.tasks} />
              {exam && <ChapterPractice chapter={chapter} exam={exam} />}
            </>
          )}
          {/* After the body, never before it: arriving text would push it down. */}
          {load.state !== 'loading' && <ChapterPager exam={exam} previous={previous} next={next} />}
        </article>
        <SectionNav sections={chapter.sections} ready={load.state === 'ready'} variant="sidebar" />
      </div>
    </div>
  );
}
