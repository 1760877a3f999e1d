/**
 * Practice-exam attempts on fake-indexeddb: answers written as they are given and read back on
 * resume, one submission (with the answers counted as reviews, source "exam") in one
 * transaction, "seen" questions, and attempts carried by backups; a version-4 database upgrades
 * to version 5 with its data intact, and a version-1 backup file still restores.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/schema/backup';
import type { ExamAttempt, StoredAttemptResult } from '../../src/schema/examAttempt';
import { exportBackup, importBackup, serializeBackup } from '../../src/storage/backup';
import {
  createAttempt,
  discardAttempt,
  listAttempts,
  loadAttempt,
  saveAnswer,
  saveCurrent,
  seenQuestionIds,
  submitAttempt,
} from '../../src/storage/examAttempts';
import { loadProgress, recordGrade } from '../../src/storage/progress';
import { goodGrade, testScheduler } from '../domain/testScheduler';
import v4Fixture from './fixtures/v4.json';
import { useTempDatabases, writeOldDatabase } from './tempDatabases';

const now = Date.UTC(2026, 10, 30, 9);
const scheduler = testScheduler();
const fresh = useTempDatabases('exam-attempts');

const attempt = (id: string, createdAt = now, examId = 'DVA-C02'): ExamAttempt => ({
  id,
  examId,
  mode: 'exam',
  createdAt,
  deadline: createdAt + 40 * 60_000,
  request: { length: 2, domain: null, onlyUnseen: false },
  questions: [
    { id: 'q-a', title: 'Question A', optionOrder: [2, 0, 1, 3] },
    { id: 'q-b', title: 'Question B', optionOrder: [0, 1, 2, 3, 4] },
  ],
  unseen: ['q-a', 'q-b'],
  current: 0,
  submittedAt: null,
  endReason: null,
  result: null,
  retakeOf: null,
});

const tally = (correct: number, total: number) => ({ correct, total });
const result: StoredAttemptResult = {
  ...tally(1, 2),
  percent: 50,
  passedEstimate: false,
  unanswered: 0,
  byDomain: [{ ...tally(1, 2), domain: 1, name: 'Development' }],
  byTask: [{ ...tally(1, 2), task: 'DVA-C02:1.2', title: 'Develop code for Lambda' }],
  byDifficulty: { easy: tally(0, 0), medium: tally(1, 2), hard: tally(0, 0) },
  unseenCorrect: 1,
  unseenTotal: 2,
  perQuestion: [],
  timeMs: 90_000,
  missing: [],
};

const answer = (attemptId: string, questionId: string, selected: number[], flagged = false) => ({
  attemptId,
  questionId,
  selected,
  flagged,
  checked: false,
  timeMs: 30_000,
});

describe('practice-exam attempts', () => {
  it('keeps every answer, flag and the position, and reads them back to resume', async () => {
    const db = fresh();
    await createAttempt(db, attempt('t1'));
    await saveAnswer(db, answer('t1', 'q-a', [1]));
    await saveAnswer(db, answer('t1', 'q-b', [], true));
    await saveAnswer(db, answer('t1', 'q-a', [2])); // changed their mind
    await saveCurrent(db, 't1', 1);
    const stored = await loadAttempt(db, 't1');
    expect(stored?.attempt.current).toBe(1);
    expect(stored?.answers['q-a']?.selected).toEqual([2]);
    expect(stored?.answers['q-b']).toMatchObject({ selected: [], flagged: true });
    expect(await loadAttempt(db, 'nope')).toBeNull();
  });

  it('lists attempts per exam, newest first', async () => {
    const db = fresh();
    await createAttempt(db, attempt('old', now - 86_400_000));
    await createAttempt(db, attempt('new', now));
    await createAttempt(db, attempt('other', now, 'SAA-C03'));
    expect((await listAttempts(db, 'DVA-C02')).map((a) => a.id)).toEqual(['new', 'old']);
  });

  it('submits once: the frozen result and each graded answer as an exam review, together', async () => {
    const db = fresh();
    const first = goodGrade('q-a', null, now - 86_400_000);
    await recordGrade(db, first);
    await createAttempt(db, attempt('t1'));
    const submission = {
      submittedAt: now,
      endReason: 'submitted' as const,
      result,
      grades: [
        { itemId: 'q-a', kind: 'question' as const, grade: 'again' as const, durationMs: 30_000 },
        { itemId: 'q-b', kind: 'question' as const, grade: 'good' as const, durationMs: 20_000 },
      ],
      schedule: scheduler.grade,
    };
    expect(await submitAttempt(db, 't1', submission)).toBe(true);
    const log = await db.reviewLog.orderBy('id').toArray();
    expect(log.map((r) => [r.itemId, r.grade, r.source])).toEqual([
      ['q-a', 'good', undefined],
      ['q-a', 'again', 'exam'],
      ['q-b', 'good', 'exam'],
    ]);
    // Scheduled from the stored state, as a review would be.
    expect(log[1]?.before).toEqual(first.after);
    expect(await db.memory.get('q-a')).toMatchObject(scheduler.grade(first.after, now, 'again'));
    expect((await db.examAttempts.get('t1'))?.result).toEqual(result);
    // A second submission (another tab, the timer racing the button) changes nothing.
    expect(await submitAttempt(db, 't1', { ...submission, endReason: 'timeout' })).toBe(false);
    expect(await db.reviewLog.count()).toBe(3);
    expect((await db.examAttempts.get('t1'))?.endReason).toBe('submitted');
    // The packs follow the rows (the queue reads them).
    expect((await loadProgress(db, now)).studiedIds).toEqual(new Set(['q-a', 'q-b']));
  });

  it('counts a question as seen once reviewed or answered in an exam, not when only flagged', async () => {
    const db = fresh();
    await recordGrade(db, goodGrade('card-x', null, now));
    await createAttempt(db, attempt('t1'));
    await saveAnswer(db, answer('t1', 'q-a', [0]));
    await saveAnswer(db, answer('t1', 'q-b', [], true));
    expect(await seenQuestionIds(db)).toEqual(new Set(['card-x', 'q-a']));
  });

  it('discards an attempt never submitted, with its answers; a submitted one stays', async () => {
    const db = fresh();
    await createAttempt(db, attempt('t1'));
    await saveAnswer(db, answer('t1', 'q-a', [0]));
    await discardAttempt(db, 't1');
    expect(await db.examAttempts.count()).toBe(0);
    expect(await db.examAnswers.count()).toBe(0);
  });
});

describe('attempts in backups', () => {
  it('carry attempts and answers through a file; merge adds the ones missing, replace swaps them', async () => {
    const source = fresh();
    await createAttempt(source, {
      ...attempt('t1'),
      submittedAt: now,
      endReason: 'submitted',
      result,
    });
    await saveAnswer(source, answer('t1', 'q-a', [1], true));
    const parsed = parseBackup(serializeBackup(await exportBackup(source, now)));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.version).toBe(3);
    expect(parsed.summary.examAttempts).toBe(1);

    const target = fresh();
    await createAttempt(target, attempt('mine'));
    await importBackup(target, parsed.backup, 'merge');
    expect((await target.examAttempts.toArray()).map((a) => a.id).sort()).toEqual(['mine', 't1']);
    expect((await loadAttempt(target, 't1'))?.answers['q-a']?.flagged).toBe(true);
    await importBackup(target, parsed.backup, 'replace');
    expect((await target.examAttempts.toArray()).map((a) => a.id)).toEqual(['t1']);
  });

  it('still restores a version-1 backup file (no attempts, no review sources)', async () => {
    const source = fresh();
    await recordGrade(source, goodGrade('card-a', null, now));
    const { examAttempts: _a, examAnswers: _b, ...v2 } = await exportBackup(source, now);
    const v1Text = JSON.stringify({ ...v2, version: 1 });
    const parsed = parseBackup(v1Text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.summary).toMatchObject({ reviewLogEntries: 1, examAttempts: 0 });
    const target = fresh();
    await createAttempt(target, attempt('mine'));
    await importBackup(target, parsed.backup, 'replace');
    expect(await target.reviewLog.count()).toBe(1);
    expect(await target.examAttempts.count()).toBe(0);
  });
});

describe('schema migration', () => {
  it('opens a version-4 database with its data intact, upgraded to the current version', async () => {
    const name = 'v4-fixture';
    await writeOldDatabase(name, 4, v4Fixture);

    const db = fresh(name);
    const loaded = await loadProgress(db, (v4Fixture.reviewLog[0]?.reviewedAt ?? 0) + 3_600_000);
    expect(db.verno).toBe(7);
    expect([...loaded.studiedIds].sort()).toEqual(v4Fixture.memory.map((m) => m.itemId).sort());
    expect(await db.reviewLog.count()).toBe(v4Fixture.reviewLog.length);
    expect(loaded.settings.newPerDay).toBe(12);
    // A setting added in v5 takes its default for data stored before it.
    expect(loaded.settings.examAnswersAsReviews).toBe(true);
    expect(loaded.lastBackupAt).toBe(1790900000000);
    expect(await db.examAttempts.count()).toBe(0);
    await createAttempt(db, attempt('first'));
    expect(await listAttempts(db, 'DVA-C02')).toHaveLength(1);
  });
});
