import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { loadItems } from 'virtual:content';
import { countOrphans } from '../../domain/orphans';
import type { ChapterMeta, ContentItems } from '../../schema/content';
import { chapterById, examBySlug } from '../../stores/catalog';
import { useExamDatesLoaded } from '../../stores/examDates';
import { useChosenExamFromRoute } from '../../stores/examStore';
import { useStudyStore } from '../../stores/studyStore';
import { Notice } from '../../ui/Notice';
import { NotFound } from '../../ui/NotFound';
import { usePageTitle } from '../../ui/usePageTitle';
import type { StudyItem } from '../../domain/scope';
import { FlashcardView } from './FlashcardView';
import type { ItemViewProps } from './GradeButtons';
import type { OnScreen, PlaceContext } from './ReadSection';
import type { PlaceAnswer } from '../../stores/reviewPlace';
import { QuestionView } from './QuestionView';
import { ChapterFocusNote, MissedNote, TaskFocusNote } from './ReviewNotes';
import { ReviewHeader } from './ReviewHeader';
import { NothingDue, OutdatedTab, SessionSummary } from './SessionEnd';
import { SessionProgress } from './SessionProgress';
import { useReviewSession } from './useReviewSession';
import './review.css';
import './readLinks.css';

/**
 * The daily review: today's queue of flashcards and questions, one at a time; with
 * `?chapter=<id>`, the queue of that chapter's items only ("Practise this chapter").
 */
export function ReviewPage() {
  const { examSlug } = useParams();
  const exam = examBySlug(examSlug);
  const chapterParam = useSearchParams()[0].get('chapter');
  const chapter = chapterParam === null ? undefined : chapterById(chapterParam);
  const taskFocus = useTaskFocus();
  const datesLoaded = useExamDatesLoaded();
  usePageTitle(exam ? `${exam.id} review` : 'No such exam');
  useChosenExamFromRoute(exam?.id);
  const [content, setContent] = useState<ContentItems | null>(null);
  const [loadError, setLoadError] = useState(false);
  const status = useStudyStore((s) => s.status);
  const load = useStudyStore((s) => s.load);

  useEffect(() => {
    void load(Date.now());
    loadItems().then(
      (m) => setContent(m.default),
      () => setLoadError(true),
    );
  }, [load]);

  if (!exam) return <NotFound what="exam" />;
  if (chapterParam !== null && !chapter) return <NotFound what="chapter" />;
  if (loadError) {
    return (
      <div className="page narrow">
        <h1>Review</h1>
        <p role="alert">The study items could not be loaded. Check your connection and reload.</p>
      </div>
    );
  }
  if (!content || !datesLoaded || status === 'idle' || status === 'loading') {
    return (
      <div className="page narrow">
        <h1>{exam.id} review</h1>
        <p role="status" className="muted">
          Loading your progress…
        </p>
      </div>
    );
  }
  return (
    <ReviewSession examId={exam.id} content={content} chapter={chapter} taskFocus={taskFocus} />
  );
}

/** `?tasks=DVA-C02:1.2,DVA-C02:3.1`: review only the items of those task statements. */
function useTaskFocus(): readonly string[] {
  const [params] = useSearchParams();
  const tasks = params.get('tasks') ?? '';
  return useMemo(() => (tasks === '' ? [] : tasks.split(',')), [tasks]);
}

const NO_TASK_FOCUS: readonly string[] = [];

/** This review's route, with its focus, to come back to after reading a section. */
function reviewPath(examId: string, chapter: ChapterMeta | undefined, tasks: readonly string[]) {
  const query = new URLSearchParams();
  if (chapter) query.set('chapter', chapter.id);
  if (tasks.length > 0) query.set('tasks', tasks.join(','));
  const search = query.toString().replaceAll('%3A', ':').replaceAll('%2C', ',');
  return `/exams/${examId.toLowerCase()}/review${search ? `?${search}` : ''}`;
}

