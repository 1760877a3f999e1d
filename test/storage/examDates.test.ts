/**
 * Exam dates on fake-indexeddb: set, replace, clear, seen by another tab; carried by backups
 * (format 3) while format-1 and -2 files still restore; cleared by a reset. A version-5 database
 * opens in version 6 with its data intact, and its attempts without `predicted` still load.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { examAttempt } from '../../src/schema/examAttempt';
import { parseBackup } from '../../src/schema/backup';
import {
  exportBackup,
  importBackup,
  resetProgress,
  serializeBackup,
} from '../../src/storage/backup';
import { clearExamDate, loadExamDates, saveExamDate } from '../../src/storage/examDates';
import { listAttempts, loadAttempt } from '../../src/storage/examAttempts';
import { loadProgress, recordGrade } from '../../src/storage/progress';
import { watchOtherConnections } from '../../src/storage/sync';
import { goodGrade } from '../domain/testScheduler';
import v5Fixture from './fixtures/v5.json';
import { olderBackupTexts, useTempDatabases, writeOldDatabase } from './tempDatabases';

const now = Date.UTC(2026, 10, 30, 9);
const fresh = useTempDatabases('exam-dates');
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const row = (examId: string, date: string, setAt = now) => ({ examId, date, setAt });

describe('exam dates', () => {
  it('sets, replaces and clears one exam at a time', async () => {
    const db = fresh();
    expect(await loadExamDates(db)).toEqual(new Map());
    await saveExamDate(db, row('DVA-C02', '2027-01-15'));
    await saveExamDate(db, row('SAA-C03', '2027-02-01'));
    await saveExamDate(db, row('DVA-C02', '2027-01-20', now + 1));
    const dates = await loadExamDates(db);
    expect(dates.get('DVA-C02')).toEqual(row('DVA-C02', '2027-01-20', now + 1));
    expect(dates.get('SAA-C03')?.date).toBe('2027-02-01');
    await clearExamDate(db, 'DVA-C02');
    await clearExamDate(db, 'CLF-C02'); // never set: nothing happens
    expect([...(await loadExamDates(db)).keys()]).toEqual(['SAA-C03']);
  });

  it('refuses a date that is not a calendar date', async () => {
    const db = fresh();
    await expect(saveExamDate(db, row('DVA-C02', '2027-02-30'))).rejects.toThrow();
    await expect(saveExamDate(db, row('DVA-C02', '15/01/2027'))).rejects.toThrow();
    expect(await db.examDates.count()).toBe(0);
  });

  it('tells other tabs when a date changes', async () => {
    const mine = fresh('exam-dates-tabs');
    const theirs = fresh('exam-dates-tabs');
    await Promise.all([mine.open(), theirs.open()]);
    let changes = 0;
    const stop = watchOtherConnections(mine, () => changes++);
    await settle();
    await saveExamDate(theirs, row('DVA-C02', '2027-01-15'));
    await settle();
    expect(changes).toBe(1);
    await clearExamDate(theirs, 'DVA-C02');
    await settle();
    expect(changes).toBe(2);
    stop();
  });
});

describe('exam dates in backups', () => {
  it('carry dates through a format-3 file; replace swaps them, merge keeps the later per exam', async () => {
    const source = fresh();
    await saveExamDate(source, row('DVA-C02', '2027-01-15', now + 10));
    await saveExamDate(source, row('SAA-C03', '2027-03-01', now));
    const parsed = parseBackup(serializeBackup(await exportBackup(source, now)));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.version).toBe(3);
    expect(parsed.summary.examDates).toBe(2);

    const target = fresh();
    await saveExamDate(target, row('DVA-C02', '2027-01-01', now)); // older than the file's
    await saveExamDate(target, row('SAA-C03', '2027-04-01', now + 20)); // newer than the file's
    await saveExamDate(target, row('CLF-C02', '2027-05-01', now));
    await importBackup(target, parsed.backup, 'merge');
    const merged = await loadExamDates(target);
    expect(merged.get('DVA-C02')?.date).toBe('2027-01-15');
    expect(merged.get('SAA-C03')?.date).toBe('2027-04-01');
    expect(merged.get('CLF-C02')?.date).toBe('2027-05-01');

    await importBackup(target, parsed.backup, 'replace');
    const replaced = await loadExamDates(target);
    expect([...replaced.values()].map((d) => d.date).sort()).toEqual(['2027-01-15', '2027-03-01']);
  });

  it('still restores format-2 and format-1 files (no exam dates)', async () => {
    const source = fresh();
    await recordGrade(source, goodGrade('card-a', null, now));
    for (const text of olderBackupTexts(await exportBackup(source, now))) {
      const parsed = parseBackup(text);
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.summary).toMatchObject({ reviewLogEntries: 1, examDates: 0 });
      const target = fresh();
      await saveExamDate(target, row('DVA-C02', '2027-01-15'));
      await importBackup(target, parsed.backup, 'replace');
      expect(await target.reviewLog.count()).toBe(1);
      expect(await target.examDates.count()).toBe(0);
    }
  });

  it('rejects a file giving one exam two dates, or a date that is not one', () => {
    const base = { format: 'lambda-exam-prep-backup', version: 3, exportedAt: now };
    const file = (examDates: unknown[]) =>
      JSON.stringify({
        ...base,
        schemaVersion: 6,
        memory: [],
        reviewLog: [],
        settings: null,
        extras: {},
        examDates,
      });
    const twice = parseBackup(file([row('DVA-C02', '2027-01-15'), row('DVA-C02', '2027-01-16')]));
    expect(twice.ok ? '' : twice.error).toMatch(/an exam has two dates/);
    const bad = parseBackup(file([row('DVA-C02', '2027-13-01')]));
    expect(bad.ok ? '' : bad.error).toMatch(/examDates\[0\]\.date/);
  });

  it("carry an attempt's readiness snapshot (predicted) through a file", async () => {
    const source = fresh();
    const predicted = {
      overall: { mean: 0.6, low: 0.45, high: 0.75 },
      domains: [{ domain: 1, mean: 0.6 }],
      enoughData: false,
    };
    const attempt = { ...v5Fixture.examAttempts[0], id: 'with-prediction', predicted };
    await source.examAttempts.add(examAttempt.parse(attempt));
    const parsed = parseBackup(serializeBackup(await exportBackup(source, now)));
    if (!parsed.ok) throw new Error(parsed.error);
    const target = fresh();
    await importBackup(target, parsed.backup, 'replace');
    expect((await target.examAttempts.get('with-prediction'))?.predicted).toEqual(predicted);
  });

  it('are cleared by a reset', async () => {
    const db = fresh();
    await saveExamDate(db, row('DVA-C02', '2027-01-15'));
    await resetProgress(db);
    expect(await db.examDates.count()).toBe(0);
  });
});

describe('schema migration', () => {
  it('opens a version-5 database in version 6 (now 7) with its data intact', async () => {
    const name = 'v5-fixture';
    await writeOldDatabase(name, 5, v5Fixture);

    const db = fresh(name);
    const loaded = await loadProgress(db, (v5Fixture.reviewLog[0]?.reviewedAt ?? 0) + 3_600_000);
    expect(db.verno).toBe(7);
    expect([...loaded.studiedIds].sort()).toEqual(v5Fixture.memory.map((m) => m.itemId).sort());
    expect(await db.reviewLog.count()).toBe(v5Fixture.reviewLog.length);
    expect(loaded.settings.examAnswersAsReviews).toBe(false);
    expect(loaded.lastBackupAt).toBe(1790900000000);

    // The attempt stored without `predicted` loads, validates, and is backed up as it was.
    const attempts = await listAttempts(db, 'DVA-C02');
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.predicted).toBeUndefined();
    expect(examAttempt.safeParse(attempts[0]).success).toBe(true);
    expect(Object.keys((await loadAttempt(db, 'v5-attempt'))?.answers ?? {})).toHaveLength(2);
    expect(await loadExamDates(db)).toEqual(new Map());
    const parsed = parseBackup(serializeBackup(await exportBackup(db, now)));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.examAttempts).toEqual(v5Fixture.examAttempts);

    await saveExamDate(db, row('DVA-C02', '2027-01-15'));
    expect((await loadExamDates(db)).get('DVA-C02')?.date).toBe('2027-01-15');
  });
});
