import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/schema/backup';
import { DEFAULT_SETTINGS } from '../../src/schema/study';
import { exportBackup, importBackup, serializeBackup } from '../../src/storage/backup';
import { logRowOf, type StudyDatabase } from '../../src/storage/db';
import {
  applyParameters,
  countLongTermReviews,
  readTrainingLog,
} from '../../src/storage/optimiser';
import { loadProgress, restoreSettings, saveSettings } from '../../src/storage/progress';
import { generateHistory, TRUE_PARAMETERS } from '../support/reviewHistory';
import { useTempDatabases } from './tempDatabases';

const fresh = useTempDatabases('optimiser-test');
const start = Date.UTC(2026, 0, 5);
const history = generateHistory({ rows: 600, start });
const FITTED = TRUE_PARAMETERS.map((w) => +w.toFixed(4));

/** A database holding the generated history as the app stores it. */
async function studied(): Promise<StudyDatabase> {
  const db = fresh();
  await db.reviewLog.bulkAdd(history.log.map(logRowOf));
  await db.memory.bulkPut(history.memory);
  return db;
}

const memoryRows = (db: StudyDatabase) => db.memory.orderBy('itemId').toArray();

describe('the parameters in the study settings row', () => {
  it('loads a row stored before the optimiser existed with the defaults (null)', () => {
    const { fsrsParameters: _p, fsrsRevert: _r, ...before } = DEFAULT_SETTINGS;
    const loaded = restoreSettings({ ...before, retention: 0.85 });
    expect(loaded.fsrsParameters).toBeNull();
    expect(loaded.fsrsRevert).toBeNull();
    expect(loaded.retention).toBe(0.85);
  });

  it('drops parameters that are not 21 numbers', () => {
    const loaded = restoreSettings({ ...DEFAULT_SETTINGS, fsrsParameters: FITTED.slice(1) });
    expect(loaded.fsrsParameters).toBeNull();
  });

  it('restores parameters from a backup, and an older backup without them as defaults', async () => {
    const source = fresh();
    const revert = { parameters: null, appliedAt: start };
    await saveSettings(source, { ...DEFAULT_SETTINGS, fsrsParameters: FITTED, fsrsRevert: revert });
    const text = serializeBackup(await exportBackup(source, start));
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const target = fresh();
    await importBackup(target, parsed.backup, 'replace');
    const restored = (await loadProgress(target, start)).settings;
    expect(restored.fsrsParameters).toEqual(FITTED);
    expect(restored.fsrsRevert).toEqual(revert);

    // The same file as an older app wrote it: settings without the two fields.
    const old = JSON.parse(text) as { settings: Record<string, unknown> };
    delete old.settings.fsrsParameters;
    delete old.settings.fsrsRevert;
    const oldParsed = parseBackup(JSON.stringify(old));
    if (!oldParsed.ok) throw new Error(oldParsed.error);
    const older = fresh();
    await importBackup(older, oldParsed.backup, 'replace');
    const fromOld = (await loadProgress(older, start)).settings;
    expect(fromOld.fsrsParameters).toBeNull();
    expect(fromOld.fsrsRevert).toBeNull();
  });
});

describe('reading the log for the optimiser', () => {
  it('reads every row with its first-review flag, and counts reviews from the review phase', async () => {
    const db = await studied();
    const { log, settings } = await readTrainingLog(db);
    expect(log).toHaveLength(history.log.length);
    expect(log.filter((r) => r.first)).toHaveLength(history.memory.length);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    const fromReview = history.log.filter((e) => e.before?.phase === 'review').length;
    expect(fromReview).toBeGreaterThan(50);
    expect(await countLongTermReviews(db)).toBe(fromReview);
  });
});

describe('applying and reverting parameters', () => {
  it('recomputes every item from its log in one go, and Revert restores the states exactly', async () => {
    const db = await studied();
    const original = await memoryRows(db);
    const now = history.end;

    const applied = await applyParameters(db, {
      parameters: FITTED,
      keepPrevious: true,
      now,
      fuzz: false,
    });
    expect(applied.items).toBe(history.memory.length);
    expect(applied.earlier + applied.later).toBeGreaterThan(0);
    expect(applied.settings.fsrsParameters).toEqual(FITTED);
    expect(applied.settings.fsrsRevert).toEqual({ parameters: null, appliedAt: now });
    const after = await memoryRows(db);
    const moved = after.filter((row, i) => row.due !== original[i]?.due);
    expect(moved.length).toBeGreaterThanOrEqual(applied.earlier + applied.later);
    // The packs were rebuilt from the recomputed rows in the same transaction.
    expect(await db.memoryPacks.count()).toBe(64);
    const progress = await loadProgress(db, now);
    expect(progress.settings.fsrsParameters).toEqual(FITTED);
    expect(progress.studiedIds.size).toBe(history.memory.length);
    for (const [itemId, state] of progress.dueStates)
      expect(state.due).toBe(after.find((r) => r.itemId === itemId)?.due);

    const reverted = await applyParameters(db, {
      parameters: null,
      keepPrevious: false,
      now,
      fuzz: false,
    });
    expect(reverted.earlier).toBe(applied.later);
    expect(reverted.later).toBe(applied.earlier);
    expect(reverted.settings.fsrsParameters).toBeNull();
    expect(reverted.settings.fsrsRevert).toBeNull();
    expect(await memoryRows(db)).toEqual(original);
  });

  it('changes nothing when the parameters are invalid', async () => {
    const db = await studied();
    const original = await memoryRows(db);
    await expect(
      applyParameters(db, {
        parameters: FITTED.slice(1),
        keepPrevious: true,
        now: history.end,
        fuzz: false,
      }),
    ).rejects.toThrow();
    expect(await memoryRows(db)).toEqual(original);
    expect((await loadProgress(db, history.end)).settings.fsrsParameters).toBeNull();
  });
});
