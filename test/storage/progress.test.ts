import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { goodGrade, testScheduler } from '../domain/testScheduler';
import { DEFAULT_SETTINGS, type MemoryState } from '../../src/schema/study';
import { orphanedIds } from '../../src/domain/orphans';
import { SCHEMA } from '../../src/storage/db';
import {
  loadProgress,
  recordGrade,
  restoreSettings,
  saveSettings,
  UNDO_AFTER_LOAD,
  undoGrade,
  writeBeforeLeaving,
} from '../../src/storage/progress';
import v1Fixture from './fixtures/v1.json';
import { useTempDatabases } from './tempDatabases';

const now = Date.UTC(2026, 10, 23, 10);
const scheduler = testScheduler();
const fresh = useTempDatabases('test');

describe('progress storage', () => {
  it('records a grade atomically and reads the same state back', async () => {
    const db = fresh();
    const entry = goodGrade('card-a', null, now);
    const { id } = await recordGrade(db, entry);
    const loaded = await loadProgress(db, now);
    expect(loaded.dueStates.get('card-a')).toEqual(entry.after);
    expect(loaded.doneToday).toEqual({ newItems: 1, reviews: 0 });
    expect(await db.reviewLog.toArray()).toEqual([{ ...entry, id, beforePhase: 'new' }]);
  });

  it('schedules a grade given on an outdated state (another tab graded first) from the stored one', async () => {
    const db = fresh();
    const regrade = (current: MemoryState | null, at: number) =>
      scheduler.grade(current, at, 'good');
    // Tab A grades the new item; tab B, which still shows it as new, grades it a second later.
    const fromA = goodGrade('card-a', null, now);
    await recordGrade(db, fromA, { regrade: (c) => regrade(c, now) });
    const givenB = goodGrade('card-a', null, now + 1000);
    const fromB = await recordGrade(db, givenB, { regrade: (c) => regrade(c, now + 1000) });

    expect(fromB.before).toEqual(fromA.after);
    expect(fromB.after).toEqual(scheduler.grade(fromA.after, now + 1000, 'good'));
    // The entry given is left as it was: the caller holds the stored one it gets back.
    expect(givenB.before).toBeNull();
    const log = await db.reviewLog.toArray();
    expect(log.map((row) => row.beforePhase)).toEqual(['new', 'learning']);
    expect(await db.memory.get('card-a')).toMatchObject(fromB.after);
    // A grade on the current state is stored as given.
    const fromC = { ...goodGrade('card-a', fromB.after, now + 2000) };
    const asGiven = { ...fromC };
    const storedC = await recordGrade(db, fromC, {
      regrade: () => {
        throw new Error('not needed');
      },
    });
    expect(fromC).toEqual(asGiven);
    expect(storedC).toEqual({ ...asGiven, id: storedC.id });
  });

  it('loads only what today needs: due states, the ids of the rest, and the next later due', async () => {
    const db = fresh();
    const first = goodGrade('due-soon', null, now);
    await recordGrade(db, first);
    const easy = { ...goodGrade('due-later', null, now), grade: 'easy' as const };
    easy.after = scheduler.grade(null, now, 'easy');
    await recordGrade(db, easy);
    const loaded = await loadProgress(db, now);
    expect([...loaded.dueStates.keys()]).toEqual(['due-soon']);
    expect([...loaded.studiedIds].sort()).toEqual(['due-later', 'due-soon']);
    expect(loaded.laterDue).toBe(easy.after.due);
    expect(loaded.dayStart).toBe(Date.UTC(2026, 10, 23, 4));
  });

  it('counts reviews (not learning steps) and new items of the current study day only', async () => {
    const db = fresh();
    const yesterday = now - 86_400_000;
    const a1 = goodGrade('a', null, yesterday);
    await recordGrade(db, a1);
    const reviewState = { ...a1.after, phase: 'review' as const };
    await recordGrade(db, { ...goodGrade('a', reviewState, now), before: reviewState });
    await recordGrade(db, goodGrade('b', null, now));
    const learning = goodGrade('b', null, now).after;
    await recordGrade(db, { ...goodGrade('b', learning, now + 1000), before: learning });
    expect((await loadProgress(db, now + 2000)).doneToday).toEqual({ newItems: 1, reviews: 1 });
  });

  it('undo restores exactly the previous state and log', async () => {
    const db = fresh();
    const first = goodGrade('card-a', null, now);
    const { id: firstId } = await recordGrade(db, first);
    const second = goodGrade('card-a', first.after, now + 600_000);
    const { id: secondId } = await recordGrade(db, second);
    await undoGrade(db, { ...second, id: secondId });
    const afterUndo = await loadProgress(db, now);
    expect(afterUndo.dueStates.get('card-a')).toEqual(first.after);
    expect(await db.reviewLog.toArray()).toEqual([{ ...first, id: firstId, beforePhase: 'new' }]);
    await undoGrade(db, { ...first, id: firstId });
    const empty = await loadProgress(db, now);
    expect(empty.studiedIds.size).toBe(0);
    expect(await db.reviewLog.count()).toBe(0);
  });

  it("reads today's last review grades for Undo after a reload, back to a practice-exam answer", async () => {
    const db = fresh();
    const yesterday = await recordGrade(db, goodGrade('old', null, now - 86_400_000));
    const beforeExam = await recordGrade(db, goodGrade('card-a', null, now));
    const exam = { ...goodGrade('q-exam', null, now + 1000), source: 'exam' as const };
    await recordGrade(db, exam);
    const graded = [];
    for (let i = 0; i < UNDO_AFTER_LOAD + 2; i++)
      graded.push(await recordGrade(db, goodGrade(`card-${String(i)}`, null, now + 2000 + i)));
    const { recentGrades } = await loadProgress(db, now + 60_000);
    // The newest UNDO_AFTER_LOAD, oldest first, with their log ids, as recordGrade stored them.
    expect(recentGrades).toEqual(graded.slice(-UNDO_AFTER_LOAD));
    expect(recentGrades.map((e) => e.id)).not.toContain(beforeExam.id);
    expect(recentGrades.map((e) => e.id)).not.toContain(yesterday.id);

    // Nothing past the exam answer (undoing it would undo the exam's state), nor from yesterday.
    const other = fresh('recent-exam');
    await recordGrade(other, goodGrade('old', null, now - 86_400_000));
    await recordGrade(other, goodGrade('card-a', null, now));
    await recordGrade(other, exam);
    const last = await recordGrade(other, goodGrade('card-b', null, now + 2000));
    expect((await loadProgress(other, now + 60_000)).recentGrades).toEqual([last]);
    await undoGrade(other, last);
    expect((await loadProgress(other, now + 60_000)).recentGrades).toEqual([]);
  });

  it('a failed grade write leaves neither the state nor the log behind', async () => {
    const db = fresh();
    // The log write fails after the memory row was written (as with a full disk): all or nothing.
    db.reviewLog.hook('creating', () => {
      throw new Error('QuotaExceededError (simulated)');
    });
    await expect(recordGrade(db, goodGrade('card-a', null, now))).rejects.toThrow(
      'QuotaExceededError',
    );
    expect(await db.memory.count()).toBe(0);
    expect(await db.reviewLog.count()).toBe(0);
  });

  it('writes queued grades and undos at once when the page is being left', async () => {
    const db = fresh();
    await db.open();
    const kept = goodGrade('card-a', null, now);
    const { id: keptId } = await recordGrade(db, kept);
    const second = goodGrade('card-a', kept.after, now + 600_000);
    const { id: secondId } = await recordGrade(db, second);
    const fresh1 = goodGrade('card-b', null, now + 700_000);
    const fresh2 = goodGrade('card-c', null, now + 800_000);
    let failed = false;
    const added = new Map<number, number>();
    // All requests are issued before this returns: nothing waits for a later task.
    writeBeforeLeaving(
      db,
      [
        { kind: 'undo', entry: { ...second, id: secondId } },
        { kind: 'grade', entry: fresh1 },
        { kind: 'grade', entry: fresh2 },
      ],
      { onAdded: (index, id) => added.set(index, id), onFailed: () => (failed = true) },
    );
    await expect
      .poll(async () => (await db.reviewLog.toArray()).map((row) => row.itemId))
      .toEqual(['card-a', 'card-b', 'card-c']);
    expect(failed).toBe(false);
    expect(await db.memory.get('card-a')).toMatchObject(kept.after);
    expect(await db.memory.get('card-c')).toMatchObject(fresh2.after);
    expect(added.get(1)).toBeGreaterThan(keptId);
    expect((await db.reviewLog.get(added.get(2) ?? -1))?.beforePhase).toBe('new');
  });

  it('keeps states of items removed from content and reports them', async () => {
    const db = fresh();
    await recordGrade(db, goodGrade('kept', null, now));
    await recordGrade(db, goodGrade('removed-later', null, now));
    const { studiedIds } = await loadProgress(db, now);
    expect(orphanedIds(studiedIds, new Set(['kept']))).toEqual(['removed-later']);
    expect(await db.memory.get('removed-later')).toBeDefined();
  });

  it('settings round-trip; invalid or unknown stored fields fall back to defaults', async () => {
    const db = fresh();
    expect((await loadProgress(db, now)).settings).toEqual(DEFAULT_SETTINGS);
    await saveSettings(db, { ...DEFAULT_SETTINGS, retention: 0.85, newPerDay: 5 });
    expect((await loadProgress(db, now)).settings).toMatchObject({ retention: 0.85, newPerDay: 5 });
    expect(restoreSettings({ retention: 2, newPerDay: 7, colour: 'red' })).toEqual({
      ...DEFAULT_SETTINGS,
      newPerDay: 7,
    });
  });
});

