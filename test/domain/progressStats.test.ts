import { describe, expect, it } from 'vitest';
import {
  forecast,
  itemsByState,
  mastery,
  reviewsPerDay,
  trueRetention,
} from '../../src/domain/progressStats';
import { studyDayStart } from '../../src/domain/queue';
import { newMemoryState } from '../../src/domain/scheduler';
import { studyCalendar } from '../../src/domain/studyCalendar';
import type { Grade, ItemKind, MemoryState, ReviewLogEntry } from '../../src/schema/study';
import { exam } from './examBank';
import { testScheduler } from './testScheduler';

// Tests run with TZ=UTC (vitest.config.ts), so study days start at 04:00 UTC.
// `now` is Monday 23 November 2026, 10:00: today's study day began at 04:00.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 10, 23, 10);
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour, minute);
const days = { now, dayStartHour: 4 };

const state = (phase: MemoryState['phase'], due: number, stability = 5): MemoryState => ({
  ...newMemoryState(due),
  phase,
  due,
  stability,
  lastReview: phase === 'new' ? null : due - DAY,
  reps: phase === 'new' ? 0 : 1,
});

function row(
  reviewedAt: number,
  before: MemoryState['phase'] | null,
  grade: Grade = 'good',
  extra: Partial<ReviewLogEntry> = {},
): ReviewLogEntry {
  return {
    itemId: 'x',
    kind: 'card',
    reviewedAt,
    grade,
    before: before === null ? null : state(before, reviewedAt),
    after: state('review', reviewedAt + DAY),
    durationMs: 1000,
    ...extra,
  };
}

describe('study calendar', () => {
  it('numbers study days from today, each starting at the day-start hour', () => {
    const calendar = studyCalendar(now, 4);
    expect(calendar.dayOf(now)).toBe(0);
    expect(calendar.dayOf(at(23, 4))).toBe(0);
    expect(calendar.dayOf(at(23, 3, 59))).toBe(-1);
    expect(calendar.dayOf(at(24, 3, 59))).toBe(0);
    expect(calendar.dayOf(at(24, 4))).toBe(1);
    expect(calendar.dayOf(Date.UTC(2024, 1, 29, 12))).toBe(-998);
    expect(calendar.start(-998)).toBe(studyDayStart(Date.UTC(2024, 1, 29, 12), 4));
    expect(calendar.label(-1)).toBe('2026-11-22');
    expect(calendar.label(9)).toBe('2026-12-02');
  });
});

describe('reviews per day', () => {
  const log = [
    row(at(23, 9), 'review', 'good', { durationMs: 5000 }),
    row(at(23, 3, 59), 'review', 'good', { durationMs: 3000 }), // the 22nd's study day
    row(at(22, 5), null, 'again', { durationMs: 2000 }),
    row(at(21, 12), 'learning', 'good', { source: 'exam' }), // exam answers are study too
    row(at(19, 12), 'review'),
    row(at(18, 12), 'review'),
    row(at(17, 12), 'review'),
    row(at(16, 12), 'review'),
    row(at(24, 5), 'review'), // after now: a clock set back, left out
  ];

  it('counts grades and time per study day, oldest first, ending today', () => {
    const result = reviewsPerDay(log, { ...days, days: 5 });
    expect(result.days).toEqual([
      { day: '2026-11-19', count: 1, timeMs: 1000 },
      { day: '2026-11-20', count: 0, timeMs: 0 },
      { day: '2026-11-21', count: 1, timeMs: 1000 },
      { day: '2026-11-22', count: 2, timeMs: 5000 },
      { day: '2026-11-23', count: 1, timeMs: 5000 },
    ]);
  });

  it('streaks: the current one ends today, the longest may lie before the window', () => {
    const result = reviewsPerDay(log, { ...days, days: 5 });
    expect(result.currentStreak).toBe(3); // 21st to 23rd
    expect(result.longestStreak).toBe(4); // 16th to 19th
  });

  it('a streak still counts until today is over, and breaks after a day off', () => {
    const notYetToday = log.slice(1);
    expect(reviewsPerDay(notYetToday, { ...days, days: 1 }).currentStreak).toBe(2);
    const dayOff = log.slice(4);
    expect(reviewsPerDay(dayOff, { ...days, days: 1 }).currentStreak).toBe(0);
  });

  it('an empty log gives empty days and no streaks', () => {
    const result = reviewsPerDay([], { ...days, days: 2 });
    expect(result).toEqual({
      days: [
        { day: '2026-11-22', count: 0, timeMs: 0 },
        { day: '2026-11-23', count: 0, timeMs: 0 },
      ],
      currentStreak: 0,
      longestStreak: 0,
    });
  });
});

