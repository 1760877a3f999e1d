/**
 * The scheduler honours the exam date, with fixed dates (TZ=UTC, study days start at 04:00; exam
 * on 10 December 2026, so the final stretch is 3–9 December). Asserts: an item due months later or
 * the day after the exam is brought forward into the stretch, to a day fixed by its id; items due
 * before the exam stay; nothing moves once the exam day has come; an item already reviewed in the
 * stretch is not pulled forward again; new items stop 5 study days before; and a card graded Good
 * each time it is due is seen once in the stretch, then resumes its normal intervals.
 */
import { describe, expect, it } from 'vitest';
import {
  FINAL_STRETCH_DAYS,
  MIN_DAYS_TO_LEARN,
  allowNewItems,
  calendarDateOf,
  examDayStart,
  examDayStartOf,
  fitToExamDate,
  studyDaysLeft,
} from '../../src/domain/examDateScheduling';
import { newMemoryState } from '../../src/domain/scheduler';
import type { MemoryState } from '../../src/schema/study';
import { testScheduler } from './testScheduler';

const DAY = 86_400_000;
const examDate = Date.UTC(2026, 11, 10, 9, 30); // the exam at 09:30 on 10 December
const examDay = Date.UTC(2026, 11, 10, 4);
const stretch = Date.UTC(2026, 11, 3, 4);
const dayStartHour = 4;

const review = (lastReview: number, due: number): MemoryState => ({
  ...newMemoryState(lastReview),
  phase: 'review',
  stability: 30,
  difficulty: 5,
  reps: 4,
  lastReview,
  due,
  scheduledDays: Math.round((due - lastReview) / DAY),
});
const fit = (state: MemoryState, now: number, itemId = 'a') =>
  fitToExamDate(state, { examDate, now, dayStartHour, itemId });

// FNV-1a of "a" is 0xe40c292c = 3826002220 (the standard test vector): mod 7 = 5, mod 4 = 0.
// Of "b": 0xe70c2de5 = 3876335077: mod 7 = 6, mod 4 = 1, mod 3 = 1.

describe('the exam day and the days left', () => {
  it('starts the exam day at the study-day hour of its calendar date', () => {
    expect(examDayStart(examDate, dayStartHour)).toBe(examDay);
    expect(examDayStart(Date.UTC(2026, 11, 10, 0, 0), dayStartHour)).toBe(examDay);
  });

  it('reads a stored calendar date as the start of that exam day', () => {
    expect(examDayStartOf('2026-12-10', dayStartHour)).toBe(examDay);
    expect(examDayStartOf('2026-12-10', 0)).toBe(Date.UTC(2026, 11, 10));
    expect(examDayStartOf('2026-02-30', dayStartHour)).toBeNull();
    expect(examDayStartOf('10/12/2026', dayStartHour)).toBeNull();
    expect(calendarDateOf(Date.UTC(2026, 11, 10, 23, 59))).toBe('2026-12-10');
    expect(calendarDateOf(Date.UTC(2027, 0, 5))).toBe('2027-01-05');
  });

  it('counts study days before the exam day, today included', () => {
    expect(studyDaysLeft(Date.UTC(2026, 11, 9, 20), examDate, dayStartHour)).toBe(1);
    expect(studyDaysLeft(Date.UTC(2026, 11, 10, 3), examDate, dayStartHour)).toBe(1); // still the 9th's study day
    expect(studyDaysLeft(Date.UTC(2026, 11, 10, 8), examDate, dayStartHour)).toBe(0);
    expect(studyDaysLeft(Date.UTC(2026, 11, 11, 8), examDate, dayStartHour)).toBe(-1);
    expect(studyDaysLeft(Date.UTC(2026, 10, 1, 10), examDate, dayStartHour)).toBe(39);
  });
});

