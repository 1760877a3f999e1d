/**
 * The study store's data as it changes: loaded from storage, with a grade given or taken back,
 * and each grade's new state scheduled (honouring the exam date). Pure functions of the data;
 * the store (studyStore.ts) sets what they return.
 */
import { examDateFitter, fitToExamDate } from '../domain/examDateScheduling';
import { doneSince } from '../domain/queue';
import { createScheduler, schedulerOptionsFor } from '../domain/scheduler';
import { sessionWith } from '../domain/session';
import type { Grade, MemoryState, ReviewLogEntry, StudySettings } from '../schema/study';
import type { StoredEntry, StoredProgress } from '../storage/progress';
import type { StudyData } from './studyStore';

/** Interval fuzz: on for learners, off under test so intervals are predictable. */
const FUZZ = import.meta.env.MODE !== 'test';

/** The scheduler for the settings, with the learner's own FSRS parameters once fitted. */
export const schedulerFor = (s: StudySettings) => createScheduler(schedulerOptionsFor(s, FUZZ));

/**
 * The state a grade leads to: the scheduler's, fitted to the exam date when one is being
 * honoured (an interval that would jump the exam, for an item that would be forgotten by then,
 * is brought into the final stretch; see domain/examDateScheduling.ts). One comparison when no
 * date is set; a few more on the grading path when one is.
 */
export function scheduleGrade(
  data: Pick<StudyData, 'scheduler' | 'settings' | 'examDay'>,
  itemId: string,
  before: MemoryState | null,
  at: number,
  grade: Grade,
): MemoryState {
  const after = data.scheduler.grade(before, at, grade);
  if (data.examDay === null) return after;
  return fitToExamDate(after, {
    examDate: data.examDay,
    now: at,
    dayStartHour: data.settings.dayStartHour,
    itemId,
    retrievability: data.scheduler.retrievability,
    retention: data.settings.retention,
  });
}

/** The store's data as loaded from storage: a new session's start. */
export function dataOf(progress: StoredProgress): Partial<StudyData> {
  const { doneToday: stored, recentGrades, dayStart } = progress;
  const onStack = doneSince(recentGrades, dayStart);
  return {
    status: 'ready',
    settings: progress.settings,
    scheduler: schedulerFor(progress.settings),
    states: progress.dueStates,
    studiedIds: progress.studiedIds,
    laterDue: progress.laterDue,
    laterStates: progress.laterStates,
    dayStart: progress.dayStart,
    storedDone: {
      newItems: stored.newItems - onStack.newItems,
      reviews: stored.reviews - onStack.reviews,
    },
    lastBackupAt: progress.lastBackupAt,
    undoStack: recentGrades,
  };
}

/** The store's data with a grade given (new objects, so selectors see the change). */
export function withGrade(data: StudyData, entry: ReviewLogEntry): Partial<StudyData> {
  const { states, studiedIds, undoStack, session } = data;
  const nextStates = new Map(states);
  nextStates.set(entry.itemId, entry.after);
  return {
    states: nextStates,
    studiedIds: studiedIds.has(entry.itemId) ? studiedIds : new Set(studiedIds).add(entry.itemId),
    undoStack: [...undoStack, entry],
    session: sessionWith(session, entry, 1),
  };
}

/** The store's data with the last grade (`entry`) taken back. */
export function withoutGrade(data: StudyData, entry: ReviewLogEntry): Partial<StudyData> {
  const nextStates = new Map(data.states);
  const nextIds = new Set(data.studiedIds);
  if (entry.before === null) {
    nextStates.delete(entry.itemId);
    nextIds.delete(entry.itemId);
  } else nextStates.set(entry.itemId, entry.before);
  return {
    states: nextStates,
    studiedIds: nextIds,
    undoStack: data.undoStack.slice(0, -1),
    // The session's own grades are the newest on the stack; below them, grades from before it.
    session: data.session.reviewed > 0 ? sessionWith(data.session, entry, -1) : data.session,
  };
}

/** The store's data holding the grade as storage stored it (rescheduled from a newer state). */
export function withStoredGrade(
  data: StudyData,
  entry: ReviewLogEntry,
  stored: StoredEntry,
): Partial<StudyData> {
  const states = new Map(data.states);
  if (data.states.get(entry.itemId) === entry.after) states.set(entry.itemId, stored.after);
  return { undoStack: data.undoStack.map((e) => (e === entry ? stored : e)), states };
}

/** What each grade would lead to, as `scheduleGrade` would schedule it (for "Good · 3d"). */
export function schedulePreview(
  data: Pick<StudyData, 'scheduler' | 'settings' | 'examDay'>,
  itemId: string,
  before: MemoryState | null,
  at: number,
): Record<Grade, MemoryState> {
  const preview = data.scheduler.preview(before, at);
  if (data.examDay === null) return preview;
  const fit = examDateFitter({
    examDate: data.examDay,
    now: at,
    dayStartHour: data.settings.dayStartHour,
    retrievability: data.scheduler.retrievability,
    retention: data.settings.retention,
  });
  return {
    again: fit(preview.again, itemId),
    hard: fit(preview.hard, itemId),
    good: fit(preview.good, itemId),
    easy: fit(preview.easy, itemId),
  };
}

/** Every stored state, with today's and this session's (`states`) over the later ones. */
export function allStates<T>(later: ReadonlyMap<string, T>, current: ReadonlyMap<string, T>) {
  const all = new Map(later);
  for (const [id, state] of current) all.set(id, state);
  return all;
}
