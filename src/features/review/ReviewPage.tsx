import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { loadItems } from 'virtual:content';
import { countOrphans } from '../../domain/orphans';
import type { ContentItems } from '../../schema/content';
import { examBySlug, taskTitle } from '../../stores/catalog';
import { useExamDatesLoaded } from '../../stores/examDates';
import { useChosenExamFromRoute } from '../../stores/examStore';
import { useStudyStore } from '../../stores/studyStore';
import { Notice } from '../../ui/Notice';
import { NotFound } from '../../ui/NotFound';
import { usePageTitle } from '../../ui/usePageTitle';
import { FlashcardView } from './FlashcardView';
import { QuestionView } from './QuestionView';
import { ReviewHeader } from './ReviewHeader';
import { NothingDue, OutdatedTab, SessionSummary } from './SessionEnd';
import { SessionProgress } from './SessionProgress';
import { useReviewSession } from './useReviewSession';
import './review.css';

/** The daily review: today's queue of flashcards and questions, one at a time. */
export function ReviewPage() {
  const { examSlug } = useParams();
  const exam = examBySlug(examSlug);
  usePageTitle(exam ? `${exam.id} review` : 'No such exam');
  useChosenExamFromRoute(exam?.id);
  const [content, setContent] = useState<ContentItems | null>(null);
  const [loadError, setLoadError] = useState(false);
  const status = useStudyStore((s) => s.status);
  const load = useStudyStore((s) => s.load);
  const datesLoaded = useExamDatesLoaded();
  const taskFocus = useTaskFocus();

  useEffect(() => {
    void load(Date.now());
    loadItems().then(
      (m) => setContent(m.default),
      () => setLoadError(true),
    );
  }, [load]);

  if (!exam) return <NotFound what="exam" />;
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
  return <ReviewSession examId={exam.id} content={content} taskFocus={taskFocus} />;
}

/** `?tasks=DVA-C02:1.2,DVA-C02:3.1`: review only the items of those task statements. */
function useTaskFocus(): readonly string[] {
  const [params] = useSearchParams();
  const tasks = params.get('tasks') ?? '';
  return useMemo(() => (tasks === '' ? [] : tasks.split(',')), [tasks]);
}

const NO_TASK_FOCUS: readonly string[] = [];

/** One study session over `content` (the benchmark mounts it with generated items). */
export function ReviewSession({
  examId,
  content,
  taskFocus = NO_TASK_FOCUS,
}: {
  examId: string;
  content: ContentItems;
  /** Task statement ids to narrow the session to (none: the learner's usual scope). */
  taskFocus?: readonly string[];
}) {
  const settings = useStudyStore((s) => s.settings);
  const status = useStudyStore((s) => s.status);
  const session = useStudyStore((s) => s.session);
  const canUndo = useStudyStore((s) => s.undoStack.length > 0);
  const syncedAt = useStudyStore((s) => s.syncedAt);
  const { items, queue, current, turn, preview, now, announcement, onGrade, onUndo } =
    useReviewSession(examId, content, taskFocus);
  const shortcuts = settings.keyboardShortcuts;

  return (
    <div className="page review">
      <ReviewHeader examId={examId} canUndo={canUndo} shortcuts={shortcuts} onUndo={onUndo} />
      <SaveProblem />
      {taskFocus.length > 0 && <TaskFocusNote examId={examId} tasks={taskFocus} />}
      {syncedAt !== null && (
        <p className="visually-hidden" role="status">
          Updated with reviews from another tab.
        </p>
      )}
      <SessionProgress queue={queue} session={session} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      {status === 'outdated' ? (
        <OutdatedTab />
      ) : current && preview ? (
        current.kind === 'card' ? (
          <FlashcardView
            key={`${current.id}:${String(turn)}`}
            card={current}
            preview={preview}
            now={now}
            shortcuts={shortcuts}
            onGrade={onGrade}
          />
        ) : (
          <QuestionView
            key={`${current.id}:${String(turn)}`}
            question={current}
            preview={preview}
            now={now}
            shortcuts={shortcuts}
            onGrade={onGrade}
          />
        )
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
        />
      )}
      <OrphanNote content={content} />
    </div>
  );
}

/** Says the session is narrowed to some task statements, with the way back to everything. */
function TaskFocusNote({ examId, tasks }: { examId: string; tasks: readonly string[] }) {
  const titles = tasks.map((t) => `${t.split(':')[1] ?? t} ${taskTitle(t) ?? ''}`.trim());
  return (
    <Notice kind="ok">
      <p>
        Focused review of {tasks.length === 1 ? 'task statement' : 'task statements'}{' '}
        {titles.join('; ')}.{' '}
        <Link to={`/exams/${examId.toLowerCase()}/review`}>Review everything due</Link>
      </p>
    </Notice>
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