describe('forecast', () => {
  it('counts due items per study day; today holds the overdue ones', () => {
    const states = [
      state('review', Date.UTC(2026, 10, 1)), // overdue
      state('learning', at(23, 10, 5)),
      state('review', at(24, 3, 59)), // before tomorrow's study day starts
      state('review', at(24, 4)),
      state('relearning', at(27, 4)),
      state('review', at(28, 4)), // past the last day
      state('new', now), // new items come by the daily limit, not a due date
    ];
    expect(forecast(states, { ...days, days: 5 })).toEqual([
      { day: '2026-11-23', count: 3 },
      { day: '2026-11-24', count: 1 },
      { day: '2026-11-25', count: 0 },
      { day: '2026-11-26', count: 0 },
      { day: '2026-11-27', count: 1 },
    ]);
  });

  it('covers 30 study days unless told otherwise', () => {
    const result = forecast([], days);
    expect(result).toHaveLength(30);
    expect(result[29]?.day).toBe('2026-12-22');
  });
});

describe('true retention', () => {
  const log = [
    row(now, 'review', 'good'),
    row(at(17, 4), 'review', 'again'),
    row(at(17, 3, 59), 'review', 'hard'), // the 16th's study day: the week before
    row(at(10, 4), 'review', 'easy'),
    row(at(10, 3), 'review', 'good'), // the 9th: before a two-week window
    row(at(20, 12), 'learning', 'good'), // not yet learned
    row(at(20, 12), 'relearning', 'good'),
    row(at(20, 12), null, 'good'),
    row(at(20, 12), 'review', 'again', { source: 'exam' }), // not a scheduled review
  ];

  it('shares reviews of learned items not graded Again, per week of seven study days', () => {
    expect(trueRetention(log, { ...days, weeks: 2 })).toEqual({
      weeks: [
        { from: '2026-11-10', to: '2026-11-16', right: 2, total: 2, rate: 1 },
        { from: '2026-11-17', to: '2026-11-23', right: 1, total: 2, rate: 0.5 },
      ],
      overall: { right: 3, total: 4, rate: 0.75 },
    });
  });

  it('a week without reviews has no rate', () => {
    const result = trueRetention(log.slice(1, 2), { ...days, weeks: 2 });
    expect(result.weeks[0]).toEqual({
      from: '2026-11-10',
      to: '2026-11-16',
      right: 0,
      total: 0,
      rate: null,
    });
    expect(result.overall).toEqual({ right: 0, total: 1, rate: 0 });
  });
});

describe('items by state', () => {
  it('counts new, learning, young review and mature items per kind, adding up', () => {
    const items: { id: string; kind: ItemKind }[] = [
      ...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => ({ id, kind: 'card' as const })),
      ...['q1', 'q2', 'q3'].map((id) => ({ id, kind: 'question' as const })),
    ];
    const states = new Map([
      ['c2', state('learning', now)],
      ['c3', state('relearning', now)],
      ['c4', state('review', now, 20.9)],
      ['c5', state('review', now, 21)],
      ['q1', state('new', now)],
      ['q2', state('review', now, 100)],
      ['elsewhere', state('review', now)], // an item not asked about
    ]);
    expect(itemsByState(items, states)).toEqual({
      card: { new: 1, learning: 2, review: 1, mature: 1, total: 5 },
      question: { new: 2, learning: 0, review: 0, mature: 1, total: 3 },
    });
  });
});

