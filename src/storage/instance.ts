/** The app's one database connection, opened on first use. */
import { StudyDatabase } from './db';

let db: StudyDatabase | null = null;

export async function openStudyDatabase(): Promise<StudyDatabase> {
  if (!db) {
    const candidate = new StudyDatabase();
    await candidate.open();
    db = candidate;
  }
  return db;
}

/** Closes the connection (tests delete the database between cases). */
export function closeStudyDatabase(): void {
  db?.close();
  db = null;
}
