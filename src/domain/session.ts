/**
 * Session arithmetic: what a study session has done so far, and what the study day holds once
 * this session's grades are added to the counts stored before it. Pure: `now` is passed in.
 */
import type { ReviewLogEntry } from '../schema/study';
import { doneSince, studyDayStart, type DoneToday } from './queue';

export interface SessionStats {
  reviewed: number;
  newItems: number;
  again: number;
  timeMs: number;
}

export const EMPTY_SESSION: SessionStats = { reviewed: 0, newItems: 0, again: 0, timeMs: 0 };

/** Session stats with `entry` added (sign 1) or taken back by Undo (sign -1). */
export function sessionWith(
  session: SessionStats,
  entry: Pick<ReviewLogEntry, 'before' | 'grade' | 'durationMs'>,
  sign: 1 | -1,
): SessionStats {
  return {
    reviewed: session.reviewed + sign,
    newItems: session.newItems + (entry.before === null ? sign : 0),
    again: session.again + (entry.grade === 'again' ? sign : 0),
    timeMs: session.timeMs + sign * entry.durationMs,
  };
}

export interface DayProgress {
  /** The learner's hour at which a study day starts. */
  dayStartHour: number;
  /** Start of the study day `storedDone` counts. */
  dayStart: number;
  /** New items and reviews stored for that day before this session started. */
  storedDone: DoneToday;
  /** This session's grades, oldest first. */
  sessionLog: readonly Pick<ReviewLogEntry, 'reviewedAt' | 'before'>[];
}

/**
 * New items and reviews done in the study day containing `now`: the stored counts plus this
 * session's grades, or only this session's once a new day has begun since the counts were read.
 */
export function doneToday(progress: DayProgress, now: number): DoneToday {
  const dayStart = studyDayStart(now, progress.dayStartHour);
  const session = doneSince(progress.sessionLog, dayStart);
  if (dayStart !== progress.dayStart) return session;
  return {
    newItems: progress.storedDone.newItems + session.newItems,
    reviews: progress.storedDone.reviews + session.reviews,
  };
}
