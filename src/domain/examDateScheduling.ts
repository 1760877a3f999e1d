/**
 * "The scheduler honours the date": as an exam nears, no item is left to jump over it without a
 * review in the final days, and new items stop when there is too little time left to learn them.
 * Pure and deterministic: `now` is passed in, and the day an item is brought forward to depends
 * only on its id, so the same state always lands on the same day.
 *
 * Days are study days in local time (they start at `dayStartHour`, as in the queue). The exam day
 * is the calendar date of `examDate`; it starts at `dayStartHour` that date, whatever the time of
 * day `examDate` holds. The final stretch is the `finalStretchDays` study days before it.
 */
import type { MemoryState } from '../schema/study';
import { studyDayStart } from './queue';

const DAY = 86_400_000;

/**
 * The final stretch: a week. Long enough to spread the brought-forward reviews over several days
 * (a seventh of them each day), short enough that a review in it still holds on the exam day: an
 * item that jumps over the exam was scheduled more than a week after its last review, so its
 * stability already keeps it above the desired retention for a week, and a Good review in the
 * stretch only raises that stability.
 */
export const FINAL_STRETCH_DAYS = 7;

/**
 * New items stop 5 study days before the exam day. With the default FSRS-6 parameters a new item
 * answered Good is next due 2 days later; if that first review lapses, it is relearnt and due 2
 * days after that (the scheduler tests' reference vector): 2 + 2 days, plus one day of margin, is
 * the shortest time in which an item can be learnt, reviewed, and recovered from one lapse.
 */
export const MIN_DAYS_TO_LEARN = 5;

/** Start of the exam day: `dayStartHour`:00 on the local calendar date of `examDate`. */
export function examDayStart(examDate: number, dayStartHour: number): number {
  const d = new Date(examDate);
  d.setHours(dayStartHour, 0, 0, 0);
  return d.getTime();
}

/** The study day `n` days after the one starting at `dayStart` (local days, so DST-safe). */
export function addStudyDays(dayStart: number, n: number): number {
  const d = new Date(dayStart);
  d.setDate(d.getDate() + n);
  return d.getTime();
}

/** Whole study days between two day starts (rounded, so a 23- or 25-hour DST day counts as one). */
export function daysBetween(fromDayStart: number, toDayStart: number): number {
  return Math.round((toDayStart - fromDayStart) / DAY);
}

/**
 * Study days left before the exam day, today included: 1 on the eve of the exam, 0 on the exam
 * day, negative once it is over.
 */
export function studyDaysLeft(now: number, examDate: number, dayStartHour: number): number {
  return daysBetween(studyDayStart(now, dayStartHour), examDayStart(examDate, dayStartHour));
}

export interface ExamDateOptions {
  examDate: number;
  /** When the state was produced (the time of the grade), or when the exam date was set. */
  now: number;
  dayStartHour: number;
  /** The item's id: picks its day in the stretch, so brought-forward reviews spread evenly. */
  itemId: string;
  finalStretchDays?: number;
}

/**
 * The state with its due date brought into the final stretch if it would otherwise jump over the
 * exam. Precisely, with E the start of the exam day and S = E − finalStretchDays days:
 *
 * - `now` on or after E (exam day or later), a new item, or due before E: unchanged. Items due
 *   inside the stretch keep their day, and after the exam the normal schedule resumes.
 * - last reviewed at or after S (already seen in the stretch): unchanged, so an item reviewed in
 *   the stretch is not pulled forward again and again.
 * - otherwise: due on study day `first + hash(itemId) mod slots` at its start, where `first` is
 *   the later of S and today, and `slots` the study days from `first` to E; never before `now`.
 *   `scheduledDays` is set to the new interval in whole days.
 */
export function fitToExamDate(state: MemoryState, options: ExamDateOptions): MemoryState {
  const { now, dayStartHour } = options;
  const examDay = examDayStart(options.examDate, dayStartHour);
  const stretch = addStudyDays(examDay, -(options.finalStretchDays ?? FINAL_STRETCH_DAYS));
  if (now >= examDay || state.phase === 'new' || state.due < examDay) return state;
  if (state.lastReview !== null && state.lastReview >= stretch) return state;
  const first = Math.max(stretch, studyDayStart(now, dayStartHour));
  const slots = Math.max(1, daysBetween(first, examDay));
  const due = Math.max(now, addStudyDays(first, spreadIndex(options.itemId, slots)));
  const from = state.lastReview ?? now;
  return { ...state, due, scheduledDays: Math.max(0, Math.round((due - from) / DAY)) };
}

export interface NewItemsOptions {
  now: number;
  /** null: no exam date set. */
  examDate: number | null;
  dayStartHour: number;
  minDaysToLearn?: number;
}

/**
 * Whether new items may be introduced today: an item introduced today must have at least
 * `minDaysToLearn` further study days before the exam day. True with no exam date, and again
 * once the exam day is over (the normal schedule resumes).
 */
export function allowNewItems(options: NewItemsOptions): boolean {
  if (options.examDate === null) return true;
  const left = studyDaysLeft(options.now, options.examDate, options.dayStartHour);
  if (left < 0) return true;
  return left - 1 >= (options.minDaysToLearn ?? MIN_DAYS_TO_LEARN);
}

/** 0 … slots−1 from the id (FNV-1a, 32 bits): stable across runs and devices. */
function spreadIndex(id: string, slots: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % slots;
}

/**
 * The exam day's start for a stored exam date ('YYYY-MM-DD', a local calendar date):
 * `dayStartHour`:00 local time that day. Null for text that is not a calendar date.
 */
export function examDayStartOf(date: string, dayStartHour: number): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const d = new Date(year, month - 1, day, dayStartHour, 0, 0, 0);
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  return d.getTime();
}

/** The local calendar date of `time`, 'YYYY-MM-DD'. */
export function calendarDateOf(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
