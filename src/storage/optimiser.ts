/**
 * What the FSRS optimiser reads and writes (it runs in a Web Worker with its own connection, so
 * the review log never crosses to the page): the log as training rows, and applying or reverting
 * parameters, which recomputes every item's memory state from the log in one transaction.
 */
import type { LogPoint } from '../domain/optimiserData';
import { studyDayNumber } from '../domain/optimiserData';
import { createScheduler, schedulerOptionsFor } from '../domain/scheduler';
import { studySettings, type MemoryState, type StudySettings } from '../schema/study';
import { STUDY_SETTINGS_KEY } from '../schema/backup';
import type { ReviewLogRow, StudyDatabase } from './db';
import { memoryRowOf } from './memoryRows';
import { restoreSettings } from './progress';
import { readAllStates } from './packs';
import { markChanged } from './sync';

/** The review log as the optimiser needs it, and the learner's settings, in one read. */
export async function readTrainingLog(
  db: StudyDatabase,
): Promise<{ log: LogPoint[]; settings: StudySettings }> {
  return db.transaction('r', db.reviewLog, db.settings, async () => {
    const [rows, stored] = await Promise.all([
      db.reviewLog.toArray(),
      db.settings.get(STUDY_SETTINGS_KEY),
    ]);
    const log = rows.map((r) => ({
      itemId: r.itemId,
      reviewedAt: r.reviewedAt,
      grade: r.grade,
      first: r.before === null,
    }));
    return { log, settings: restoreSettings(stored?.value) };
  });
}

export interface ParameterChange {
  /** The parameters to use from now on; null = FSRS-6's defaults. */
  parameters: readonly number[] | null;
  /** Apply: keep the parameters in use now for Revert. Revert: drop the kept ones. */
  keepPrevious: boolean;
  now: number;
  /** Scheduling fuzz, as the app schedules (off in tests). */
  fuzz: boolean;
}

export interface RecomputeResult {
  settings: StudySettings;
  /** Items whose state was recomputed from the log. */
  items: number;
  /** Of those, items now due on another study day than before: earlier and later. */
  earlier: number;
  later: number;
}

/** One item's state replayed from its log rows (time order) with `grade`. */
function replay(
  rows: readonly ReviewLogRow[],
  grade: (state: MemoryState | null, row: ReviewLogRow) => MemoryState,
): MemoryState | null {
  let state: MemoryState | null = rows[0]?.before ?? null;
  for (const row of rows) state = grade(state, row);
  return state;
}

/**
 * Stores new parameters with the settings and recomputes every logged item's memory state by
 * replaying its log with them, all in one transaction (a failure changes nothing). Items with a
 * state but no log rows (restored without their history) keep their state.
 */
export async function applyParameters(
  db: StudyDatabase,
  change: ParameterChange,
): Promise<RecomputeResult> {
  const tables = [db.memory, db.memoryPacks, db.reviewLog, db.settings];
  return db.transaction('rw', tables, async () => {
    const current = restoreSettings((await db.settings.get(STUDY_SETTINGS_KEY))?.value);
    // Checked before anything is written: a bad value throws and the transaction changes nothing.
    const settings: StudySettings = studySettings.parse({
      ...current,
      fsrsParameters: change.parameters ? [...change.parameters] : null,
      fsrsRevert: change.keepPrevious
        ? { parameters: current.fsrsParameters, appliedAt: change.now }
        : null,
    });
    const scheduler = createScheduler(schedulerOptionsFor(settings, change.fuzz));
    const grade = (state: MemoryState | null, row: ReviewLogRow) =>
      scheduler.grade(state, row.reviewedAt, row.grade);
    const byItem = new Map<string, ReviewLogRow[]>();
    await db.reviewLog.orderBy('[itemId+reviewedAt]').each((row) => {
      const rows = byItem.get(row.itemId);
      if (rows) rows.push(row);
      else byItem.set(row.itemId, [row]);
    });
    const stored = new Map((await db.memory.toArray()).map((row) => [row.itemId, row]));
    const day = (ms: number) => studyDayNumber(ms, settings.dayStartHour);
    const result: RecomputeResult = { settings, items: 0, earlier: 0, later: 0 };
    const rows = [];
    for (const [itemId, log] of byItem) {
      const state = replay(log, grade);
      if (!state) continue;
      const before = stored.get(itemId);
      const kind = before?.kind ?? (log[0] as ReviewLogRow).kind;
      rows.push(memoryRowOf(itemId, kind, state));
      result.items += 1;
      if (before && day(state.due) < day(before.due)) result.earlier += 1;
      if (before && day(state.due) > day(before.due)) result.later += 1;
    }
    await db.memory.bulkPut(rows);
    // The packs (derived from the memory table) are rebuilt here, in the worker, so the page's
    // next load reads them as they are instead of rebuilding them on the main thread.
    await readAllStates(db);
    await db.settings.put({ key: STUDY_SETTINGS_KEY, value: settings });
    await markChanged(db);
    return result;
  });
}

/**
 * Reviews graded from the review phase: each is a day or more after the one before, so each is
 * a review the optimiser can learn from. An index count (no rows read), for the Settings page to
 * decide whether to offer the optimiser; the worker counts exactly.
 */
export function countLongTermReviews(db: StudyDatabase): Promise<number> {
  return db.reviewLog
    .where('[beforePhase+reviewedAt]')
    .between(['review', -Infinity], ['review', Infinity])
    .count();
}
