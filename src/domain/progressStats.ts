/**
 * The statistics of the progress screen, from the review log and the stored memory states:
 * reviews per study day with streaks, the due forecast, true retention per week and items by
 * state; mastery by domain and task statement is in progressMastery.ts. Pure: `now` is passed
 * in. Inputs and results are plain data, so these can run in a Web Worker; each reads the log
 * or the states once, putting times into study days with `studyCalendar` (no Date per row). The
 * log's figures are computed from its quarter-hour tallies (logTally.ts), which the progress
 * worker keeps stored (storage/logTallies.ts); the versions taking rows tally them first.
 *
 * Rows reviewed after `now` (a clock set back since) fall on no past day and are left out.
 */
import type { ItemKind, MemoryState, ReviewLogEntry } from '../schema/study';
import { BUCKET_MS, tallyLog, type LogTally } from './logTally';
import { studyCalendar } from './studyCalendar';

export { mastery } from './progressMastery';
export type { MasteryInput, Mastery, DomainMastery, TaskMastery } from './progressMastery';

/** A count of days or weeks asked for: a whole number, 0 if nonsense. */
const span = (n: number) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);
const zeros = (n: number) => new Array<number>(n).fill(0);
function bump(xs: number[], i: number, by = 1) {
  xs[i] = (xs[i] ?? 0) + by;
}

export interface StudyDays {
  now: number;
  /** Local hour at which a study day starts (settings). */
  dayStartHour: number;
}

export interface DayActivity {
  /** The study day's local date, `YYYY-MM-DD`. */
  day: string;
  count: number;
  timeMs: number;
}

export interface ReviewsPerDay {
  /** The last `days` study days, oldest first; the last is today. */
  days: DayActivity[];
  /** Consecutive study days with a review, ending today, or yesterday if today has none yet. */
  currentStreak: number;
  /** The longest run of consecutive study days with a review in the whole log. */
  longestStreak: number;
}

/**
 * Grades per study day, practice-exam answers included (they are study done that day, and
 * the log holds them only when the learner counts them as reviews).
 */
export function reviewsPerDay(
  log: Iterable<Pick<ReviewLogEntry, 'reviewedAt' | 'durationMs'>>,
  options: StudyDays & { days: number },
): ReviewsPerDay {
  return reviewsPerDayFromTallies(tallyLog(log).values(), options);
}

/** `reviewsPerDay` from the log's quarter-hour tallies (logTally.ts): the same figures. */
export function reviewsPerDayFromTallies(
  tallies: Iterable<Pick<LogTally, 'bucket' | 'count' | 'timeMs'>>,
  options: StudyDays & { days: number },
): ReviewsPerDay {
  const calendar = studyCalendar(options.now, options.dayStartHour);
  const days = span(options.days);
  const first = 1 - days;
  const count = zeros(days);
  const timeMs = zeros(days);
  const active = new Set<number>();
  for (const tally of tallies) {
    if (!(tally.count > 0)) continue;
    // A bucket lies within one study day, so its start tells the day of each of its rows.
    const day = calendar.dayOf(tally.bucket * BUCKET_MS);
    if (day > 0) continue;
    active.add(day);
    if (day < first) continue;
    bump(count, day - first, tally.count);
    bump(timeMs, day - first, tally.timeMs);
  }
  return {
    days: count.map((n, i) => ({
      day: calendar.label(first + i),
      count: n,
      timeMs: timeMs[i] as number,
    })),
    ...streaks(active),
  };
}

function streaks(
  active: ReadonlySet<number>,
): Pick<ReviewsPerDay, 'currentStreak' | 'longestStreak'> {
  let currentStreak = 0;
  for (let day = active.has(0) ? 0 : -1; active.has(day); day--) currentStreak++;
  let longestStreak = 0;
  for (const day of active) {
    if (active.has(day - 1)) continue; // not the first day of its run
    let run = 1;
    while (active.has(day + run)) run++;
    longestStreak = Math.max(longestStreak, run);
  }
  return { currentStreak, longestStreak };
}

export interface DueDay {
  /** The study day's local date, `YYYY-MM-DD`. */
  day: string;
  count: number;
}

/**
 * Items coming due on each of the next `days` (30) study days, today first; today's count includes
 * every overdue item. Learning and relearning items count on the day they are due; states still
 * `new` are left out (new items are introduced by the daily limit, not by a due date).
 */
