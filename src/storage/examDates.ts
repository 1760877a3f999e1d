/**
 * Exam dates, in IndexedDB (table `examDates`, one row per exam, keyed by exam id). Each write
 * stamps the change marker (sync.ts) in the same transaction, so other tabs read the dates again.
 */
import { examDateRow, type ExamDateRow } from '../schema/examDate';
import type { StudyDatabase } from './db';
import { markChanged } from './sync';

/** Every stored exam date, exam id → row. Rows that no longer validate are left out. */
export async function loadExamDates(db: StudyDatabase): Promise<Map<string, ExamDateRow>> {
  const rows = await db.examDates.toArray();
  const valid = rows.filter((row) => examDateRow.safeParse(row).success);
  return new Map(valid.map((row) => [row.examId, row]));
}

/** Sets (or replaces) one exam's date. */
export async function saveExamDate(db: StudyDatabase, row: ExamDateRow): Promise<void> {
  const valid = examDateRow.parse(row);
  await db.transaction('rw', db.examDates, db.settings, async () => {
    await db.examDates.put(valid);
    await markChanged(db);
  });
}

/** Clears one exam's date (nothing happens if it had none). */
export async function clearExamDate(db: StudyDatabase, examId: string): Promise<void> {
  await db.transaction('rw', db.examDates, db.settings, async () => {
    await db.examDates.delete(examId);
    await markChanged(db);
  });
}
