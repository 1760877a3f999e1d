/** Session arithmetic and the day's counts, with fixed dates (study day starts at 04:00 UTC). */
import { describe, expect, it } from 'vitest';
import { countOrphans, orphanedIds } from '../../src/domain/orphans';
import { doneToday, EMPTY_SESSION, sessionWith } from '../../src/domain/session';
import type { MemoryState } from '../../src/schema/study';

const HOUR = 3_600_000;
const dayStart = Date.UTC(2026, 10, 23, 4);
const reviewState = { phase: 'review' } as MemoryState;
const learningState = { phase: 'learning' } as MemoryState;

describe('a study session', () => {
  it('adds a grade and takes it back on undo', () => {
    const first = { before: null, grade: 'again' as const, durationMs: 4000 };
    const second = { before: reviewState, grade: 'good' as const, durationMs: 6000 };
    const both = sessionWith(sessionWith(EMPTY_SESSION, first, 1), second, 1);
    expect(both).toEqual({ reviewed: 2, newItems: 1, again: 1, timeMs: 10_000 });
    expect(sessionWith(both, second, -1)).toEqual({
      reviewed: 1,
      newItems: 1,
      again: 1,
      timeMs: 4000,
    });
  });

  it("adds this session's new items and reviews to the stored counts of the same day", () => {
    const progress = {
      dayStartHour: 4,
      dayStart,
      storedDone: { newItems: 5, reviews: 30 },
      sessionLog: [
        { reviewedAt: dayStart - HOUR, before: null }, // yesterday's study day
        { reviewedAt: dayStart + HOUR, before: null },
        { reviewedAt: dayStart + 2 * HOUR, before: reviewState },
        { reviewedAt: dayStart + 3 * HOUR, before: learningState }, // a step, not a review
      ],
    };
    expect(doneToday(progress, dayStart + 4 * HOUR)).toEqual({ newItems: 6, reviews: 31 });
    // Past 04:00 the next day, the stored counts belong to the day before.
    expect(doneToday(progress, dayStart + 25 * HOUR)).toEqual({ newItems: 0, reviews: 0 });
  });
});

describe('orphans', () => {
  it('counts studied items no longer in the content', () => {
    const studied = new Set(['a', 'gone-2', 'b', 'gone-1']);
    const content = new Set(['a', 'b', 'c']);
    expect(countOrphans(studied, content)).toBe(2);
    expect(orphanedIds(studied, content)).toEqual(['gone-1', 'gone-2']);
  });
});
