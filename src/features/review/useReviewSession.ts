/**
 * The review session's moving parts: the clock, today's queue over the exam's items, which item
 * is on screen, the grade previews, and what grading and undoing do (with what is announced).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { chapterFocus, type StudyItem } from '../../domain/scope';
import type { ContentItems } from '../../schema/content';
import type { Grade, MemoryState, ReviewLogEntry } from '../../schema/study';
import { examById, studyItems } from '../../stores/catalog';
import {
  forgetReviewPlace,
  placeFingerprint,
  reviewPlaceFor,
  type PlaceAnswer,
  type ReviewPlace,
} from '../../stores/reviewPlace';
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
  /** The item graded Again last (its "Read …" note shows until the next grade or undo). */
  missed: StudyItem | null;
  /** How far the item brought back from reading was taken (first turn only). */
  restored: PlaceAnswer | undefined;
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
function useDisplayedItem(
  queue: TodayQueue,
  states: Map<string, MemoryState>,
  resumed: Displayed | null,
) {
  const [displayed, setDisplayed] = useState<Displayed | null>(resumed);
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

/**
 * The place saved when the learner left this review to read a section: the item comes back (as
 * Undo brings one back) only if it is still ungraded; the saved place is then forgotten.
 */
function useResumedPlace(path: string, byId: Map<string, StudyItem>) {
  const states = useStudyStore((s) => s.states);
  const [resumed] = useState(() => {
    const place: ReviewPlace | null = reviewPlaceFor(path);
    const state = states.get(place?.itemId ?? '');
    const ok = place && byId.has(place.itemId) && placeFingerprint(state) === place.fingerprint;
    return ok ? { place, displayed: { id: place.itemId, state, undone: true } } : null;
  });
  useEffect(forgetReviewPlace, []);
  return resumed;
}

/** Z undoes the last grade. */
function useUndoKey(shortcuts: boolean, onUndo: () => void) {
  useShortcuts(shortcuts, (key) => {
    if (key !== 'z' && key !== 'Z') return false;
    onUndo();
    return true;
  });
}

/** What a session is narrowed to: one chapter ("Practise this chapter") or task statements. */
export interface SessionFocus {
  chapterId?: string | null;
  /** Task statement ids (the progress screen's weakest ones); none: the learner's usual scope. */
  tasks?: readonly string[];
}

const NO_TASKS: readonly string[] = [];

/** The exam's items in the learner's focus, in one chapter, or of some task statements. */
function useSessionItems(examId: string, content: ContentItems, focus: SessionFocus) {
  const exam = examById(examId);
  const settings = useStudyStore((s) => s.settings);
  const chapterId = focus.chapterId ?? null;
  const tasks = focus.tasks ?? NO_TASKS;
  return useMemo(() => {
    if (!exam) return [];
    return studyItems(content, exam, chapterId ? chapterFocus(chapterId) : settings, tasks);
  }, [content, exam, settings, chapterId, tasks]);
}

/** What each grade would schedule for the item on screen (the exam date taken into account). */
function usePreview(itemId: string | null, now: number, examDay: number | null) {
  const settings = useStudyStore((s) => s.settings);
  const states = useStudyStore((s) => s.states);
  const scheduler = useStudyStore((s) => s.scheduler);
  return useMemo(
    () =>
      itemId
        ? schedulePreview({ scheduler, settings, examDay }, itemId, states.get(itemId) ?? null, now)
        : null,
    [itemId, scheduler, settings, examDay, states, now],
  );
}

/** `focus`: narrows the session (see SessionFocus); `path`: this route, to come back to. */
export function useReviewSession(
  examId: string,
  content: ContentItems,
  focus: SessionFocus = {},
  path = '',
): ReviewSessionState {
  const settings = useStudyStore((s) => s.settings);
  const states = useStudyStore((s) => s.states);
  const grade = useStudyStore((s) => s.grade);
  const undo = useStudyStore((s) => s.undo);
  const refreshIfNewDay = useStudyStore((s) => s.refreshIfNewDay);
  const [now, setNow] = useClock(refreshIfNewDay);
  const [announcement, setAnnouncement] = useState('');
  const shownAt = useRef(0);
  const [turn, setTurn] = useState(0);

  const items = useSessionItems(examId, content, focus);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  // The date is read before the session is shown (ReviewPage waits for it), so the first queue
  // already follows it; grades follow it through the store.
  const { examDay } = useHonourExamDate(examId);
  const queue = useTodayQueue(items, now, examDay);
  const resumed = useResumedPlace(path, byId);
  const [missed, setMissed] = useState(() => byId.get(resumed?.place.missedId ?? '') ?? null);
  const [currentId, showUndone] = useDisplayedItem(queue, states, resumed?.displayed ?? null);
  const current = byId.get(currentId ?? '');
  const preview = usePreview(current?.id ?? null, now, examDay);

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
      setMissed(g === 'again' ? current : null);
      setAnnouncement(`${GRADE_LABELS[g]}. Next review ${formatWhen(at, entry.after.due)}.`);
    },
    [current, grade, setNow],
  );

  const onUndo = useCallback(() => {
    const entry = undo();
    if (!entry) return;
    // Back to that item, unanswered (unless it is not in this exam's items).
    if (byId.has(entry.itemId)) showUndone(entry);
    setMissed(null);
    setNow(Date.now());
    setTurn((t) => t + 1);
    setAnnouncement(
      `Undone: back to the previous ${entry.kind === 'card' ? 'flashcard' : 'question'}.`,
    );
  }, [undo, byId, showUndone, setNow]);

  useUndoKey(settings.keyboardShortcuts, onUndo);

  const restored = turn === 0 && resumed?.place.itemId === current?.id ? resumed : null;
  const answer = restored ? restored.place.answer : undefined;
  return {
    items,
    queue,
    current,
    turn,
    preview,
    now,
    announcement,
    onGrade,
    onUndo,
    missed,
    restored: answer,
  };
}