describe('schema migration', () => {
  it('opens a version-1 database with its data intact, upgraded to the current schema', async () => {
    const name = 'v1-fixture';
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA[1]);
    await v1.table('memory').bulkPut(v1Fixture.memory);
    await v1.table('reviewLog').bulkAdd(v1Fixture.reviewLog);
    await v1.table('settings').put(v1Fixture.settings);
    expect(v1.verno).toBe(1);
    v1.close();

    const db = fresh(name);
    const dayOfFixture = v1Fixture.reviewLog[0]?.reviewedAt ?? 0;
    const loaded = await loadProgress(db, dayOfFixture + 3_600_000);
    expect(db.verno).toBe(7);
    expect(await db.memoryPacks.count()).toBe(64); // v4: built from the rows at the first load
    expect([...loaded.studiedIds].sort()).toEqual(v1Fixture.memory.map((m) => m.itemId).sort());
    expect(await db.reviewLog.count()).toBe(v1Fixture.reviewLog.length);
    expect(loaded.settings.newPerDay).toBe(12);
    // v3 upgrade: every old row got its beforePhase, so today's counts come from the index.
    expect((await db.reviewLog.toArray()).map((r) => r.beforePhase)).toEqual([
      'new',
      'new',
      'learning',
    ]);
    expect(loaded.doneToday).toEqual({ newItems: 2, reviews: 0 });
    const history = await db.reviewLog
      .where('[itemId+reviewedAt]')
      .between(['dva-c-timeout', 0], ['dva-c-timeout', Infinity])
      .toArray();
    expect(history.map((h) => h.grade)).toEqual(['good', 'again']);
  });
});
