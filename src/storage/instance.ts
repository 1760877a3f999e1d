/**
 * The app's one database connection: opened on first use, and let go of when another tab needs
 * the database for a newer version of the app (or the site's data is being deleted).
 */
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

/** The stored data is newer than this copy of the app (an older cached version is running). */
export function isVersionError(error: unknown): boolean {
  return error instanceof Error && error.name === 'VersionError';
}

/** Why this tab must let go: a newer app version upgrades the database, or it is being deleted. */
export type LetGoReason = 'outdated' | 'cleared';

export interface VersionChangeHandlers {
  /** Told at once, so the screen can stop offering work that can't be saved. */
  onLetGo: (reason: LetGoReason) => void;
  /** Work to finish before the connection closes (queued writes); waited for up to `graceMs`. */
  finish: () => Promise<void>;
  /** The connection is closed. */
  onClosed: () => void;
  graceMs?: number;
}

/**
 * Handles another tab's request for the database: reports it, finishes the queued writes, then
 * closes the connection. Returning false stops Dexie's default handler, which would close the
 * database at once, before the queued writes land.
 */
export function handleVersionChange(target: StudyDatabase, handlers: VersionChangeHandlers): void {
  target.on('versionchange', (event: IDBVersionChangeEvent) => {
    // No new version: the database is being deleted (site data cleared), not upgraded.
    handlers.onLetGo(event.newVersion === null ? 'cleared' : 'outdated');
    const grace = new Promise<void>((r) => setTimeout(r, handlers.graceMs ?? 3000));
    void Promise.race([handlers.finish(), grace]).then(() => {
      target.close();
      if (db === target) db = null;
      handlers.onClosed();
    });
    return false;
  });
}
