/**
 * Reads for the progress screen, made off the main thread by its Web Worker
 * (src/stores/progress/progressWorker.ts): every stored memory state with the settings, and
 * today's count of new items. Nothing here writes: the screen only looks. Attempts come from
 * `listAttempts` (examAttempts.ts); the review log is read as its tallies (logTallies.ts, which
 * does write: they are a cache the worker keeps).
 *
 * They go through Dexie's native handle (`backendDB()`) with plain `getAll` requests:
 * IndexedDB's cost is per row (see packs.ts), so no cursor and no Dexie wrapping per row.
 */
import { STUDY_SETTINGS_KEY } from '../schema/backup';
import type { MemoryState, StudySettings } from '../schema/study';
import { idbRequest, type SettingsRow, type StudyDatabase } from './db';
import { restoreMemoryState } from './memoryRows';
import { unpackAll } from './packs';
import { restoreSettings } from './progress';

export interface StatesAndSettings {
  settings: StudySettings;
  /** Every item with a valid stored state. */
  states: Map<string, MemoryState>;
}

/**
 * Every stored state, from the packs when they can be trusted (all there, decoding, adding up to
 * the memory table's row count), else from the memory rows themselves (the packs are left for the
 * study screens to rebuild: a reader does not write).
 */
export async function readStatesAndSettings(db: StudyDatabase): Promise<StatesAndSettings> {
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction(['memory', 'memoryPacks', 'settings'], 'readonly');
  const [settingsRow, packs, rowCount] = await Promise.all([
    idbRequest<SettingsRow | undefined>(tx.objectStore('settings').get(STUDY_SETTINGS_KEY)),
    idbRequest<unknown[]>(tx.objectStore('memoryPacks').getAll()),
    idbRequest<number>(tx.objectStore('memory').count()),
  ]);
  const states = new Map<string, MemoryState>();
  const entries = unpackAll(packs);
  if (entries !== null && entries.length === rowCount) {
    for (const { itemId, state } of entries) if (state) states.set(itemId, state);
  } else {
    const rows = await db.memory.toArray();
    for (const row of rows) {
      const state = restoreMemoryState(row);
      if (state && typeof row.itemId === 'string') states.set(row.itemId, state);
    }
  }
  return { settings: restoreSettings(settingsRow?.value), states };
}

/** New items introduced since `since` (today's start): an index count, as `loadProgress` does. */
export async function newItemsSince(db: StudyDatabase, since: number): Promise<number> {
  if (!db.isOpen()) await db.open();
  const index = db
    .backendDB()
    .transaction('reviewLog', 'readonly')
    .objectStore('reviewLog')
    .index('[beforePhase+reviewedAt]');
  return idbRequest<number>(index.count(IDBKeyRange.bound(['new', since], ['new', Infinity])));
}
