import { describe, expect, it } from 'vitest';
import { buildQueue, doneSince, studyDayStart, type QueueInput } from '../../src/domain/queue';
import { allowNewItems, examDateFitter } from '../../src/domain/examDateScheduling';
import { newMemoryState } from '../../src/domain/scheduler';
import type { MemoryState } from '../../src/schema/study';
import { testScheduler } from './testScheduler';

// Tests run with TZ=UTC (vitest.config.ts), so "local" study days start at 04:00 UTC.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 10, 23, 10, 0, 0);

const item = (id: string, facts: string[] = []) => ({ id, facts });
const state = (phase: MemoryState['phase'], due: number, stability = 5): MemoryState => ({
  ...newMemoryState(due),
  phase,
  due,
  stability,
  lastReview: due - DAY,
  reps: 1,
});
/** Fake retrievability: lower for items whose due date is further in the past. */
const retrievability = (s: MemoryState, at: number) => 1 / (1 + Math.max(0, at - s.due) / DAY);

function input(overrides: Partial<QueueInput>): QueueInput {
  return {
    items: [],
    states: new Map(),
    now,
    dayStartHour: 4,
    newPerDay: 20,
    maxReviewsPerDay: 200,
    doneToday: { newItems: 0, reviews: 0 },
    retrievability,
    ...overrides,
  };
}

describe('study day boundary', () => {
  it('starts at the configured local hour, the previous day before that hour', () => {
    expect(studyDayStart(now, 4)).toBe(Date.UTC(2026, 10, 23, 4));
    expect(studyDayStart(Date.UTC(2026, 10, 23, 3, 59), 4)).toBe(Date.UTC(2026, 10, 22, 4));
    expect(studyDayStart(Date.UTC(2026, 10, 23, 4, 0), 4)).toBe(Date.UTC(2026, 10, 23, 4));
  });

  it('a review due tonight before 04:00 is due today; one due after it is not', () => {
    const q = buildQueue(
      input({
        items: [item('tonight'), item('tomorrow')],
        states: new Map([
          ['tonight', state('review', Date.UTC(2026, 10, 24, 3, 30))],
          ['tomorrow', state('review', Date.UTC(2026, 10, 24, 4, 30))],
        ]),
      }),
    );
    expect(q.ids).toEqual(['tonight']);
    expect(q.nextDue).toBe(Date.UTC(2026, 10, 24, 4, 30));
  });

  it('counts work done since the day started, not before', () => {
    const dayStart = studyDayStart(now, 4);
    const log = [
      { reviewedAt: dayStart - 1, before: null },
      { reviewedAt: dayStart + 1, before: null },
      { reviewedAt: dayStart + 2, before: state('review', dayStart) },
      { reviewedAt: dayStart + 3, before: state('learning', dayStart) },
    ];
    expect(doneSince(log, dayStart)).toEqual({ newItems: 1, reviews: 1 });
  });
});

describe('ordering', () => {
  it('puts due learning items first by due time, then reviews by lowest retrievability', () => {
    const q = buildQueue(
      input({
        items: [item('r-recent'), item('l-late'), item('r-old'), item('l-early')],
        states: new Map([
          ['r-recent', state('review', now - HOUR)],
          ['r-old', state('review', now - 10 * DAY)],
          ['l-late', state('learning', now - 60_000)],
          ['l-early', state('relearning', now - 600_000)],
        ]),
      }),
    );
    expect(q.ids).toEqual(['l-early', 'l-late', 'r-old', 'r-recent']);
    expect(q.counts).toEqual({ learning: 2, review: 2, new: 0 });
  });

  it('spreads new items evenly among reviews, in content order', () => {
    const reviews = ['a', 'b', 'c', 'd'].map(
      (id, i) => [id, state('review', now - (10 - i) * DAY)] as const,
    );
    const q = buildQueue(
      input({
        items: [item('n1'), item('n2'), ...reviews.map(([id]) => item(id))],
        states: new Map(reviews),
      }),
    );
    expect(q.ids).toEqual(['a', 'b', 'n1', 'c', 'n2', 'd']);
  });

  it('is deterministic for the same input', () => {
    const args = input({
      items: ['x', 'y', 'z'].map((id) => item(id)),
      states: new Map([['y', state('review', now - DAY)]]),
    });
    expect(buildQueue(args)).toEqual(buildQueue(args));
  });
});

describe('daily limits', () => {
  const many = Array.from({ length: 30 }, (_, i) => item(`n${String(i).padStart(2, '0')}`));
  it('introduces at most the new-per-day limit, minus what was introduced today', () => {
    expect(buildQueue(input({ items: many, newPerDay: 10 })).counts.new).toBe(10);
    const q = buildQueue(
      input({ items: many, newPerDay: 10, doneToday: { newItems: 7, reviews: 0 } }),
    );
    expect(q.ids).toEqual(['n00', 'n01', 'n02']);
  });

  it('caps reviews at the daily maximum, keeping the most at-risk', () => {
    const states = new Map(
      many.map((it, i) => [it.id, state('review', now - (i + 1) * HOUR)] as const),
    );
    const q = buildQueue(
      input({ items: many, states, maxReviewsPerDay: 5, doneToday: { newItems: 0, reviews: 2 } }),
    );
    expect(q.ids).toEqual(['n29', 'n28', 'n27']);
  });

  it('never limits learning items', () => {
    const states = new Map(many.map((it) => [it.id, state('learning', now - 60_000)] as const));
    expect(
      buildQueue(input({ items: many, states, maxReviewsPerDay: 1, newPerDay: 0 })).ids,
    ).toHaveLength(30);
  });
});

