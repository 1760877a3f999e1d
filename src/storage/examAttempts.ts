/**
 * Practice-exam attempts, in IndexedDB:
 *
 *   examAttempts  one row per attempt: the drawn questions (with option orders and titles), the
 *                 deadline, the question on screen, and once submitted the frozen result
 *   examAnswers   one row per question the learner touched: choice, flag, time spent
 *
 * Every answer and flag is written as it is given (one small transaction), so a reload, a
 * closed tab or a killed app resumes where the learner was. Submitting is one transaction: the
 * attempt's result and, when exam answers count as reviews, each answered question's new
 * memory state and log row (`source: 'exam'`), so either all of it lands or none.
 */
import type { ExamAnswer, ExamAttempt, StoredAttemptResult } from '../schema/examAttempt';
import type { Grade, ItemKind, MemoryState, ReviewLogEntry } from '../schema/study';
import { logRowOf, type StudyDatabase } from './db';
import { memoryRowOf, restoreMemoryState } from './memoryRows';
import { writeMemoryRow } from './packs';
import { markChanged } from './sync';

/** An attempt with its answers, keyed by question id. */
export interface StoredAttempt {
  attempt: ExamAttempt;
  answers: Record<string, ExamAnswer>;
}

export async function createAttempt(db: StudyDatabase, attempt: ExamAttempt): Promise<void> {
  await db.examAttempts.add(attempt);
}

export async function loadAttempt(db: StudyDatabase, id: string): Promise<StoredAttempt | null> {
  return db.transaction('r', db.examAttempts, db.examAnswers, async () => {
    const attempt = await db.examAttempts.get(id);
    if (!attempt) return null;
    const rows = await db.examAnswers.where('attemptId').equals(id).toArray();
    return { attempt, answers: Object.fromEntries(rows.map((r) => [r.questionId, r])) };
  });
}

/** Every attempt at an exam, newest first (answers not included). */
export async function listAttempts(db: StudyDatabase, examId: string): Promise<ExamAttempt[]> {
  const rows = await db.examAttempts
    .where('[examId+createdAt]')
    .between([examId, -Infinity], [examId, Infinity])
    .toArray();
  return rows.reverse();
}

/** Writes one question's answer, flag and time (the learner's latest word on it). */
export async function saveAnswer(db: StudyDatabase, answer: ExamAnswer): Promise<void> {
  await db.examAnswers.put(answer);
}

/** Remembers the question on screen, to resume at. */
export async function saveCurrent(db: StudyDatabase, id: string, current: number): Promise<void> {
  await db.examAttempts.update(id, { current });
}

/** Ids of questions reviewed or answered in a practice exam before: "seen". */
export async function seenQuestionIds(db: StudyDatabase): Promise<Set<string>> {
  return db.transaction('r', db.memory, db.examAnswers, async () => {
    const [studied, answered] = await Promise.all([
      db.memory.toCollection().primaryKeys(),
      db.examAnswers.toArray(),
    ]);
    return new Set([
      ...studied,
      ...answered.filter((a) => a.selected.length > 0).map((a) => a.questionId),
    ]);
  });
}

/** One answered question to count as a review when the attempt is submitted. */
export interface ExamGrade {
  itemId: string;
  kind: ItemKind;
  grade: Grade;
  durationMs: number;
}

export interface Submission {
  submittedAt: number;
  endReason: 'submitted' | 'timeout';
  result: StoredAttemptResult;
  /** Answers to record as reviews (empty when the learner turned that off). */
  grades: readonly ExamGrade[];
  /** Schedules a grade from the item's stored state. */
  schedule: (current: MemoryState | null, at: number, grade: Grade, itemId: string) => MemoryState;
}

/**
 * Submits an attempt in one transaction: its frozen result, and each graded answer as a review.
 * Submitting twice (two tabs, a time-out racing the button) keeps the first: returns false.
 */
export async function submitAttempt(
  db: StudyDatabase,
  id: string,
  submission: Submission,
): Promise<boolean> {
  const { submittedAt, endReason, result, grades, schedule } = submission;
  return db.transaction(
    'rw',
    [db.examAttempts, db.memory, db.memoryPacks, db.reviewLog, db.settings],
    async () => {
      const attempt = await db.examAttempts.get(id);
      if (!attempt || attempt.submittedAt !== null) return false;
      await db.examAttempts.update(id, { submittedAt, endReason, result });
      for (const g of grades) {
        const stored = await db.memory.get(g.itemId);
        const before = stored ? restoreMemoryState(stored) : null;
        const after = schedule(before, submittedAt, g.grade, g.itemId);
        const entry: ReviewLogEntry = {
          itemId: g.itemId,
          kind: g.kind,
          reviewedAt: submittedAt,
          grade: g.grade,
          before,
          after,
          durationMs: g.durationMs,
          source: 'exam',
        };
        await writeMemoryRow(db, g.itemId, memoryRowOf(g.itemId, g.kind, after));
        await db.reviewLog.add(logRowOf(entry));
      }
      await markChanged(db);
      return true;
    },
  );
}

/** Deletes an attempt that was never submitted (the learner abandons it). */
export async function discardAttempt(db: StudyDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.examAttempts, db.examAnswers, async () => {
    const attempt = await db.examAttempts.get(id);
    if (!attempt || attempt.submittedAt !== null) return;
    await db.examAttempts.delete(id);
    await db.examAnswers.where('attemptId').equals(id).delete();
  });
}
