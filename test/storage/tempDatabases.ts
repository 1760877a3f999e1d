import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { StudyDatabase } from '../../src/storage/db';

/**
 * Study databases for one test file: each call gives a new one (or another connection to
 * `name`), and every one is closed and deleted after each test.
 */
export function useTempDatabases(prefix: string): (name?: string) => StudyDatabase {
  let n = 0;
  const opened: StudyDatabase[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return (name = `${prefix}-${String(++n)}`) => {
    const db = new StudyDatabase(name);
    opened.push(db);
    return db;
  };
}
