// @vitest-environment jsdom
/**
 * The write queue on fake-indexeddb: writes land in the order given, a failed write (a full
 * disk) is reported, kept first in line and retried, leaving the page writes everything queued
 * at once, and undoing a grade still queued never reaches the disk.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { ReviewLogEntry } from '../../src/schema/study';
import type { StudyDatabase } from '../../src/storage/db';
import type { StoredEntry } from '../../src/storage/progress';
import { WriteQueue, type SaveError, type WriteQueueOptions } from '../../src/storage/writeQueue';
import { goodGrade, testScheduler } from '../domain/testScheduler';
import { useTempDatabases } from './tempDatabases';

const now = Date.UTC(2026, 10, 23, 10);
const scheduler = testScheduler();
const fresh = useTempDatabases('queue');

/** A queue whose writes start only when the test says (as the app waits for a paint). */
function manualQueue(db: StudyDatabase, options: Partial<WriteQueueOptions> = {}) {
  const starts: (() => void)[] = [];
  const failures: SaveError[] = [];
  const stored: [ReviewLogEntry, StoredEntry][] = [];
  let settled = 0;
  const queue = new WriteQueue(db, {
    regrade: (current, entry) => scheduler.grade(current, entry.reviewedAt, entry.grade),
    schedule: (start) => starts.push(start),
    retryMs: 20,
    onFailed: (e) => failures.push(e),
    onStored: (entry, s) => stored.push([entry, s]),
    onSettled: () => settled++,
    ...options,
  });
  const startAll = () => {
    for (const start of starts.splice(0)) start();
  };
  return { queue, startAll, failures, stored, settledCount: () => settled };
}

const logIds = async (db: StudyDatabase) =>
  (await db.reviewLog.toArray()).map((r) => `${r.itemId}@${String(r.reviewedAt - now)}`);

describe('the write queue', () => {
  it('writes grades in the order they were given, after the schedule says so', async () => {
    const db = fresh();
    const { queue, startAll, stored } = manualQueue(db);
    const a = goodGrade('a', null, now);
    const b = goodGrade('b', null, now + 1);
    const a2 = goodGrade('a', a.after, now + 2);
    queue.grade(a);
    queue.grade(b);
    queue.grade(a2);
    expect(await db.reviewLog.count()).toBe(0); // nothing before the paint
    startAll();
    await queue.drained();
    expect(await logIds(db)).toEqual(['a@0', 'b@1', 'a@2']);
    expect(await db.memory.get('a')).toMatchObject(a2.after);
    expect(stored.map(([entry]) => entry)).toEqual([a, b, a2]);
    expect(queue.size).toBe(0);
  });

  it('keeps a write that failed on a full disk first in line, reports it and retries', async () => {
    const db = fresh();
    const { queue, startAll, failures, settledCount } = manualQueue(db);
    let full = true;
    db.reviewLog.hook('creating', () => {
      if (!full) return;
      const error = new Error('The disk is full (simulated)');
      error.name = 'QuotaExceededError';
      throw error;
    });
    queue.grade(goodGrade('a', null, now));
    queue.grade(goodGrade('b', null, now + 1));
    startAll();
    await vi.waitFor(() => expect(failures).toContain('quota'));
    expect(queue.size).toBe(2);
    expect(await db.memory.count()).toBe(0); // all or nothing
    full = false; // space was freed: the timer's retry writes both, in order
    await queue.drained();
    expect(await logIds(db)).toEqual(['a@0', 'b@1']);
    expect(settledCount()).toBe(1);
  });

  it('retries at once when asked', async () => {
    const db = fresh();
    const { queue, startAll, failures } = manualQueue(db, { retryMs: 60_000 });
    let fail = true;
    db.reviewLog.hook('creating', () => {
      if (fail) throw new Error('broken (simulated)');
    });
    queue.grade(goodGrade('a', null, now));
    startAll();
    await vi.waitFor(() => expect(failures).toEqual(['other']));
    fail = false;
    queue.retryNow();
    await queue.drained();
    expect(await logIds(db)).toEqual(['a@0']);
  });

  it('drops a grade that is undone before it was written', async () => {
    const db = fresh();
    const { queue, startAll } = manualQueue(db);
    const kept = goodGrade('a', null, now);
    const undone = goodGrade('b', null, now + 1);
    queue.grade(kept);
    queue.grade(undone);
    queue.undo(undone);
    startAll();
    await queue.drained();
    expect(await logIds(db)).toEqual(['a@0']);
    expect(await db.memory.get('b')).toBeUndefined();
  });

  it('undoes a grade already written with the log id storage gave it', async () => {
    const db = fresh();
    const { queue, startAll } = manualQueue(db);
    const first = goodGrade('a', null, now);
    const second = goodGrade('a', first.after, now + 600_000);
    queue.grade(first);
    queue.grade(second);
    startAll();
    await queue.drained();
    queue.undo(second);
    startAll();
    await queue.drained();
    expect(await logIds(db)).toEqual(['a@0']);
    expect(await db.memory.get('a')).toMatchObject(first.after);
  });

  it('writes everything queued at once when the page is hidden or left', async () => {
    const db = fresh();
    await db.open();
    const { queue } = manualQueue(db);
    const stop = queue.listenForPageHide();
    const a = goodGrade('a', null, now);
    queue.grade(a);
    queue.grade(goodGrade('b', null, now + 1));
    queue.undo(a); // cancels out within the batch
    queue.grade(goodGrade('c', null, now + 2));
    // The paint that would start the queue never comes: the page is going away.
    window.dispatchEvent(new Event('pagehide'));
    expect(queue.size).toBe(0);
    await vi.waitFor(async () => expect(await logIds(db)).toEqual(['b@1', 'c@2']));
    stop();
  });

  it('reports the corrected grade when another tab graded the same item first', async () => {
    const db = fresh();
    const other = manualQueue(db);
    const mine = manualQueue(db);
    const fromOther = goodGrade('a', null, now);
    other.queue.grade(fromOther);
    other.startAll();
    await other.queue.drained();
    const given = goodGrade('a', null, now + 1000); // still shown as new here
    mine.queue.grade(given);
    mine.startAll();
    await mine.queue.drained();
    const [[entry, stored]] = mine.stored as [[ReviewLogEntry, StoredEntry]];
    expect(entry).toBe(given);
    expect(given.before).toBeNull(); // the queue never changes what it was given
    expect(stored.before).toEqual(fromOther.after);
    expect(stored.after).toEqual(scheduler.grade(fromOther.after, now + 1000, 'good'));
  });
});
