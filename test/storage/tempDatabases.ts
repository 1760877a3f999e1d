import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { SCHEMA, StudyDatabase } from '../../src/storage/db';
import { packEntryOf, packOf, PACK_COUNT } from '../../src/storage/packs';

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

/**
 * Writes a database as version `version` of the app left it (the schema history up to it),
 * holding `fixture`'s rows table by table (keys starting with `_` are notes, not tables) and the
 * memory packs built from its memory rows, then closes it: the start of a migration test.
 */
export async function writeOldDatabase(
  name: string,
  version: keyof typeof SCHEMA,
  fixture: Record<string, unknown>,
): Promise<void> {
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) old.version(v).stores(SCHEMA[v as keyof typeof SCHEMA]);
  for (const [table, rows] of Object.entries(fixture))
    if (!table.startsWith('_')) await old.table(table).bulkPut(rows as unknown[]);
  const memory = (fixture.memory ?? []) as { itemId: string }[];
  const packs = Array.from({ length: PACK_COUNT }, () => [] as unknown[]);
  for (const row of memory) packs[packOf(row.itemId)]?.push(packEntryOf(row as never));
  await old.table('memoryPacks').bulkPut(
    packs,
    packs.map((_, i) => i),
  );
  if (old.verno !== version) throw new Error(`fixture opened as v${String(old.verno)}`);
  old.close();
}

/** A format-3 backup as the older formats wrote it: version 2 (no exam dates), version 1 (no exams). */
export function olderBackupTexts(v3: Record<string, unknown>): string[] {
  const { examDates: _dates, ...rest } = v3;
  return [
    JSON.stringify({ ...rest, version: 2 }),
    JSON.stringify({ ...rest, version: 1, examAttempts: undefined, examAnswers: undefined }),
  ];
}
