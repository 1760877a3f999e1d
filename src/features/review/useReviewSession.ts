/**
 * The review session's moving parts: the clock, today's queue over the exam's items, which item
 * is on screen, the grade previews, and what grading and undoing do (with what is announced).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StudyItem } from '../../domain/scope';
import type { ContentItems } from '../../schema/content';
import type { Grade, MemoryState, ReviewLogEntry } from '../../schema/study';
import { examById, studyItems } from '../../stores/catalog';
import { useHonourExamDate } from '../../stores/examDates';
import { schedulePreview } from '../../stores/studyData';
import { useStudyStore } from '../../stores/studyStore';
import { useTodayQueue, type TodayQueue } from '../../stores/useTodayQueue';
import { formatWhen } from '../../ui/time';
import { GRADE_LABELS } from './GradeButtons';
import { useShortcuts } from '../../ui/useShortcuts';

export interface ReviewSessionState {
  /** The exam's items within the learner's focus. */
  items: StudyItem[];
  queue: TodayQueue;
  current: StudyItem | undefined;
  /** Counts grades and undos: a new turn shows the item afresh (unanswered, front side). */
  turn: number;
  preview: Record<Grade, MemoryState> | null;
  now: number;
  /** The last thing said to screen readers (a grade and its next review, an undo). */
  announcement: string;
  onGrade: (grade: Grade) => void;
  onUndo: () => void;
}

/** Learning steps fall due while the learner works, and a new study day may begin. */
function useClock(refreshIfNewDay: (now: number) => Promise<void>) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => {
      const at = Date.now();
      setNow(at);
      void refreshIfNewDay(at);
    }, 15_000);
    return () => clearInterval(t);
  }, [refreshIfNewDay]);
  return [now, setNow] as const;
}

interface Displayed {
  id: string;
  state: MemoryState | undefined;
  /** Brought back by Undo: shown whether or not the queue (rebuilt after the paint) has it. */
  undone: boolean;
}

/**
 * The item on screen stays until it is graded, even if a rebuilt queue would now put another
 * item first (the queue is rebuilt just after each grade paints). `showUndone` puts the item
 * whose grade was just taken back on screen at once, as it was before that grade.
 */
function useDisplayedItem(queue: TodayQueue, states: Map<string, MemoryState>) {
  const [displayed, setDisplayed] = useState<Displayed | null>(null);
  const keep =
    displayed !== null &&
    (displayed.undone || queue.ids.includes(displayed.id)) &&
    states.get(displayed.id) === displayed.state;
  const currentId = keep ? displayed.id : queue.currentId;
  if (currentId !== undefined && (currentId !== displayed?.id || !keep)) {
    setDisplayed({ id: currentId, state: states.get(currentId), undone: false });
  }
  const showUndone = useCallback((entry: ReviewLogEntry) => {
    setDisplayed({ id: entry.itemId, state: entry.before ?? undefined, undone: true });
  }, []);
  return [currentId, showUndone] as const;
}

export function useReviewSession(
  examId: string,
  content: ContentItems,
  taskFocus: readonly string[],
): ReviewSessionState {
  const exam = examById(examId);
  const settings = useStudyStore((s) => s.settings);
  const states = useStudyStore((s) => s.states);
  const scheduler = useStudyStore((s) => s.scheduler);
  const grade = useStudyStore((s) => s.grade);
  const undo = useStudyStore((s) => s.undo);
  const refreshIfNewDay = useStudyStore((s) => s.refreshIfNewDay);
  const [now, setNow] = useClock(refreshIfNewDay);
  const [announcement, setAnnouncement] = useState('');
  const shownAt = useRef(0);
  const [turn, setTurn] = useState(0);

  const items = useMemo(
    () => (exam ? studyItems(content, exam, settings, taskFocus) : []),
    [content, exam, settings, taskFocus],
  );
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  // The date is read before the session is shown (ReviewPage waits for it), so the first queue
  // already follows it; grades follow it through the store.
  const { examDay } = useHonourExamDate(examId);
  const queue = useTodayQueue(items, now, examDay);
  const [currentId, showUndone] = useDisplayedItem(queue, states);
  const current = byId.get(currentId ?? '');
  const preview = useMemo(
    () =>
      current
        ? schedulePreview(
            { scheduler, settings, examDay },
            current.id,
            states.get(current.id) ?? null,
            now,
          )
        : null,
    [current, scheduler, settings, examDay, states, now],
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
      setTurn((t) => t + 1);
      setAnnouncement(`${GRADE_LABELS[g]}. Next review ${formatWhen(at, entry.after.due)}.`);
    },
    [current, grade, setNow],
  );

  const onUndo = useCallback(() => {
    const entry = undo();
    if (!entry) return;
    // Back to that item, unanswered (unless it is not in this exam's items).
    if (byId.has(entry.itemId)) showUndone(entry);
    setNow(Date.now());
    setTurn((t) => t + 1);
    setAnnouncement(
      `Undone: back to the previous ${entry.kind === 'card' ? 'flashcard' : 'question'}.`,
    );
  }, [undo, byId, showUndone, setNow]);

  useShortcuts(settings.keyboardShortcuts, (key) => {
    if (key === 'z' || key === 'Z') {
      onUndo();
      return true;
    }
    return false;
  });

  return { items, queue, current, turn, preview, now, announcement, onGrade, onUndo };
}
