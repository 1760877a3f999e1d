import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { loadItems } from 'virtual:content';
import type { ContentItems } from '../../schema/content';
import type { Grade, MemoryState } from '../../schema/study';
import { countOrphans } from '../../domain/orphans';
import { usePageTitle } from '../../ui/usePageTitle';
import { examById, examBySlug, studyItems } from '../../stores/catalog';
import { useChosenExamFromRoute } from '../../stores/examStore';
import { NotFound } from '../../ui/NotFound';
import { FlashcardView } from './FlashcardView';
import { GRADE_LABELS } from './GradeButtons';
import { QuestionView } from './QuestionView';
import type { StudyItem } from '../../domain/scope';
import { useStudyStore } from '../../stores/studyStore';
import { useShortcuts } from './useShortcuts';
import { useTodayQueue } from '../../stores/useTodayQueue';
import { formatDuration, formatWhen } from '../../ui/time';
import './review.css';

/** The daily review: today's queue of flashcards and questions, one at a time. */
export function ReviewPage() {
  const { examSlug } = useParams();
  const exam = examBySlug(examSlug);
  usePageTitle(exam ? `${exam.id} review` : null);
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
  if (loadError) {
    return (
      <div className="page narrow">
        <h1>Review</h1>
        <p role="alert">The study items could not be loaded. Check your connection and reload.</p>
      </div>
    );
  }
  if (!content || status === 'idle' || status === 'loading') {
    return (
      <div className="page narrow">
        <h1>{exam.id} review</h1>
        <p role="status" className="muted">
          Loading your progress…
        </p>
      </div>
    );
  }
  return <ReviewSession examId={exam.id} content={content} />;
}

