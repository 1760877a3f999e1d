/**
 * The log tallies on fake-indexeddb (logTallies.ts): a version-6 database opens in version 7 with
 * its log intact and the first read builds the tallies, giving the figures the rows give; later
 * reads fold only the rows added since (seen in the marker); a deleted row (undo) makes the next
 * read rebuild; a restore (of a file of any format) or a reset clears them and the next read
 * rebuilds from the new log, even when a fold was under way; more than one chunk is read whole;
 * two reads at once store one consistent fold.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  reviewsPerDay,
  reviewsPerDayFromTallies,
  trueRetention,
  trueRetentionFromTallies,
} from '../../src/domain/progressStats';
import { studyDayStart } from '../../src/domain/queue';
import { parseBackup } from '../../src/schema/backup';
import {
  exportBackup,
  importBackup,
  resetProgress,
  serializeBackup,
} from '../../src/storage/backup';
import { logRowOf, type StudyDatabase } from '../../src/storage/db';
import { CHUNK, MARKER_KEY, readLogTallies, type TallyMarker } from '../../src/storage/logTallies';
import { recordGrade, undoGrade } from '../../src/storage/progress';
import { goodGrade } from '../domain/testScheduler';
import v6Fixture from './fixtures/v6.json';
import { olderBackupTexts, useTempDatabases, writeOldDatabase } from './tempDatabases';

// TZ=UTC (vitest.config.ts); study days start at 04:00.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const fresh = useTempDatabases('log-tallies');
const days = (now: number) => ({ now, dayStartHour: 4 });
const since = (now: number) => studyDayStart(now - 183 * DAY, 4);

/** The figures the progress worker posts, from the stored tallies, and the reads' report. */
async function figures(db: StudyDatabase, now: number) {
  const read = await readLogTallies(db, since(now));
  return {
    read,
    activity: reviewsPerDayFromTallies(read.tallies, { ...days(now), days: 182 }),
    retention: trueRetentionFromTallies(read.tallies, { ...days(now), weeks: 12 }),
  };
}

/** The same figures computed from the log's rows (the row versions of the statistics). */
async function fromRows(db: StudyDatabase, now: number) {
  const rows = await db.reviewLog.where('reviewedAt').aboveOrEqual(since(now)).toArray();
  return {
    activity: reviewsPerDay(rows, { ...days(now), days: 182 }),
    retention: trueRetention(rows, { ...days(now), weeks: 12 }),
  };
}

async function expectFiguresOfRows(db: StudyDatabase, now: number) {
  const got = await figures(db, now);
  const want = await fromRows(db, now);
  expect(got.activity).toEqual(want.activity);
  expect(got.retention).toEqual(want.retention);
  return got;
}

const marker = async (db: StudyDatabase) =>
  (await db.logTallies.get(MARKER_KEY)) as TallyMarker | undefined;

async function grades(db: StudyDatabase, at: number, n: number) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await recordGrade(db, goodGrade(`c${i}`, null, at + i)));
  return out;
}

describe('schema migration', () => {
  it('opens a version-6 database in version 7; the first read builds the tallies', async () => {
    const name = 'v6-fixture';
    await writeOldDatabase(name, 6, v6Fixture);

    const db = fresh(name);
    await db.open();
    expect(db.verno).toBe(7);
    const log = await db.reviewLog.orderBy('id').toArray();
    expect(log.map(({ id: _id, ...row }) => row)).toEqual(v6Fixture.reviewLog);
    expect(await db.examDates.count()).toBe(1);
    expect(await db.logTallies.count()).toBe(0); // no upgrade step: built at the first read

    const now = Date.UTC(2026, 9, 16, 12); // Friday 16 October 2026, 12:00
    const { read, activity, retention } = await expectFiguresOfRows(db, now);
    expect(read).toMatchObject({ folded: 7, rebuilt: true });
    expect(await marker(db)).toMatchObject({ maxId: 7, rows: 7 });
    // Hand-checked: the 04:00 row is Friday 9 October's, the one a millisecond before Thursday's.
    const byDay = new Map(activity.days.map((d) => [d.day, d]));
    expect(byDay.get('2026-10-01')).toEqual({ day: '2026-10-01', count: 3, timeMs: 40_100 });
    expect(byDay.get('2026-10-08')).toEqual({ day: '2026-10-08', count: 1, timeMs: 12_000 });
    expect(byDay.get('2026-10-09')).toEqual({ day: '2026-10-09', count: 1, timeMs: 8_000 });
    expect(byDay.get('2026-10-10')?.count).toBe(1); // the practice-exam answer counts here
    expect(byDay.get('2026-10-16')?.count).toBe(1);
    // Reviews of the learned item, the exam answer left out: Again and Good, then Hard.
    expect(retention.weeks.slice(-2).map((w) => [w.from, w.right, w.total])).toEqual([
      ['2026-10-03', 1, 2],
      ['2026-10-10', 1, 1],
    ]);
    expect(retention.overall).toEqual({ right: 2, total: 3, rate: 2 / 3 });
  });
});

