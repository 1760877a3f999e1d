/**
 * The review log folded into tallies per quarter hour, for the progress screen: what the heatmap
 * (`reviewsPerDay`) and true retention (`trueRetention`) need of each row, summed per bucket
 * `Math.floor(reviewedAt / BUCKET_MS)`. Pure.
 *
 * Why a quarter hour: every local study-day start falls on one (time-zone offsets, daylight
 * saving included, are whole multiples of 15 minutes, and the day-start hour is a whole hour), so
 * a bucket lies entirely within one study day, and the sums per day and per week from the buckets
 * are exactly what those functions give from the rows themselves (test/domain/logTally.test.ts).
 * A year of daily study is at most ~35,000 buckets, against one row per grade.
 */
import type { ReviewLogEntry } from '../schema/study';

export const BUCKET_MS = 900_000;

export interface LogTally {
  /** `Math.floor(reviewedAt / BUCKET_MS)`: the quarter hour (UTC-aligned, epoch-based). */
  bucket: number;
  /** Grades in it, practice-exam answers included (as `reviewsPerDay` counts them). */
  count: number;
  /** The sum of their finite positive `durationMs`. */
  timeMs: number;
  /** Grades `trueRetention` counts: not from a practice exam, of an item in the review phase. */
  reviews: number;
  /** Of those, graded anything but Again. */
  right: number;
}

/** What a tally reads of a log row; a row without the retention fields counts as no review. */
export type TalliedRow = Pick<ReviewLogEntry, 'reviewedAt'> &
  Partial<Pick<ReviewLogEntry, 'durationMs' | 'before' | 'grade' | 'source'>>;

/** An empty tally of `bucket`. */
export function emptyTally(bucket: number): LogTally {
  return { bucket, count: 0, timeMs: 0, reviews: 0, right: 0 };
}

/**
 * Adds `rows` to `into` (bucket → tally; a new map if none is given) and returns it. Rows without
 * a finite time are left out, as the statistics leave them out.
 */
export function tallyLog(
  rows: Iterable<TalliedRow>,
  into: Map<number, LogTally> = new Map(),
): Map<number, LogTally> {
  for (const row of rows) {
    if (!Number.isFinite(row.reviewedAt)) continue;
    const bucket = Math.floor(row.reviewedAt / BUCKET_MS);
    let tally = into.get(bucket);
    if (!tally) {
      tally = emptyTally(bucket);
      into.set(bucket, tally);
    }
    tally.count++;
    const ms = row.durationMs;
    if (ms !== undefined && Number.isFinite(ms) && ms > 0) tally.timeMs += ms;
    if (row.source !== 'exam' && row.before?.phase === 'review') {
      tally.reviews++;
      if (row.grade !== 'again') tally.right++;
    }
  }
  return into;
}

/** Adds `b`'s counts to `a` (same bucket), in place. */
export function addTally(a: LogTally, b: LogTally): void {
  a.count += b.count;
  a.timeMs += b.timeMs;
  a.reviews += b.reviews;
  a.right += b.right;
}