describe('siblings', () => {
  it('never shows two items on the same fact back to back', () => {
    const q = buildQueue(
      input({
        items: [
          item('card-timeout', ['timeout-max']),
          item('q-timeout', ['timeout-max']),
          item('card-memory', ['memory-max']),
        ],
      }),
    );
    expect(q.ids).toEqual(['card-timeout', 'card-memory', 'q-timeout']);
  });
});

describe('siblings across a grade', () => {
  it('does not start with a sibling of the item just reviewed', () => {
    const q = buildQueue(
      input({
        items: [item('q-timeout', ['timeout-max']), item('card-memory', ['memory-max'])],
        lastFacts: ['timeout-max'],
      }),
    );
    expect(q.ids).toEqual(['card-memory', 'q-timeout']);
  });
});

describe('items studied but not loaded (not due today)', () => {
  it('are neither new nor due, and their earliest due time is the next due', () => {
    const q = buildQueue(
      input({
        items: [item('studied'), item('fresh')],
        studied: new Set(['studied']),
        laterDue: now + 5 * DAY,
        newPerDay: 0,
      }),
    );
    expect(q).toEqual({
      ids: [],
      counts: { learning: 0, review: 0, new: 0 },
      nextDue: now + 5 * DAY,
    });
    const withNew = buildQueue(
      input({ items: [item('studied'), item('fresh')], studied: new Set(['studied']) }),
    );
    expect(withNew.ids).toEqual(['fresh']);
  });
});

describe('learn ahead and the empty state', () => {
  it('shows learning items due soon when nothing else is left, and reports the next due time', () => {
    const q = buildQueue(
      input({
        items: [item('soon'), item('later')],
        states: new Map([
          ['soon', state('learning', now + 5 * 60_000)],
          ['later', state('review', now + 3 * DAY)],
        ]),
        newPerDay: 0,
      }),
    );
    expect(q.ids).toEqual(['soon']);
    expect(q.nextDue).toBe(now + 3 * DAY);
  });

  it('is empty with the next due time when everything is done', () => {
    const q = buildQueue(
      input({ items: [item('a')], states: new Map([['a', state('review', now + 2 * DAY)]]) }),
    );
    expect(q).toEqual({
      ids: [],
      counts: { learning: 0, review: 0, new: 0 },
      nextDue: now + 2 * DAY,
    });
  });
});

describe('with an exam date (the caller passes the exam rules)', () => {
  // Exam on 27 November: today (23rd, 10:00) is 4 study days before it, inside the final stretch.
  const examDay = Date.UTC(2026, 10, 27, 4);
  const recall = testScheduler().retrievability;
  const stored = (lastReview: number, stability: number, due: number): MemoryState => ({
    ...state('review', due, stability),
    lastReview,
  });
  // Last reviewed 1 October, stability 30: 56 whole days before the exam day:
  // (1 + 0.98035·56/30)^−0.1542 = 0.852.
  const fading = stored(Date.UTC(2026, 9, 1, 10), 30, Date.UTC(2026, 11, 20, 10));
  // Last reviewed 1 November, stability 90: 25 days, (1 + 0.98035·25/90)^−0.1542 = 0.964; due in February.
  const holding = stored(Date.UTC(2026, 10, 1, 10), 90, Date.UTC(2027, 1, 1, 10));
  const examInput = (at: number, withExam: boolean) =>
    input({
      now: at,
      items: [item('due-today'), item('fading'), item('holding'), item('new-1')],
      states: new Map([['due-today', state('review', at - HOUR)]]),
      studied: new Set(['due-today', 'fading', 'holding']),
      laterDue: fading.due,
      laterStates: new Map([
        ['fading', fading],
        ['holding', holding],
      ]),
      ...(withExam
        ? {
            fitState: examDateFitter({
              examDate: examDay,
              now: at,
              dayStartHour: 4,
              retrievability: recall,
              retention: 0.9,
            }),
            allowNew: allowNewItems({ now: at, examDate: examDay, dayStartHour: 4 }),
          }
        : {}),
    });

  it('shows a stored item that would be forgotten by the exam in the final stretch, and no new items', () => {
    const eve = Date.UTC(2026, 10, 26, 10); // one study day left: everything brought forward is due now
    expect(recall(fading, examDay)).toBeCloseTo(0.852, 3);
    expect(recall(holding, examDay)).toBeCloseTo(0.964, 3);
    const q = buildQueue(examInput(eve, true));
    expect([...q.ids].sort()).toEqual(['due-today', 'fading']);
    expect(q.counts).toEqual({ learning: 0, review: 2, new: 0 });
    expect(q.nextDue).toBe(holding.due);
  });

  it('without the exam rules, or after the exam, follows the stored due dates', () => {
    for (const q of [
      buildQueue(examInput(Date.UTC(2026, 10, 26, 10), false)),
      buildQueue(examInput(Date.UTC(2026, 10, 28, 10), true)),
    ]) {
      expect(q.ids).toEqual(['due-today', 'new-1']);
      expect(q.nextDue).toBe(fading.due);
    }
  });
});