/** One study session over `content` (the benchmark mounts it with generated items). */
export function ReviewSession(props: {
  examId: string;
  content: ContentItems;
  chapter?: ChapterMeta | undefined;
  /** Task statement ids to narrow the session to (none: the learner's usual scope). */
  taskFocus?: readonly string[];
}) {
  const { examId, content, chapter, taskFocus = NO_TASK_FOCUS } = props;
  const path = reviewPath(examId, chapter, taskFocus);
  const settings = useStudyStore((s) => s.settings);
  const status = useStudyStore((s) => s.status);
  const session = useStudyStore((s) => s.session);
  const canUndo = useStudyStore((s) => s.undoStack.length > 0);
  const syncedAt = useStudyStore((s) => s.syncedAt);
  const { items, queue, current, turn, preview, now, announcement, onGrade, onUndo, ...more } =
    useReviewSession(examId, content, { chapterId: chapter?.id ?? null, tasks: taskFocus }, path);
  const shortcuts = settings.keyboardShortcuts;
  const onScreenRef = useRef<OnScreen | null>(null);
  const place: PlaceContext = { path, missedId: more.missed?.id ?? null, onScreenRef };

  return (
    <div className="page review">
      <ReviewHeader examId={examId} canUndo={canUndo} shortcuts={shortcuts} onUndo={onUndo} />
      <SaveProblem />
      {syncedAt !== null && (
        <p className="visually-hidden" role="status">
          Updated with reviews from another tab.
        </p>
      )}
      {chapter && <ChapterFocusNote examId={examId} chapter={chapter} />}
      {taskFocus.length > 0 && <TaskFocusNote examId={examId} tasks={taskFocus} />}
      <SessionProgress queue={queue} session={session} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      {more.missed && status !== 'outdated' && (
        <MissedNote missed={more.missed} place={place} onScreen={current?.id ?? null} />
      )}
      {status === 'outdated' ? (
        <OutdatedTab />
      ) : current && preview ? (
        <ItemOnScreen
          key={`${current.id}:${String(turn)}`}
          item={current}
          view={{ preview, now, shortcuts, onGrade }}
          place={place}
          restored={more.restored}
        />
      ) : session.reviewed > 0 ? (
        <SessionSummary
          examId={examId}
          session={session}
          now={now}
          nextDue={queue.nextDue}
          settled={queue.settled}
        />
      ) : (
        <NothingDue
          examId={examId}
          hasItems={items.length > 0}
          now={now}
          nextDue={queue.nextDue}
          settings={settings}
          chapter={chapter}
        />
      )}
      <OrphanNote content={content} />
    </div>
  );
}

/** The flashcard or question on screen; `restored`: how far it was taken before reading. */
function ItemOnScreen(props: {
  item: StudyItem;
  view: ItemViewProps;
  place: PlaceContext;
  restored: PlaceAnswer | undefined;
}) {
  const { item, view, place, restored } = props;
  return item.kind === 'card' ? (
    <FlashcardView
      card={item}
      place={place}
      restored={restored !== undefined && restored !== null && 'revealed' in restored}
      {...view}
    />
  ) : (
    <QuestionView
      question={item}
      place={place}
      restored={restored && 'selected' in restored ? restored.selected : undefined}
      {...view}
    />
  );
}

/** A write failed: what happened (a full disk is named), and a way to try again now. */
function SaveProblem() {
  const saveFailed = useStudyStore((s) => s.saveFailed);
  const saveError = useStudyStore((s) => s.saveError);
  const retrySave = useStudyStore((s) => s.retrySave);
  if (!saveFailed) return null;
  return (
    <Notice kind="error">
      <p>
        {saveError === 'quota'
          ? 'This device is out of storage space, so your latest reviews can’t be saved yet. Free some space; the app keeps them in this tab and saves them as soon as it can.'
          : 'Your latest review hasn’t been saved yet. The app keeps trying; nothing is lost while this tab stays open.'}
      </p>
      <button type="button" className="button" onClick={retrySave}>
        Retry now
      </button>
    </Notice>
  );
}

/** States of items no longer in any exam's content are kept (they return if the item does). */
function OrphanNote({ content }: { content: ContentItems }) {
  const studiedIds = useStudyStore((s) => s.studiedIds);
  const contentIds = useMemo(
    () => new Set([...content.cards, ...content.questions].map((i) => i.id)),
    [content],
  );
  const orphaned = useMemo(() => countOrphans(studiedIds, contentIds), [contentIds, studiedIds]);
  if (orphaned === 0) return null;
  return (
    <p className="muted small">
      Your history also holds {orphaned} item{orphaned === 1 ? '' : 's'} no longer in the content
      (kept, in case {orphaned === 1 ? 'it returns' : 'they return'}).
    </p>
  );
}
