/**
 * The review log turned into what FSRS's optimiser trains on, and the time-ordered split the
 * evidence is measured on. Pure: the log comes in as plain rows.
 *
 * An item's reviews become one training item per review after its first study day: the reviews
 * so far (rating 1–4, whole study days since the previous review, 0 for the first and for a
 * review on the same day), the last one being the review to predict. Reviews on the same study
 * day stay in the history (FSRS-6's short-term stability learns from them) but are not predicted:
 * the optimiser only predicts reviews a day or more apart, as fsrs-rs requires of every item.
 */
import { GRADES, type Grade } from '../schema/study';
import type { ReviewStep } from './scheduler';
import { studyDayStart } from './queue';

/**
 * fsrs-rs fits all 21 parameters only from 64 training items up (below that it fits the four
 * initial stabilities and keeps the rest at their defaults; below 8 it returns the defaults:
 * `compute_parameters` in fsrs-rs src/training.rs). The fit trains on the older 80 % of the
 * items and is judged on the newer 20 %, so the action is offered from 80 items.
 */
export const MIN_TRAINING_ITEMS = 64;
export const TRAIN_FRACTION = 0.8;
export const MIN_ITEMS = Math.ceil(MIN_TRAINING_ITEMS / TRAIN_FRACTION);

/** A review-log row as the optimiser needs it. */
export interface LogPoint {
  itemId: string;
  reviewedAt: number;
  grade: Grade;
  /** True for the item's first review (the log row's `before` is null). */
  first: boolean;
}

export interface TrainingItem {
  /** The reviews up to and including the one to predict (the last). */
  history: ReviewStep[];
  /** When the predicted review happened (the split orders by it). */
  at: number;
}

/** FSRS's rating of a grade: Again 1, Hard 2, Good 3, Easy 4. */
export const ratingOf = (grade: Grade): number => GRADES.indexOf(grade) + 1;

/** The study day (starting at `dayStartHour`, local time) a moment falls in, as a day number. */
export function studyDayNumber(ms: number, dayStartHour: number): number {
  const start = new Date(studyDayStart(ms, dayStartHour));
  return Math.round(Date.UTC(start.getFullYear(), start.getMonth(), start.getDate()) / 86_400_000);
}

/**
 * Training items from the log, in no particular order. An item whose log does not start with
 * its first review (a log cut short by hand) is left out: its first rating would be wrong.
 */
export function trainingItems(
  log: Iterable<LogPoint>,
  dayOf: (ms: number) => number,
): TrainingItem[] {
  const byItem = new Map<string, LogPoint[]>();
  for (const row of log) {
    const rows = byItem.get(row.itemId);
    if (rows) rows.push(row);
    else byItem.set(row.itemId, [row]);
  }
  const items: TrainingItem[] = [];
  for (const rows of byItem.values()) {
    rows.sort((a, b) => a.reviewedAt - b.reviewedAt);
    if (!rows[0]?.first) continue;
    const history: ReviewStep[] = [];
    let previousDay = 0;
    for (const row of rows) {
      const day = dayOf(row.reviewedAt);
      const days = history.length === 0 ? 0 : day - previousDay;
      history.push([ratingOf(row.grade), days]);
      previousDay = day;
      if (history.length > 1 && days > 0) items.push({ history: [...history], at: row.reviewedAt });
    }
  }
  return items;
}

/** The older `fraction` of the items (by the predicted review's time) to fit, the rest to judge. */
export function splitByTime(
  items: readonly TrainingItem[],
  fraction = TRAIN_FRACTION,
): { train: TrainingItem[]; test: TrainingItem[] } {
  const ordered = [...items].sort((a, b) => a.at - b.at);
  const cut = Math.round(ordered.length * fraction);
  return { train: ordered.slice(0, cut), test: ordered.slice(cut) };
}

/** Items as fsrs-browser's `computeParameters` takes them: flat ratings and days, and lengths. */
export function flattenItems(items: readonly TrainingItem[]): {
  ratings: Uint32Array;
  deltas: Uint32Array;
  lengths: Uint32Array;
} {
  const total = items.reduce((n, item) => n + item.history.length, 0);
  const ratings = new Uint32Array(total);
  const deltas = new Uint32Array(total);
  let at = 0;
  for (const { history } of items)
    for (const [rating, days] of history) {
      ratings[at] = rating;
      deltas[at++] = days;
    }
  return { ratings, deltas, lengths: Uint32Array.from(items, (item) => item.history.length) };
}
