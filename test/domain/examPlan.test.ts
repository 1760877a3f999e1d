/**
 * The exam-date plan with fixed dates (TZ=UTC, days from 04:00) and the fuzz-off scheduler: now is
 * 1 November 2026 10:00, the exam on 1 December, so 30 study days are left and new items may be
 * introduced on the first 25 (until 25 November). Asserts: the needed rate and the status
 * (ahead, on track, behind with its catch-up cost, past), today's quota after new items already
 * done, the exam day itself, a hand-traced workload for one card (from the scheduler's reference
 * intervals), the brought-forward reviews in the final stretch, and determinism.
 */
import { describe, expect, it } from 'vitest';
import { allowNewItems } from '../../src/domain/examDateScheduling';
import { examPlan, type ExamPlanInput } from '../../src/domain/examPlan';
import { newMemoryState } from '../../src/domain/scheduler';
import type { MemoryState } from '../../src/schema/study';
import { testScheduler } from './testScheduler';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 1, 10);
const examDate = Date.UTC(2026, 11, 1, 9);
const scheduler = testScheduler();
const ids = (n: number, prefix = 'i') =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i).padStart(3, '0')}` }));

const plan = (overrides: Partial<ExamPlanInput> = {}) =>
  examPlan({
    now,
    examDate,
    dayStartHour: 4,
    items: ids(100),
    states: new Map(),
    newPerDay: 20,
    scheduler,
    retention: 0.9,
    ...overrides,
  });

describe('new items a day', () => {
  it('needs ceil(remaining / days new items are allowed)', () => {
    const p = plan();
    expect(p.daysLeft).toBe(30);
    expect(p.introDays).toBe(25);
    expect(p.lastNewDay).toBe(Date.UTC(2026, 10, 25, 4));
    expect(p.remainingNew).toBe(100);
    expect(p.neededPerDay).toBe(4); // 100 / 25
    expect(plan({ items: ids(101) }).neededPerDay).toBe(5); // 4.04 → 5
  });

  it('is ahead with 25 % or more to spare, on track below that, behind short of it', () => {
    expect(plan({ newPerDay: 5 }).status).toBe('ahead'); // 125 ≥ 1.25 × 100
    expect(plan({ newPerDay: 4 }).status).toBe('on-track'); // 100 exactly
    const behind = plan({ newPerDay: 3 }); // 75 of 100
    expect(behind.status).toBe('behind');
    expect(behind.notIntroduced).toBe(25);
    expect(behind.catchUp).toMatchObject({ newPerDay: 4, extraNewPerDay: 1 });
  });

  it('is ahead once everything has been introduced', () => {
    const states = new Map(
      ids(100).map(({ id }) => [id, scheduler.grade(null, now - DAY, 'good')]),
    );
    const p = plan({ states });
    expect(p.remainingNew).toBe(0);
    expect(p.neededPerDay).toBe(0);
    expect(p.status).toBe('ahead');
  });

  it("counts today's new items already done against today's quota", () => {
    const p = plan({ newPerDay: 4, newDoneToday: 4, items: ids(96) });
    // 96 left + 4 done today over 25 days = 4 a day; today has no quota left.
    expect(p.neededPerDay).toBe(4);
    expect(p.status).toBe('on-track');
    expect(p.notIntroduced).toBe(0);
    expect(p.workload[0]?.new).toBe(0);
    expect(p.workload[1]?.new).toBe(4);
  });

  it('the catch-up introduces everything and shows what it adds', () => {
    const behind = plan({ newPerDay: 3 });
    const sumNew = (loads: { new: number }[]) => loads.reduce((s, l) => s + l.new, 0);
    expect(sumNew(behind.workload)).toBe(75);
    expect(sumNew(behind.catchUp?.workload ?? [])).toBe(100);
    expect(behind.catchUp?.extraShowings).toBeGreaterThan(25);
    expect(behind.catchUp?.peakShowings).toBe(
      Math.max(...(behind.catchUp?.workload ?? []).map((l) => l.total)),
    );
  });
});

describe('near and after the exam', () => {
  it('on the exam day no new items fit: behind, with nothing to catch up with', () => {
    const p = plan({ now: Date.UTC(2026, 11, 1, 6) });
    expect(p).toMatchObject({
      status: 'behind',
      daysLeft: 0,
      introDays: 0,
      lastNewDay: null,
      neededPerDay: null,
      notIntroduced: 100,
      workload: [],
      catchUp: null,
    });
  });

  it('is past once the exam day is over', () => {
    const p = plan({ now: Date.UTC(2026, 11, 2, 10) });
    expect(p.status).toBe('past');
    expect(p.workload).toEqual([]);
  });

  it('introduces new items only on days allowNewItems allows', () => {
    const p = plan({ items: ids(1000) });
    expect(p.workload).toHaveLength(30);
    for (const day of p.workload) {
      const allowed = allowNewItems({ now: day.day + 6 * 3_600_000, examDate, dayStartHour: 4 });
      expect(day.new > 0).toBe(allowed);
    }
  });
});

describe('projected workload', () => {
  it('follows one card answered Good: learning step, +2 d, +11 d, then past the exam', () => {
    const p = plan({ items: [{ id: 'a' }], newPerDay: 1 });
    const busy = p.workload.flatMap((l, d) => (l.total > 0 ? [{ d, ...l }] : []));
    // Day 0: introduced 10:00, learning step at 10:10, graduates to 2 days → 3 Nov (day 2) →
    // 11 days → 14 Nov (day 13) → 46 days would be 30 Dec, past the exam. On the exam day, 17
    // days after that review, its predicted recall is still above 90 %, so it is left there (the
    // review does the same): no showing in the stretch.
    expect(busy).toEqual([
      { d: 0, day: now - 6 * 3_600_000, new: 1, reviews: 0, learning: 1, total: 2 },
      { d: 2, day: Date.UTC(2026, 10, 3, 4), new: 0, reviews: 1, learning: 0, total: 1 },
      { d: 13, day: Date.UTC(2026, 10, 14, 4), new: 0, reviews: 1, learning: 0, total: 1 },
    ]);
    // At a retention no stability of 46 days holds to the exam day, it comes into the stretch:
    // "a" hashes to its day 5, 29 Nov (day 28).
    const strict = plan({ items: [{ id: 'a' }], newPerDay: 1, retention: 0.99 });
    expect(strict.workload[28]?.reviews).toBe(1);
  });

  it('reviews overdue items today, and in the final stretch only what would be forgotten by the exam', () => {
    // Due 1 March 2027, past the exam. Stability 120 d, last seen 1 Nov: on the exam day (30 days
    // on) FSRS predicts ~97 % recall, above the 90 % asked, so those stay where they are, as the
    // review leaves them. Stability 20 d, last seen 20 Oct: ~87 % by then, so they come forward.
    const state = (due: number, stability: number, lastReview: number): MemoryState => ({
      ...newMemoryState(due),
      phase: 'review',
      stability,
      difficulty: 5,
      reps: 6,
      lastReview,
      due,
      scheduledDays: Math.round((due - lastReview) / DAY),
    });
    const later = Date.UTC(2027, 2, 1);
    const items = ids(70, 'm');
    const states = new Map<string, MemoryState>(
      items.map(({ id }, i) => [
        id,
        i < 10
          ? state(now - DAY, 120, now - 121 * DAY) // overdue
          : i < 40
            ? state(later, 120, Date.UTC(2026, 10, 1, 4)) // remembered on the day
            : state(later, 20, Date.UTC(2026, 9, 20, 4)), // forgotten by then
      ]),
    );
    const recallOnTheDay = (i: number) =>
      scheduler.retrievability(states.get(`m0${i}`) as MemoryState, Date.UTC(2026, 11, 1, 4));
    expect(recallOnTheDay(10)).toBeGreaterThan(0.9);
    expect(recallOnTheDay(40)).toBeLessThan(0.9);

    const p = plan({ items, states, newPerDay: 0 });
    expect(p.workload[0]?.reviews).toBe(10); // the 10 overdue
    const stretch = p.workload.slice(23); // 24–30 November
    expect(stretch.reduce((s, l) => s + l.reviews, 0)).toBe(30); // the 30 forgotten, once each
    expect(p.workload.slice(1, 23).every((l) => l.reviews === 0)).toBe(true);
    expect(stretch.filter((l) => l.reviews > 0).length).toBeGreaterThanOrEqual(5); // spread out
    expect(p.status).toBe('ahead');
  });

  it('is deterministic', () => {
    expect(plan({ newPerDay: 3 })).toEqual(plan({ newPerDay: 3 }));
  });
});
