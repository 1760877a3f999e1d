import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { goodGrade, testScheduler } from '../domain/testScheduler';
import type { MemoryState, ReviewLogEntry } from '../../src/schema/study';
import { exportBackup, importBackup, resetProgress } from '../../src/storage/backup';
import type { StudyDatabase } from '../../src/storage/db';
import { PACK_COUNT, packOf, unpackAll } from '../../src/storage/packs';
import {
  loadProgress,
  recordGrade,
  undoGrade,
  writeBeforeLeaving,
} from '../../src/storage/progress';
import { restoreMemoryState } from '../../src/storage/memoryRows';
import { useTempDatabases } from './tempDatabases';

const now = Date.UTC(2026, 10, 23, 10);
const DAY = 86_400_000;
const scheduler = testScheduler();
const fresh = useTempDatabases('packs');

/** What the memory table says, item by item, sorted: the truth packs must agree with. */
async function fromRows(db: StudyDatabase) {
  const rows = await db.memory.toArray();
  return rows
    .map((row) => ({ itemId: row.itemId, state: restoreMemoryState(row) }))
    .sort((a, b) => a.itemId.localeCompare(b.itemId));
}

async function fromPacks(db: StudyDatabase) {
  const entries = unpackAll(await db.memoryPacks.toArray());
  return entries?.sort((a, b) => a.itemId.localeCompare(b.itemId)) ?? null;
}

/** Loads progress and tells whether the load had to rebuild the packs from the memory table. */
async function load(db: StudyDatabase, at = now) {
  const readRows = vi.spyOn(db.memory, 'toArray');
  const progress = await loadProgress(db, at);
  const rebuilt = readRows.mock.calls.length > 0;
  readRows.mockRestore();
  return { progress, rebuilt };
}

describe('memory packs', () => {
  it('are built at the first load and read, not rebuilt, after that', async () => {
    const db = fresh();
    await db.memory.bulkPut([
      { itemId: 'a', kind: 'card', ...scheduler.grade(null, now - 3 * DAY, 'good') },
      { itemId: 'b', kind: 'question', ...scheduler.grade(null, now - DAY, 'easy') },
    ]);
    const first = await load(db);
    expect(first.rebuilt).toBe(true);
    expect(await db.memoryPacks.count()).toBe(PACK_COUNT);
    const second = await load(db);
    expect(second.rebuilt).toBe(false);
    expect(second.progress).toEqual(first.progress);
    expect(await fromPacks(db)).toEqual(await fromRows(db));
  });

  it('follow every grade and undo in the same transaction', async () => {
    const db = fresh();
    await load(db); // builds the (empty) packs
    const states = new Map<string, MemoryState | null>();
    const done: (ReviewLogEntry & { id: number })[] = [];
    // 40 grades over 12 items, an undo after every fifth: more items than packs would be needed
    // to fill them all, but several items share packs.
    for (let i = 0; i < 40; i++) {
      const itemId = `item-${String((i * 7) % 12)}`;
      const entry = goodGrade(itemId, states.get(itemId) ?? null, now + i * 60_000);
      const { id } = await recordGrade(db, entry);
      states.set(itemId, entry.after);
      done.push({ ...entry, id });
      if (i % 5 === 4) {
        const last = done.pop();
        if (!last) throw new Error('nothing to undo');
        await undoGrade(db, last);
        states.set(last.itemId, last.before);
      }
    }
    expect(await fromPacks(db)).toEqual(await fromRows(db));
    const { progress, rebuilt } = await load(db, now + 40 * 60_000);
    expect(rebuilt).toBe(false);
    expect(progress.studiedIds.size).toBe([...states.values()].filter(Boolean).length);
  });

  it('that a leave-now write could not patch are dropped, and rebuilt from the rows at the next load', async () => {
    const db = fresh();
    await recordGrade(db, goodGrade('kept', null, now));
    await load(db);
    const entry = goodGrade('left-in-a-hurry', null, now + 1000);
    await new Promise<void>((resolve, reject) => {
      writeBeforeLeaving(db, [{ kind: 'grade', entry }], {
        onAdded: () => undefined,
        onFailed: reject,
      });
      db.backendDB().transaction('settings').objectStore('settings').get('sync').onsuccess = () =>
        resolve();
    });
    expect(await db.memoryPacks.get(packOf('left-in-a-hurry'))).toBeUndefined();
    // A later grade of an item in that pack does not recreate it with only its own entry.
    const sameP = Array.from({ length: 500 }, (_, i) => `other-${String(i)}`).find(
      (id) => packOf(id) === packOf('left-in-a-hurry'),
    );
    if (!sameP) throw new Error('no id in that pack');
    await recordGrade(db, goodGrade(sameP, null, now + 2000));
    expect(await db.memoryPacks.get(packOf(sameP))).toBeUndefined();

    const { progress, rebuilt } = await load(db, now + 3000);
    expect(rebuilt).toBe(true);
    expect([...progress.studiedIds].sort()).toEqual(['kept', 'left-in-a-hurry', sameP].sort());
    expect(progress.dueStates.get('left-in-a-hurry')).toEqual(entry.after);
    expect(await fromPacks(db)).toEqual(await fromRows(db));
  });

  it('out of step with the memory table (a row written behind their back) are rebuilt', async () => {
    const db = fresh();
    await recordGrade(db, goodGrade('a', null, now));
    await load(db);
    const behind = scheduler.grade(null, now - 5 * DAY, 'good');
    await db.memory.put({ itemId: 'b', kind: 'card', ...behind });
    const { progress, rebuilt } = await load(db);
    expect(rebuilt).toBe(true);
    expect(progress.dueStates.get('b')).toEqual(behind);
  });

  it('that do not decode are rebuilt, and a memory row that is not a state stays counted', async () => {
    const db = fresh();
    await recordGrade(db, goodGrade('a', null, now));
    await db.memory.put({ itemId: 'broken', kind: 'card', due: 'soon' } as never);
    const first = await load(db);
    expect(first.rebuilt).toBe(true);
    expect([...first.progress.studiedIds].sort()).toEqual(['a', 'broken']);
    expect(first.progress.dueStates.has('broken')).toBe(false);
    expect((await load(db)).rebuilt).toBe(false); // the broken row does not force a rebuild

    await db.memoryPacks.put([['a', 'card', 'not a number']] as never, packOf('a'));
    const second = await load(db);
    expect(second.rebuilt).toBe(true);
    expect(second.progress).toEqual(first.progress);
  });

  it('are cleared by a restore and a reset, and the next load agrees with the rows', async () => {
    const db = fresh();
    await recordGrade(db, goodGrade('a', null, now));
    await recordGrade(db, goodGrade('b', null, now));
    await load(db);
    const backup = await exportBackup(db, now);
    await resetProgress(db);
    expect(await db.memoryPacks.count()).toBe(0);
    expect((await load(db)).progress.studiedIds.size).toBe(0);

    await importBackup(db, backup, 'merge');
    expect(await db.memoryPacks.count()).toBe(0);
    const { progress } = await load(db);
    expect([...progress.studiedIds].sort()).toEqual(['a', 'b']);
    expect(await fromPacks(db)).toEqual(await fromRows(db));
  });

  it('spread ids over all packs', () => {
    const used = new Set(Array.from({ length: 2000 }, (_, i) => packOf(`dva-card-${String(i)}`)));
    expect(used.size).toBe(PACK_COUNT);
  });
});