describe('log tallies', () => {
  it('fold only the rows added since the last read', async () => {
    const db = fresh();
    const now = Date.UTC(2026, 10, 23, 10);
    await grades(db, now - 2 * DAY, 3);
    const first = await expectFiguresOfRows(db, now);
    expect(first.read).toMatchObject({ folded: 3, rebuilt: true });
    const built = await marker(db);
    expect(built).toMatchObject({ maxId: 3, rows: 3 });

    await grades(db, now - HOUR, 2);
    const second = await expectFiguresOfRows(db, now);
    expect(second.read).toMatchObject({ folded: 2, rebuilt: false });
    expect(await marker(db)).toEqual({ epoch: built?.epoch, maxId: 5, rows: 5 });
    expect(second.activity.days.at(-1)?.count).toBe(2);
    expect(second.activity.days.at(-3)?.count).toBe(3);

    const third = await expectFiguresOfRows(db, now);
    expect(third.read).toMatchObject({ folded: 0, rebuilt: false });
  });

  it('are rebuilt after a row was deleted (an undo), with the figures of the rows left', async () => {
    const db = fresh();
    const now = Date.UTC(2026, 10, 23, 10);
    const stored = await grades(db, now - HOUR, 4);
    await figures(db, now);
    const last = stored.at(-1);
    if (!last) throw new Error('no grade');
    await undoGrade(db, last);
    await grades(db, now - HOUR + 10, 1); // a new grade too: the count alone would still match 4
    const after = await expectFiguresOfRows(db, now);
    expect(after.read).toMatchObject({ folded: 4, rebuilt: true });
    expect(after.activity.days.at(-1)?.count).toBe(4);
    expect(await marker(db)).toMatchObject({ maxId: 5, rows: 4 });
  });

  it('are cleared by a restore and a reset, and rebuilt from the new log', async () => {
    const source = fresh();
    const now = Date.UTC(2026, 10, 23, 10);
    await grades(source, now - 3 * DAY, 2);
    const parsed = parseBackup(serializeBackup(await exportBackup(source, now)));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(JSON.stringify(parsed.backup)).not.toContain('logTallies');

    const db = fresh();
    await grades(db, now - HOUR, 3);
    await figures(db, now);
    const before = await marker(db);
    await importBackup(db, parsed.backup, 'replace');
    // Same ids (1 and 2) under the marker's maxId: only the cleared table tells the fold.
    expect(await db.logTallies.toArray()).toEqual([
      { epoch: expect.not.stringMatching(before?.epoch ?? '') as unknown, maxId: 0, rows: 0 },
    ]);
    const restored = await expectFiguresOfRows(db, now);
    expect(restored.read).toMatchObject({ folded: 2 });
    expect(restored.activity.days.at(-4)?.count).toBe(2);
    expect(restored.activity.days.at(-1)?.count).toBe(0);

    await importBackup(db, parsed.backup, 'merge'); // nothing new: the same reviews
    await grades(db, now - HOUR, 1);
    expect((await expectFiguresOfRows(db, now)).read).toMatchObject({ folded: 3 });

    await resetProgress(db);
    const reset = await expectFiguresOfRows(db, now);
    expect(reset.read).toMatchObject({ folded: 0 });
    expect(reset.activity.days.every((d) => d.count === 0)).toBe(true);
  });

  it('read more than one chunk whole, in a rebuild and in a fold', async () => {
    const db = fresh();
    const now = Date.UTC(2026, 10, 23, 10);
    const rows = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) =>
        logRowOf(goodGrade(`c${i % 50}`, null, from + i * 60_000)),
      );
    await db.reviewLog.bulkAdd(rows(CHUNK + 5, now - 20 * DAY));
    const first = await expectFiguresOfRows(db, now);
    expect(first.read).toMatchObject({ folded: CHUNK + 5, rebuilt: true });
    await db.reviewLog.bulkAdd(rows(CHUNK + 2, now - 10 * DAY)); // a full first chunk of new rows
    const second = await expectFiguresOfRows(db, now);
    expect(second.read).toMatchObject({ folded: CHUNK + 2, rebuilt: false });
    await grades(db, now - 20 * DAY + 30_000, 1); // into a bucket and a day row already stored
    const third = await expectFiguresOfRows(db, now);
    expect(third.read).toMatchObject({ folded: 1, rebuilt: false });
    expect(await marker(db)).toMatchObject({ rows: 2 * CHUNK + 8 });
  });

  it('store one consistent fold when two reads run at once', async () => {
    const db = fresh();
    const now = Date.UTC(2026, 10, 23, 10);
    await grades(db, now - DAY, 3);
    const [a, b] = await Promise.all([figures(db, now), figures(db, now)]);
    expect(a.activity).toEqual(b.activity);
    expect(await marker(db)).toMatchObject({ maxId: 3, rows: 3 });
    expect((await expectFiguresOfRows(db, now)).read).toMatchObject({ folded: 0 });
  });

  it('are rebuilt after restoring a format-1 or -2 file too', async () => {
    const source = fresh();
    const now = Date.UTC(2026, 10, 23, 10);
    await grades(source, now - 2 * DAY, 2);
    for (const text of olderBackupTexts(await exportBackup(source, now))) {
      const parsed = parseBackup(text);
      if (!parsed.ok) throw new Error(parsed.error);
      const db = fresh();
      await grades(db, now - HOUR, 2); // ids 1 and 2, as in the file
      await figures(db, now);
      await importBackup(db, parsed.backup, 'replace');
      const restored = await expectFiguresOfRows(db, now);
      expect(restored.read).toMatchObject({ folded: 2 });
      expect(restored.activity.days.at(-3)?.count).toBe(2);
      expect(restored.activity.days.at(-1)?.count).toBe(0);
    }
  });

  it('are not stored by a fold that a restore overtook (the same ids, other reviews)', async () => {
    const source = fresh();
    const now = Date.UTC(2026, 10, 23, 10);
    await grades(source, now - 5 * DAY, 3);
    const parsed = parseBackup(serializeBackup(await exportBackup(source, now)));
    if (!parsed.ok) throw new Error(parsed.error);
    const db = fresh();
    await grades(db, now - HOUR, 3); // ids 1–3, as in the file
    // The fold reads the log before the restore and writes after it.
    const [stale] = await Promise.all([
      figures(db, now),
      importBackup(db, parsed.backup, 'replace'),
    ]);
    expect(stale.activity.days.at(-1)?.count).toBe(3);
    const after = await expectFiguresOfRows(db, now);
    expect(after.activity.days.at(-6)?.count).toBe(3);
    expect(after.activity.days.at(-1)?.count).toBe(0);
  });

  it('are rebuilt when a stored day row does not decode', async () => {
    const db = fresh();
    const now = Date.UTC(2026, 10, 23, 10);
    await grades(db, now - HOUR, 2);
    await figures(db, now);
    const day = Math.floor((now - HOUR) / DAY);
    await db.logTallies.put([1, 2, 3], day); // not whole tallies
    expect((await expectFiguresOfRows(db, now)).read).toMatchObject({ rebuilt: true });
  });
});
