/**
 * The review log's quarter-hour tallies: what one bucket holds (hand-checked), and that the
 * heatmap and true retention computed from tallies are exactly what the row-by-row computation
 * gives — in UTC, across daylight-saving changes (Europe/Berlin, America/New_York, Lord Howe's
 * half-hour shift) and in a zone a quarter hour off the hour (Asia/Kathmandu, UTC+5:45), with
 * rows exactly on a day boundary, a moment before it, after `now` today and on a later day.
 *
 * The reference below is the row-by-row code as it was before tallies (progressStats.ts), kept
 * here so the two paths are compared against each other, not one against itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BUCKET_MS, tallyLog } from '../../src/domain/logTally';
import {
  reviewsPerDayFromTallies,
  trueRetentionFromTallies,
  type StudyDays,
} from '../../src/domain/progressStats';
import { seededRandom } from '../../src/domain/random';
import { studyCalendar } from '../../src/domain/studyCalendar';
import type { Grade, MemoryState, ReviewLogEntry } from '../../src/schema/study';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Row = Pick<ReviewLogEntry, 'reviewedAt' | 'durationMs' | 'before' | 'grade' | 'source'>;

const before = (phase: MemoryState['phase']) => ({ phase }) as MemoryState;
const row = (
  reviewedAt: number,
  phase: MemoryState['phase'] | null,
  grade: Grade = 'good',
  extra: Partial<Row> = {},
): Row => ({
  reviewedAt,
  grade,
  before: phase === null ? null : before(phase),
  durationMs: 1000,
  ...extra,
});

function referenceActivity(log: Iterable<Row>, options: StudyDays & { days: number }) {
  const calendar = studyCalendar(options.now, options.dayStartHour);
  const first = 1 - options.days;
  const count = new Array<number>(options.days).fill(0);
  const timeMs = new Array<number>(options.days).fill(0);
  const active = new Set<number>();
  for (const entry of log) {
    if (!Number.isFinite(entry.reviewedAt)) continue;
    const day = calendar.dayOf(entry.reviewedAt);
    if (day > 0) continue;
    active.add(day);
    if (day < first) continue;
    count[day - first] = (count[day - first] ?? 0) + 1;
    const ms = entry.durationMs;
    if (Number.isFinite(ms) && ms > 0) timeMs[day - first] = (timeMs[day - first] ?? 0) + ms;
  }
  return { count, timeMs, active: [...active].sort((a, b) => a - b) };
}

function referenceRetention(log: Iterable<Row>, options: StudyDays & { weeks: number }) {
  const calendar = studyCalendar(options.now, options.dayStartHour);
  const windowStart = calendar.start(1 - 7 * options.weeks);
  const right = new Array<number>(options.weeks).fill(0);
  const total = new Array<number>(options.weeks).fill(0);
  for (const entry of log) {
    if (entry.source === 'exam' || entry.before?.phase !== 'review') continue;
    if (!(entry.reviewedAt >= windowStart)) continue;
    const day = calendar.dayOf(entry.reviewedAt);
    if (day > 0) continue;
    const week = options.weeks - 1 + Math.ceil(day / 7);
    total[week] = (total[week] ?? 0) + 1;
    if (entry.grade !== 'again') right[week] = (right[week] ?? 0) + 1;
  }
  return { right, total };
}

/** Both paths on the same rows: the tallies' figures must equal the reference's. */
function expectSameFigures(log: Row[], days: StudyDays) {
  const tallies = [...tallyLog(log).values()];
  const activity = reviewsPerDayFromTallies(tallies, { ...days, days: 60 });
  const reference = referenceActivity(log, { ...days, days: 60 });
  expect(activity.days.map((d) => d.count)).toEqual(reference.count);
  expect(activity.days.map((d) => d.timeMs)).toEqual(reference.timeMs);
  const retention = trueRetentionFromTallies(tallies, { ...days, weeks: 8 });
  const referenceWeeks = referenceRetention(log, { ...days, weeks: 8 });
  expect(retention.weeks.map((w) => w.total)).toEqual(referenceWeeks.total);
  expect(retention.weeks.map((w) => w.right)).toEqual(referenceWeeks.right);
  return { activity, retention, reference };
}

