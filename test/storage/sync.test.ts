import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { recordGrade, saveSettings } from '../../src/storage/progress';
import { watchOtherConnections } from '../../src/storage/sync';
import { exportBackup } from '../../src/storage/backup';
import { DEFAULT_SETTINGS } from '../../src/schema/study';
import { goodGrade } from '../domain/testScheduler';
import { useTempDatabases } from './tempDatabases';

const NAME = 'sync-test';
const at = Date.UTC(2026, 10, 23, 10);
const entry = (itemId: string) => goodGrade(itemId, null, at);
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('watching other connections (tabs)', () => {
  const connect = useTempDatabases('sync-test');

  it("reports another connection's writes, not its own", async () => {
    const mine = connect(NAME);
    const theirs = connect(NAME);
    await Promise.all([mine.open(), theirs.open()]);
    let changes = 0;
    const stop = watchOtherConnections(mine, () => changes++);
    await settle();

    await recordGrade(mine, entry('card-a'));
    await saveSettings(mine, { ...DEFAULT_SETTINGS, newPerDay: 5 });
    await settle();
    expect(changes).toBe(0);

    await recordGrade(theirs, entry('card-b'));
    await settle();
    expect(changes).toBe(1);
    await saveSettings(theirs, { ...DEFAULT_SETTINGS, newPerDay: 7 });
    await settle();
    expect(changes).toBe(2);

    stop();
    await recordGrade(theirs, entry('card-c'));
    await settle();
    expect(changes).toBe(2);
  });

  it('keeps the change marker out of backups', async () => {
    const db = connect();
    await recordGrade(db, entry('card-a'));
    const backup = await exportBackup(db, at);
    expect(Object.keys(backup.extras)).toEqual([]);
    expect(backup.reviewLog).toHaveLength(1);
  });
});