describe('fitting a due date to the exam', () => {
  const before = Date.UTC(2026, 10, 1, 10); // 1 November, before the stretch

  it('before the stretch: brings an item due months later to its day in the stretch', () => {
    const state = review(before, Date.UTC(2027, 2, 1, 10));
    const fitted = fit(state, before);
    expect(fitted.due).toBe(stretch + 5 * DAY); // "a": day 5 of 7 → 8 December, 04:00
    expect(fitted.scheduledDays).toBe(37); // 1 Nov 10:00 → 8 Dec 04:00 = 36.75 days
    expect({ ...fitted, due: 0, scheduledDays: 0 }).toEqual({ ...state, due: 0, scheduledDays: 0 });
    expect(fit(state, before, 'b').due).toBe(stretch + 6 * DAY);
  });

  it('brings forward an item due the day after the exam', () => {
    const fitted = fit(review(before, Date.UTC(2026, 11, 11, 10)), before);
    expect(fitted.due).toBe(stretch + 5 * DAY);
  });

  it('brings forward an item due on the exam day itself, even after the exam', () => {
    expect(fit(review(before, Date.UTC(2026, 11, 10, 18)), before).due).toBe(stretch + 5 * DAY);
  });

  it('leaves items due before the exam day: before the stretch or inside it', () => {
    const early = review(before, Date.UTC(2026, 10, 20, 10));
    const inside = review(before, Date.UTC(2026, 11, 5, 10));
    const eve = review(before, examDay - 1);
    expect(fit(early, before)).toBe(early);
    expect(fit(inside, before)).toBe(inside);
    expect(fit(eve, before)).toBe(eve);
  });

  it('inside the stretch: spreads over the days left, never before now', () => {
    const now = Date.UTC(2026, 11, 6, 10); // 4 study days left: 6–9 December
    const state = review(before, Date.UTC(2027, 2, 1, 10));
    expect(fit(state, now, 'a').due).toBe(now); // index 0 → today: due now
    expect(fit(state, now, 'b').due).toBe(Date.UTC(2026, 11, 7, 4)); // index 1
  });

  it('does not pull forward again an item already reviewed in the stretch', () => {
    const now = Date.UTC(2026, 11, 4, 10);
    const state = review(now, Date.UTC(2027, 1, 1, 10));
    expect(fit(state, now)).toBe(state);
  });

  it('after the exam, and on the exam day, returns the state unchanged', () => {
    const state = review(before, Date.UTC(2027, 2, 1, 10));
    expect(fit(state, Date.UTC(2026, 11, 11, 10))).toBe(state);
    expect(fit(state, Date.UTC(2026, 11, 10, 12))).toBe(state);
  });

  it('leaves new items alone', () => {
    const fresh = newMemoryState(Date.UTC(2027, 0, 1));
    expect(fit(fresh, before)).toBe(fresh);
  });

  it('spreads items evenly over the stretch, each on a day start', () => {
    const counts = new Map<number, number>();
    const state = review(before, Date.UTC(2027, 2, 1, 10));
    for (let i = 0; i < 700; i++) {
      const due = fit(state, before, `card-${i}`).due;
      counts.set(due, (counts.get(due) ?? 0) + 1);
    }
    const days = Array.from({ length: FINAL_STRETCH_DAYS }, (_, k) => stretch + k * DAY);
    expect([...counts.keys()].sort((x, y) => x - y)).toEqual(days);
    for (const n of counts.values()) expect(n).toBeGreaterThan(70);
  });

  it('honours a shorter stretch', () => {
    const state = review(before, Date.UTC(2027, 2, 1, 10));
    const fitted = fitToExamDate(state, {
      examDate,
      now: before,
      dayStartHour,
      itemId: 'b',
      finalStretchDays: 3,
    });
    expect(fitted.due).toBe(examDay - 2 * DAY); // "b": index 1 of 7–9 December → the 8th
  });
});

describe('a card graded Good whenever it is due', () => {
  it('is seen once in the final stretch, and after the exam resumes its normal intervals', () => {
    const scheduler = testScheduler();
    let now = Date.UTC(2026, 9, 1, 10); // 1 October
    let state: MemoryState | null = null;
    const seen: number[] = [];
    while (now < Date.UTC(2028, 0, 1)) {
      const graded: MemoryState = scheduler.grade(state, now, 'good');
      state = fitToExamDate(graded, { examDate, now, dayStartHour, itemId: 'a' });
      seen.push(now);
      if (now >= examDay) {
        expect(state).toBe(graded);
      }
      now = state.due;
    }
    const inStretch = seen.filter((t) => t >= stretch && t < examDay);
    expect(inStretch).toEqual([stretch + 5 * DAY]);
    // 1 Oct, 10 minutes later, +2 d, +11 d, +46 d (29 Nov), brought forward from +163 d to the
    // stretch, then the first review after the exam.
    expect(seen.slice(0, 6)).toEqual([
      Date.UTC(2026, 9, 1, 10),
      Date.UTC(2026, 9, 1, 10, 10),
      Date.UTC(2026, 9, 3, 10, 10),
      Date.UTC(2026, 9, 14, 10, 10),
      Date.UTC(2026, 10, 29, 10, 10),
      stretch + 5 * DAY,
    ]);
    expect(seen[6]).toBeGreaterThan(examDay);
  });
});

describe('new items as the exam nears', () => {
  const at = (month: number, day: number, hour = 10) => Date.UTC(2026, month, day, hour);
  const allow = (now: number) => allowNewItems({ now, examDate, dayStartHour });

  it(`stop when fewer than ${MIN_DAYS_TO_LEARN} study days would follow`, () => {
    expect(allow(at(10, 1))).toBe(true);
    expect(allow(at(11, 4))).toBe(true); // 4 Dec: 5th–9th still to come
    expect(allow(at(11, 5, 3))).toBe(true); // 03:00 on the 5th is still the 4th's study day
    expect(allow(at(11, 5))).toBe(false);
    expect(allow(at(11, 9))).toBe(false);
    expect(allow(at(11, 10))).toBe(false); // the exam day
  });

  it('resume once the exam day is over, and are always allowed with no exam date', () => {
    expect(allow(at(11, 11))).toBe(true);
    expect(allowNewItems({ now: at(11, 9), examDate: null, dayStartHour })).toBe(true);
  });

  it('honour a custom minimum', () => {
    expect(allowNewItems({ now: at(11, 8), examDate, dayStartHour, minDaysToLearn: 1 })).toBe(true);
    expect(allowNewItems({ now: at(11, 9), examDate, dayStartHour, minDaysToLearn: 1 })).toBe(
      false,
    );
  });
});