/** A deterministic log: a row every 1–20 minutes from `from` to `to`, of every kind. */
function generatedLog(from: number, to: number, seed: number): Row[] {
  const rand = seededRandom(seed);
  const rows: Row[] = [];
  const phases = ['review', 'review', 'learning', 'relearning', null] as const;
  const grades: Grade[] = ['again', 'hard', 'good', 'easy'];
  for (let t = from; t < to; t += Math.ceil(rand() * 20 * MINUTE)) {
    // Long quiet spells, so some days have no review at all.
    if (Math.floor(t / (5 * DAY)) % 3 === 2 && rand() < 0.9) continue;
    rows.push(
      row(t, phases[Math.floor(rand() * phases.length)] ?? null, grades[Math.floor(rand() * 4)], {
        durationMs: rand() < 0.05 ? Number.NaN : Math.floor(rand() * 30_000),
        ...(rand() < 0.1 ? { source: 'exam' as const } : {}),
      }),
    );
  }
  return rows;
}

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe('log tallies', () => {
  it('sum each quarter hour: count, time spent, reviews of learned items and those right', () => {
    const t = Date.UTC(2026, 10, 23, 10); // 10:00, the start of bucket t / BUCKET_MS
    const tallies = tallyLog([
      row(t, 'review', 'good'),
      row(t + 14 * MINUTE + 59_999, 'review', 'again', { durationMs: 2500 }),
      row(t + 5 * MINUTE, 'review', 'good', { source: 'exam' }), // counted, not a review
      row(t + 6 * MINUTE, 'learning', 'good', { durationMs: Number.NaN }),
      row(t + 7 * MINUTE, null, 'easy', { durationMs: -5 }),
      row(t + 15 * MINUTE, 'review', 'hard'), // the next bucket
      row(Number.NaN, 'review'), // no time: left out
    ]);
    expect([...tallies.values()]).toEqual([
      { bucket: t / BUCKET_MS, count: 5, timeMs: 4500, reviews: 2, right: 1 },
      { bucket: t / BUCKET_MS + 1, count: 1, timeMs: 1000, reviews: 1, right: 1 },
    ]);
  });

  it('fold into an existing map: adding rows later gives what tallying them all at once gives', () => {
    const log = generatedLog(Date.UTC(2026, 10, 1), Date.UTC(2026, 10, 8), 7);
    const once = tallyLog(log);
    const twice = tallyLog(log.slice(300), tallyLog(log.slice(0, 300)));
    expect(twice).toEqual(once);
  });

  it('give the same figures as the rows in UTC, a row exactly on a day boundary included', () => {
    process.env.TZ = 'UTC';
    const now = Date.UTC(2026, 10, 23, 10);
    const dayStart = Date.UTC(2026, 10, 23, 4); // today's study day starts at 04:00
    const log = [
      row(dayStart, 'review', 'good', { durationMs: 3000 }), // today, first instant
      row(dayStart - 1, 'review', 'again', { durationMs: 5000 }), // yesterday, last instant
      row(now + HOUR, 'review', 'good', { durationMs: 7000 }), // after now but today: counted
      row(dayStart + DAY, 'review', 'good'), // tomorrow: left out
      row(dayStart - 7 * DAY, 'review', 'again'), // first instant of the week before
      ...generatedLog(now - 70 * DAY, now - HOUR, 1),
    ];
    const { activity, retention } = expectSameFigures(log, { now, dayStartHour: 4 });
    const today = activity.days.at(-1);
    const yesterday = activity.days.at(-2);
    expect(today?.day).toBe('2026-11-23');
    // The generated rows end an hour before now, so today's extra rows are visible on their own.
    const generatedToday = generatedLog(now - 70 * DAY, now - HOUR, 1).filter(
      (r) => r.reviewedAt >= dayStart,
    );
    expect(today?.count).toBe(2 + generatedToday.length);
    expect(yesterday?.count).toBeGreaterThan(0);
    expect(retention.weeks.at(-1)?.to).toBe('2026-11-23');
  });

  it.each([
    ['Europe/Berlin', 'spring: 02:00 CET → 03:00 CEST', Date.UTC(2026, 2, 29, 1)],
    ['Europe/Berlin', 'autumn: 03:00 CEST → 02:00 CET', Date.UTC(2026, 9, 25, 1)],
    ['America/New_York', 'spring: 02:00 EST → 03:00 EDT', Date.UTC(2026, 2, 8, 7)],
    ['Australia/Lord_Howe', 'April: 02:00 → 01:30, +11 → +10:30', Date.UTC(2026, 3, 4, 15)],
    ['Asia/Kathmandu', 'UTC+5:45 all year', Date.UTC(2026, 5, 1)],
  ])('give the same figures as the rows in %s (%s)', (tz, _label, change) => {
    process.env.TZ = tz;
    const log = generatedLog(change - 40 * DAY, change + 20 * DAY, change % 97);
    for (const dayStartHour of [0, 4]) {
      for (const now of [change + 3 * DAY + 7 * HOUR, change + 11 * DAY + 23 * HOUR]) {
        const calendar = studyCalendar(now, dayStartHour);
        // Rows on each side of the day starts around the change, and on them exactly.
        const edges = [-2, -1, 0, 1, 2, 3].flatMap((d) => {
          const s = calendar.start(calendar.dayOf(change) + d);
          return [row(s, 'review', 'good'), row(s - 1, 'review', 'again')];
        });
        expectSameFigures([...log, ...edges], { now, dayStartHour });
      }
    }
  });

  it('count a 23-hour study day whole across the spring change (Europe/Berlin)', () => {
    process.env.TZ = 'Europe/Berlin';
    // Study days from 04:00: Saturday 28 March 2026 starts 03:00 UTC (CET), Sunday's starts
    // 02:00 UTC (CEST), so Saturday's study day lasts 23 hours.
    const saturday = Date.UTC(2026, 2, 28, 3);
    const sunday = Date.UTC(2026, 2, 29, 2);
    const log = [
      row(saturday, 'review', 'good'),
      row(sunday - 1, 'review', 'again'), // 03:59:59.999 CEST on Sunday: still Saturday's day
      row(sunday, 'review', 'good'),
    ];
    const { activity, retention } = expectSameFigures(log, {
      now: Date.UTC(2026, 2, 29, 12),
      dayStartHour: 4,
    });
    expect(activity.days.slice(-2)).toEqual([
      { day: '2026-03-28', count: 2, timeMs: 2000 },
      { day: '2026-03-29', count: 1, timeMs: 1000 },
    ]);
    expect(activity.currentStreak).toBe(2);
    expect(retention.overall).toEqual({ right: 2, total: 3, rate: 2 / 3 });
  });
});