describe('mastery', () => {
  // Fake recall: stability / 10 now, halving over the ten days to the exam date.
  const examDate = now + 10 * DAY;
  const retrievability = (s: MemoryState, when: number) => s.stability / (10 + (when - now) / DAY);
  const items = [
    { id: 'a', tasks: ['DVA-C02:1.1'] },
    { id: 'b', tasks: ['DVA-C02:1.1', 'DVA-C02:1.2'] },
    { id: 'c', tasks: ['DVA-C02:1.2'] }, // never studied: counts 0
    { id: 'd', tasks: ['DVA-C02:2.1', 'DVA-C02:1.1', 'DVA-C02:2.1'] }, // 2.1 once
    { id: 'e', tasks: ['SAA-C03:1.1'] }, // another exam's task
    { id: 'f', tasks: ['DVA-C02:3.1'] }, // a stored state still new
  ];
  const states = new Map([
    ['a', state('review', now, 8)],
    ['b', state('review', now, 4)],
    ['d', state('relearning', now, 6)],
    ['e', state('review', now, 10)],
    ['f', state('new', now, 9)],
  ]);
  const input = { exam, items, states, retrievability };

  it('averages predicted recall per domain, an item counting once in each domain it covers', () => {
    const result = mastery({ ...input, at: now });
    expect(result.at).toBe(now);
    const domains = result.domains.map(({ number, recall, items, studied }) => ({
      number,
      recall,
      items,
      studied,
    }));
    expect(domains).toEqual([
      { number: 1, recall: expect.closeTo(0.45, 9) as number, items: 4, studied: 3 },
      { number: 2, recall: expect.closeTo(0.6, 9) as number, items: 1, studied: 1 },
      { number: 3, recall: 0, items: 1, studied: 0 },
      { number: 4, recall: null, items: 0, studied: 0 },
    ]);
    expect(result.domains[0]).toMatchObject({ name: 'Development with AWS Services', weight: 32 });
  });

  it('lists task statements weakest first, then by item count, empty ones last', () => {
    const tasks = mastery({ ...input, at: now }).tasks;
    expect(tasks.map((t) => t.number)).toEqual([
      '3.1',
      '1.2',
      '1.1', // 0.6 over three items
      '2.1', // 0.6 over one
      '1.3',
      '2.2',
      '2.3',
      '3.2',
      '4.1',
      '4.2',
    ]);
    expect(tasks[1]).toEqual({
      id: 'DVA-C02:1.2',
      number: '1.2',
      title: 'Task 1.2',
      domain: 1,
      recall: expect.closeTo(0.2, 9) as number,
      items: 2,
      studied: 1,
    });
    expect(tasks[2]?.recall).toBeCloseTo(0.6, 9);
    expect(tasks[4]).toMatchObject({ recall: null, items: 0, studied: 0 });
  });

  it('predicts recall on the exam date', () => {
    const result = mastery({ ...input, at: examDate });
    expect(result.domains[0]?.recall).toBeCloseTo(0.225, 9);
    expect(result.tasks.find((t) => t.number === '1.1')?.recall).toBeCloseTo(0.3, 9);
  });
});

describe('at full size', () => {
  // A learner years in: 100,000 log rows over 400 days and 10,000 items. Shapes only, no timing.
  const scheduler = testScheduler();
  const ids = Array.from({ length: 10_000 }, (_, i) => `item-${i}`);
  const taskIds = exam.domains.flatMap((d) => d.tasks.map((t) => t.id));
  const states = new Map(
    ids.map((id, i) => {
      const due = now + ((i % 97) - 30) * DAY + (i % 13) * HOUR;
      const phase = (['learning', 'review', 'review', 'relearning'] as const)[i % 4] ?? 'review';
      return [id, state(phase, due, (i % 60) + 0.5)];
    }),
  );
  const log = Array.from({ length: 100_000 }, (_, i) =>
    row(now - (i % 400) * DAY - (i % 23) * HOUR, i % 5 === 0 ? 'learning' : 'review', 'good', {
      grade: i % 9 === 0 ? 'again' : 'good',
      itemId: ids[i % ids.length] ?? '',
      ...(i % 50 === 0 ? { source: 'exam' as const } : {}),
    }),
  );

  it('runs every statistic and returns plain data of the expected shape', () => {
    const perDay = reviewsPerDay(log, { ...days, days: 365 });
    expect(perDay.days).toHaveLength(365);
    expect(perDay.days.reduce((n, d) => n + d.count, 0)).toBeLessThanOrEqual(log.length);
    expect(forecast(states.values(), days)).toHaveLength(30);
    const retention = trueRetention(log, { ...days, weeks: 52 });
    expect(retention.weeks).toHaveLength(52);
    expect(retention.overall.total).toBeGreaterThan(0);
    const items = ids.map((id, i) => ({
      id,
      kind: i % 3 === 0 ? ('question' as const) : ('card' as const),
      tasks: [taskIds[i % taskIds.length] ?? ''],
    }));
    const byState = itemsByState(items, states);
    expect(byState.card.total + byState.question.total).toBe(10_000);
    const result = mastery({
      exam,
      items,
      states,
      retrievability: scheduler.retrievability,
      at: now,
    });
    expect(result.tasks).toHaveLength(taskIds.length);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