export function forecast(
  states: Iterable<Pick<MemoryState, 'due' | 'phase'>>,
  options: StudyDays & { days?: number },
): DueDay[] {
  const calendar = studyCalendar(options.now, options.dayStartHour);
  const days = span(options.days ?? 30);
  if (days === 0) return [];
  const tomorrow = calendar.start(1);
  const end = calendar.start(days);
  const count = zeros(days);
  for (const state of states) {
    if (state.phase === 'new' || !(state.due < end)) continue;
    bump(count, state.due < tomorrow ? 0 : calendar.dayOf(state.due));
  }
  return count.map((n, day) => ({ day: calendar.label(day), count: n }));
}

export interface RetentionTally {
  /** Graded anything but Again. */
  right: number;
  total: number;
  /** right / total, 0–1; null when there were none. */
  rate: number | null;
}

export interface RetentionWeek extends RetentionTally {
  /** First and last study day of the week, `YYYY-MM-DD`. */
  from: string;
  to: string;
}

export interface TrueRetention {
  /** The last `weeks` spans of seven study days, oldest first; the last ends today. */
  weeks: RetentionWeek[];
  /** All of those weeks together. */
  overall: RetentionTally;
}

/**
 * The share of reviews of items already learned (in the review phase before the grade) that
 * were not graded Again: set beside the desired retention, it checks that the schedule keeps
 * its promise. Practice-exam answers are left out: the exam asked at a time the schedule did
 * not choose, so they say nothing about recall on the due date.
 */
export function trueRetention(
  log: Iterable<Pick<ReviewLogEntry, 'reviewedAt' | 'before' | 'grade' | 'source'>>,
  options: StudyDays & { weeks: number },
): TrueRetention {
  return trueRetentionFromTallies(tallyLog(log).values(), options);
}

/** `trueRetention` from the log's quarter-hour tallies (logTally.ts): the same figures. */
export function trueRetentionFromTallies(
  tallies: Iterable<Pick<LogTally, 'bucket' | 'reviews' | 'right'>>,
  options: StudyDays & { weeks: number },
): TrueRetention {
  const calendar = studyCalendar(options.now, options.dayStartHour);
  const weeks = span(options.weeks);
  const windowStart = calendar.start(1 - 7 * weeks);
  const right = zeros(weeks);
  const total = zeros(weeks);
  for (const tally of tallies) {
    if (!(tally.reviews > 0)) continue;
    // Day starts fall on bucket starts, so a bucket is in the window exactly when its rows are.
    const start = tally.bucket * BUCKET_MS;
    if (!(start >= windowStart)) continue;
    const day = calendar.dayOf(start);
    if (day > 0) continue;
    // Days 0 to -6 are the last week, -7 to -13 the one before.
    const week = weeks - 1 + Math.ceil(day / 7);
    bump(total, week, tally.reviews);
    bump(right, week, tally.right);
  }
  const tally = (r: number, t: number): RetentionTally => ({
    right: r,
    total: t,
    rate: t === 0 ? null : r / t,
  });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    weeks: total.map((t, w) => {
      const last = 7 * (w + 1 - weeks);
      return {
        from: calendar.label(last - 6),
        to: calendar.label(last),
        ...tally(right[w] ?? 0, t),
      };
    }),
    overall: tally(sum(right), sum(total)),
  };
}

/** Stability, in days, from which a review item counts as mature. */
export const MATURE_DAYS = 21;

/** Items of one kind by memory state; the four counts add up to `total`. */
export interface StateCounts {
  /** Never studied. */
  new: number;
  /** Learning or relearning. */
  learning: number;
  /** In review with stability under MATURE_DAYS ("young"). */
  review: number;
  /** In review with stability of MATURE_DAYS or more. */
  mature: number;
  total: number;
}

export function itemsByState(
  items: Iterable<{ id: string; kind: ItemKind }>,
  states: ReadonlyMap<string, Pick<MemoryState, 'phase' | 'stability'>>,
): Record<ItemKind, StateCounts> {
  const empty = (): StateCounts => ({ new: 0, learning: 0, review: 0, mature: 0, total: 0 });
  const counts: Record<ItemKind, StateCounts> = { card: empty(), question: empty() };
  for (const item of items) {
    const c = counts[item.kind];
    const state = states.get(item.id);
    c.total++;
    if (!state || state.phase === 'new') c.new++;
    else if (state.phase !== 'review') c.learning++;
    else if (state.stability >= MATURE_DAYS) c.mature++;
    else c.review++;
  }
  return counts;
}