/** One study session over `content` (the benchmark mounts it with generated items). */
export function ReviewSession({ examId, content }: { examId: string; content: ContentItems }) {
  const exam = examById(examId);
  const settings = useStudyStore((s) => s.settings);
  const states = useStudyStore((s) => s.states);
  const scheduler = useStudyStore((s) => s.scheduler);
  const status = useStudyStore((s) => s.status);
  const session = useStudyStore((s) => s.session);
  const undoStack = useStudyStore((s) => s.undoStack);
  const saveFailed = useStudyStore((s) => s.saveFailed);
  const saveError = useStudyStore((s) => s.saveError);
  const syncedAt = useStudyStore((s) => s.syncedAt);
  const grade = useStudyStore((s) => s.grade);
  const undo = useStudyStore((s) => s.undo);
  const retrySave = useStudyStore((s) => s.retrySave);
  const refreshIfNewDay = useStudyStore((s) => s.refreshIfNewDay);
  const studiedIds = useStudyStore((s) => s.studiedIds);
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  const shownAt = useRef(0);

  useEffect(() => {
    // Learning steps fall due while the learner works, and a new study day may begin.
    const t = setInterval(() => {
      const at = Date.now();
      setNow(at);
      void refreshIfNewDay(at);
    }, 15_000);
    return () => clearInterval(t);
  }, [refreshIfNewDay]);

  const items = useMemo(
    () => (exam ? studyItems(content, exam, settings) : []),
    [content, exam, settings],
  );
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const queue = useTodayQueue(items, now);
  // The item on screen stays until it is graded, even if a rebuilt queue would now put another
  // item first (the queue is rebuilt just after each grade paints).
  const [displayed, setDisplayed] = useState<{ id: string; state: MemoryState | undefined } | null>(
    null,
  );
  const keepDisplayed =
    displayed !== null &&
    queue.ids.includes(displayed.id) &&
    states.get(displayed.id) === displayed.state;
  const currentId = keepDisplayed ? displayed.id : queue.currentId;
  if (currentId !== undefined && (currentId !== displayed?.id || !keepDisplayed)) {
    setDisplayed({ id: currentId, state: states.get(currentId) });
  }
  const current: StudyItem | undefined = byId.get(currentId ?? '');
  const preview = useMemo(
    () => (current ? scheduler.preview(states.get(current.id) ?? null, now) : null),
    [current, scheduler, states, now],
  );

  useEffect(() => {
    shownAt.current = Date.now();
  }, [current?.id]);

  const onGrade = useCallback(
    (g: Grade) => {
      if (!current) return;
      const at = Date.now();
      const entry = grade(current.id, current.kind, g, Math.min(at - shownAt.current, 600_000), at);
      setNow(at);
      setAnnouncement(`${GRADE_LABELS[g]}. Next review ${formatWhen(at, entry.after.due)}.`);
    },
    [current, grade],
  );

  const onUndo = useCallback(() => {
    const entry = undo();
    if (!entry) return;
    setNow(Date.now());
    setAnnouncement(
      `Undone: back to the previous ${entry.kind === 'card' ? 'flashcard' : 'question'}.`,
    );
  }, [undo]);

  useShortcuts(settings.keyboardShortcuts, (key) => {
    if (key === 'z' || key === 'Z') {
      onUndo();
      return true;
    }
    return false;
  });

  const remaining = queue.counts.learning + queue.counts.review + queue.counts.new;
  const total = session.reviewed + remaining;
  // States of items no longer in any exam's content are kept (they return if the item does).
  const contentIds = useMemo(
    () => new Set([...content.cards, ...content.questions].map((i) => i.id)),
    [content],
  );
  const orphaned = useMemo(() => countOrphans(studiedIds, contentIds), [contentIds, studiedIds]);

  return (
    <div className="page review">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/">Exams</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/exams/${examId.toLowerCase()}`}>{examId}</Link>{' '}
        <span aria-hidden="true">›</span> <span>Review</span>
      </nav>
      <header className="review-header">
        <h1 tabIndex={-1}>{examId} review</h1>
        <div className="review-header__tools">
          <button
            type="button"
            className="button button--quiet"
            onClick={onUndo}
            disabled={undoStack.length === 0}
            aria-keyshortcuts={settings.keyboardShortcuts ? 'Z' : undefined}
          >
            Undo {settings.keyboardShortcuts && <kbd>Z</kbd>}
          </button>
          <Link className="button button--quiet" to="/settings">
            Settings
          </Link>
        </div>
      </header>

      {saveFailed && (
        <div className="notice notice--error" role="alert">
          <p>
            {saveError === 'quota'
              ? 'This device is out of storage space, so your latest reviews can’t be saved yet. Free some space; the app keeps them in this tab and saves them as soon as it can.'
              : 'Your latest review hasn’t been saved yet. The app keeps trying; nothing is lost while this tab stays open.'}
          </p>
          <button type="button" className="button" onClick={retrySave}>
            Retry now
          </button>
        </div>
      )}
      {syncedAt !== null && (
        <p className="visually-hidden" role="status">
          Updated with reviews from another tab.
        </p>
      )}

      <div className="session-progress" aria-label="Session progress" data-settled={queue.settled}>
        <div
          className="session-progress__bar"
          role="progressbar"
          aria-label="Reviewed this session"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={session.reviewed}
        >
          <span
            style={{ width: '100%', transform: `scaleX(${total ? session.reviewed / total : 0})` }}
          />
        </div>
        <p className="session-progress__counts">
          <span>{session.reviewed} done</span>
          <span className="count count--learning">{queue.counts.learning} learning</span>
          <span className="count count--review">{queue.counts.review} to review</span>
          <span className="count count--new">{queue.counts.new} new</span>
        </p>
      </div>

      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      {status === 'outdated' ? (
        <section className="summary" aria-labelledby="outdated-heading">
          <FocusedHeading id="outdated-heading">Reload to keep studying</FocusedHeading>
          <p>
            A newer version of the app opened in another tab and updated your saved data. Your
            reviews so far are saved; reload this tab to continue with the new version.
          </p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </section>
      ) : current && preview ? (
        current.kind === 'card' ? (
          <FlashcardView
            key={`${current.id}:${session.reviewed}`}
            card={current}
            preview={preview}
            now={now}
            shortcuts={settings.keyboardShortcuts}
            onGrade={onGrade}
          />
        ) : (
          <QuestionView
            key={`${current.id}:${session.reviewed}`}
            question={current}
            preview={preview}
            now={now}
            shortcuts={settings.keyboardShortcuts}
            onGrade={onGrade}
          />
        )
      ) : session.reviewed > 0 ? (
        <section className="summary" aria-labelledby="summary-heading">
          <FocusedHeading id="summary-heading">Session complete</FocusedHeading>
          <dl className="summary__stats">
            <div>
              <dt>Reviewed</dt>
              <dd>{session.reviewed}</dd>
            </div>
            <div>
              <dt>New</dt>
              <dd>{session.newItems}</dd>
            </div>
            <div>
              <dt>Again rate</dt>
              <dd>{Math.round((100 * session.again) / session.reviewed)}%</dd>
            </div>
            <div>
              <dt>Time</dt>
              <dd>{formatDuration(session.timeMs)}</dd>
            </div>
          </dl>
          <p>
            {queue.nextDue
              ? `Next item due ${formatWhen(now, queue.nextDue)}.`
              : 'Nothing else is scheduled yet.'}
          </p>
          <p className="button-row">
            <Link className="button" to={`/exams/${examId.toLowerCase()}`}>
              Back to chapters
            </Link>
          </p>
        </section>
      ) : (
        <section className="summary" aria-labelledby="empty-heading">
          <FocusedHeading id="empty-heading">
            {items.length === 0 ? 'Nothing to study here yet' : 'All caught up'}
          </FocusedHeading>
          <p>
            {items.length === 0
              ? 'No flashcards or questions match your focus. Widen it in Settings.'
              : queue.nextDue
                ? `Nothing is due. Your next item is due ${formatWhen(now, queue.nextDue)}.`
                : settings.newPerDay === 0
                  ? 'Nothing is due, and new items are set to 0 a day. Raise that limit in Settings to start on new items.'
                  : `You’ve met today’s limit of ${settings.newPerDay} new items. Come back tomorrow, or raise the limit in Settings.`}
          </p>
        </section>
      )}

      {orphaned > 0 && (
        <p className="muted small">
          Your history also holds {orphaned} item{orphaned === 1 ? '' : 's'} no longer in the
          content (kept, in case {orphaned === 1 ? 'it returns' : 'they return'}).
        </p>
      )}
    </div>
  );
}

/**
 * A heading that takes focus when it appears: when the last item is graded its buttons unmount,
 * and focus must land on the summary, not on <body>.
 */
function FocusedHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null)
      ref.current?.focus();
  }, []);
  return (
    <h2 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h2>
  );
}
