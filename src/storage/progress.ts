/**
 * Reading and writing study progress. Every grade is one transaction (memory row + log row), so
 * a failed write leaves nothing half-done; undo is the exact inverse in one transaction.
 */
import {
  studySettings,
  DEFAULT_SETTINGS,
  type MemoryPhase,
  type MemoryState,
  type ReviewLogEntry,
  type StudySettings,
} from '../schema/study';
import { studyDayStart, type DoneToday } from '../domain/queue';
import { STUDY_SETTINGS_KEY } from '../schema/backup';
import {
  idbRequest,
  logRowOf,
  type ReviewLogRow,
  type SettingsRow,
  type StudyDatabase,
} from './db';
import { memoryRowOf, restoreMemoryState } from './memoryRows';
import { markChanged, newMark, SYNC_KEY } from './sync';
import { packOf, readAllStates, unpackAll, writeMemoryRow } from './packs';

export interface StoredProgress {
  /** States of items due before the study day ends (the only ones today's queue can show). */
  dueStates: Map<string, MemoryState>;
  /** Every item with a stored state, due today or not. */
  studiedIds: Set<string>;
  /** The earliest due time after today, for "next item due …". */
  laterDue: number | null;
  /**
   * States of the items due after today. Only an exam date looks at them (one due after the exam
   * may be brought into the final stretch, so due today); unpacked with the rest anyway.
   */
  laterStates: Map<string, MemoryState>;
  /** New items introduced and reviews done since the study day started. */
  doneToday: DoneToday;
  /** The study day the figures above are for. */
  dayStart: number;
  settings: StudySettings;
  /** When the learner last exported a backup, or null if never (on this device). */
  lastBackupAt: number | null;
  /**
   * This study day's last grades given in review (up to `UNDO_AFTER_LOAD`, back to the latest
   * practice-exam answer), oldest first, with their log ids: what Undo can still take back after
   * a reload. They are already counted in `doneToday`.
   */
  recentGrades: StoredEntry[];
}

/** How many of today's grades Undo can take back after a reload. */
export const UNDO_AFTER_LOAD = 10;

/** Settings-table key of the last-backup record. */
export const BACKUP_KEY = 'backup';

/**
 * Reads what today's queue needs: every item's state from the packs (see packs.ts), today's
 * counts from an index, and the settings, in one read-only transaction through Dexie's native
 * handle (`backendDB()`) with every request issued at once. Measured in Chromium with 10,000
 * items (6,997 states, 2,854 due): 17–36 ms (median of 7, six runs), against 42–59 ms when the
 * due rows and the other keys were read from the memory table's `due` index.
 *
 * When the packs cannot be trusted (first start after an update, after a restore or reset, or
 * after leaving mid-write) they are rebuilt from the memory table first (~100 ms, once).
 */
export async function loadProgress(db: StudyDatabase, now: number): Promise<StoredProgress> {
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB();
  const tx = idb.transaction(['memory', 'memoryPacks', 'reviewLog', 'settings'], 'readonly');
  const [settingsRow, backupRow, packs, rowCount] = await Promise.all([
    idbRequest<SettingsRow | undefined>(tx.objectStore('settings').get(STUDY_SETTINGS_KEY)),
    idbRequest<SettingsRow | undefined>(tx.objectStore('settings').get(BACKUP_KEY)),
    idbRequest<unknown[]>(tx.objectStore('memoryPacks').getAll()),
    idbRequest<number>(tx.objectStore('memory').count()),
  ]);
  const settings = restoreSettings(settingsRow?.value);
  const dayStart = studyDayStart(now, settings.dayStartHour);
  const dayEnd = dayStart + 86_400_000;
  const phaseIndex = tx.objectStore('reviewLog').index('[beforePhase+reviewedAt]');
  const countSince = (phase: MemoryPhase) =>
    idbRequest<number>(phaseIndex.count(IDBKeyRange.bound([phase, dayStart], [phase, Infinity])));
  const [newItems, reviews, recentGrades] = await Promise.all([
    countSince('new'),
    countSince('review'),
    readRecentGrades(tx.objectStore('reviewLog').index('reviewedAt'), dayStart),
  ]);
  let entries = unpackAll(packs);
  if (entries === null || entries.length !== rowCount) entries = await readAllStates(db);

  const dueStates = new Map<string, MemoryState>();
  const laterStates = new Map<string, MemoryState>();
  const studiedIds = new Set<string>();
  let laterDue: number | null = null;
  for (const { itemId, state } of entries) {
    studiedIds.add(itemId);
    if (!state) continue;
    if (state.due < dayEnd) dueStates.set(itemId, state);
    else {
      laterStates.set(itemId, state);
      if (laterDue === null || state.due < laterDue) laterDue = state.due;
    }
  }
  return {
    dueStates,
    studiedIds,
    laterDue,
    laterStates,
    doneToday: { newItems, reviews },
    dayStart,
    settings,
    lastBackupAt: readBackupTime(backupRow?.value),
    recentGrades,
  };
}

/**
 * The newest log rows since `dayStart`, newest first while reading, stopping at a practice-exam
 * answer (undoing a review from before it would overwrite the state the exam left) or at a row
 * whose states do not read back. Returned oldest first, as Undo's stack holds them.
 */
function readRecentGrades(index: IDBIndex, dayStart: number): Promise<StoredEntry[]> {
  const found: StoredEntry[] = [];
  return new Promise((resolve, reject) => {
    const req = index.openCursor(IDBKeyRange.lowerBound(dayStart), 'prev');
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    req.onsuccess = () => {
      const cursor = req.result;
      const entry = cursor && entryOfRow(cursor.value as ReviewLogRow & { id: number });
      if (!cursor || !entry || found.length === UNDO_AFTER_LOAD) {
        resolve(found.reverse());
        return;
      }
      found.push(entry);
      cursor.continue();
    };
  });
}

/** A review's log row as an entry Undo can take back, or null (an exam answer, unreadable). */
function entryOfRow(row: ReviewLogRow & { id: number }): StoredEntry | null {
  const { beforePhase: _phase, ...entry } = row;
  const after = restoreMemoryState(entry.after);
  const before = entry.before === null ? null : restoreMemoryState(entry.before);
  if (entry.source === 'exam' || !after || (entry.before !== null && !before)) return null;
  return { ...entry, before, after };
}

function readBackupTime(value: unknown): number | null {
  const at = (value as { exportedAt?: unknown } | undefined)?.exportedAt;
  return typeof at === 'number' && Number.isFinite(at) ? at : null;
}

/** Records that a backup was saved (kept with the other settings rows, so backups carry it). */
export async function recordBackupMade(db: StudyDatabase, exportedAt: number): Promise<void> {
  await db.settings.put({ key: BACKUP_KEY, value: { exportedAt } });
}

/** Settings read back from disk: unknown or invalid fields fall back to their defaults. */
export function restoreSettings(raw: unknown): StudySettings {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_SETTINGS };
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(key in DEFAULT_SETTINGS)) continue;
    const field = studySettings.shape[key as keyof StudySettings];
    if (field.safeParse(value).success) merged[key] = value;
  }
  return studySettings.parse(merged);
}

export async function saveSettings(db: StudyDatabase, settings: StudySettings): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: STUDY_SETTINGS_KEY, value: studySettings.parse(settings) });
    await markChanged(db);
  });
}

export interface WriteOptions {
  /** Schedules a grade again from the stored state, when it was given on an outdated one. */
  regrade?: (current: MemoryState | null) => MemoryState;
  /** Receives the native transaction, so a page being left can abort it and write at once. */
  onTransaction?: (transaction: IDBTransaction) => void;
}

/** A review-log entry as stored: with its log id. */
export type StoredEntry = ReviewLogEntry & { id: number };

/**
 * Records one grade: the item's new memory state and the log entry, atomically. Returns the
 * entry as stored, with its log id. When the grade was given on an outdated state (another tab
 * graded the same item a moment earlier), `regrade` schedules it from the stored state instead,
 * so both reviews count and neither overwrites the other; the returned entry then holds the
 * corrected states. `entry` itself is never changed.
 */
export async function recordGrade(
  db: StudyDatabase,
  entry: ReviewLogEntry,
  options: WriteOptions = {},
): Promise<StoredEntry> {
  return db.transaction(
    'rw',
    [db.memory, db.memoryPacks, db.reviewLog, db.settings],
    async (tx) => {
      options.onTransaction?.(tx.idbtrans);
      let { before, after } = entry;
      if (options.regrade) {
        const stored = await db.memory.get(entry.itemId);
        const current = stored ? restoreMemoryState(stored) : null;
        if (!sameState(current, before)) {
          before = current;
          after = options.regrade(current);
        }
      }
      const written = { ...entry, before, after };
      await writeMemoryRow(db, entry.itemId, memoryRowOf(entry.itemId, entry.kind, after));
      const id = await db.reviewLog.add(logRowOf(written));
      await markChanged(db);
      return { ...written, id };
    },
  );
}

function sameState(a: MemoryState | null, b: MemoryState | null): boolean {
  if (a === null || b === null) return a === b;
  return (Object.keys(a) as (keyof MemoryState)[]).every((k) => Object.is(a[k], b[k]));
}

export interface LeavingCallbacks {
  /** The log row of `ops[index]` (a grade) was added with log id `id`. */
  onAdded: (index: number, id: number) => void;
  /** The transaction failed while the page was still there. */
  onFailed: (error: DOMException | null) => void;
}

/**
 * Writes queued grades and undos at once, for when the page is being left (reload, navigation,
 * tab closed or frozen): every request is issued synchronously in one native transaction, before
 * the page can go, instead of in Dexie's promise chain, which an unloading page may never run,
 * and committed explicitly. An undo needs its grade's log id (`entry.id`).
 */
export function writeBeforeLeaving(
  db: StudyDatabase,
  ops: readonly { kind: 'grade' | 'undo'; entry: ReviewLogEntry }[],
  callbacks: LeavingCallbacks,
): void {
  const tx = db
    .backendDB()
    .transaction(['memory', 'memoryPacks', 'reviewLog', 'settings'], 'readwrite');
  tx.onabort = () => callbacks.onFailed(tx.error);
  const memory = tx.objectStore('memory');
  const log = tx.objectStore('reviewLog');
  // No time to read and patch packs: drop the ones these items live in (the next start rebuilds).
  const packs = tx.objectStore('memoryPacks');
  for (const key of new Set(ops.map((op) => packOf(op.entry.itemId)))) packs.delete(key);
  ops.forEach(({ kind, entry }, index) => {
    const { itemId } = entry;
    if (kind === 'grade') {
      memory.put(memoryRowOf(itemId, entry.kind, entry.after));
      const added = log.add(logRowOf(entry));
      added.onsuccess = () => callbacks.onAdded(index, added.result as number);
    } else if (entry.id !== undefined) {
      if (entry.before === null) memory.delete(itemId);
      else memory.put(memoryRowOf(itemId, entry.kind, entry.before));
      log.delete(entry.id);
    }
  });
  tx.objectStore('settings').put({ key: SYNC_KEY, value: newMark(db) });
  tx.commit();
}

/** Undoes a recorded grade: restores the state before it and removes its log entry. */
export async function undoGrade(
  db: StudyDatabase,
  entry: ReviewLogEntry & { id: number },
  options: Pick<WriteOptions, 'onTransaction'> = {},
): Promise<void> {
  await db.transaction('rw', [db.memory, db.memoryPacks, db.reviewLog, db.settings], async (tx) => {
    options.onTransaction?.(tx.idbtrans);
    const row = entry.before === null ? null : memoryRowOf(entry.itemId, entry.kind, entry.before);
    await writeMemoryRow(db, entry.itemId, row);
    await db.reviewLog.delete(entry.id);
    await markChanged(db);
  });
}

export interface ProgressSummary {
  /** Items with a stored memory state. */
  items: number;
  /** Review-log rows (every grade ever given). */
  reviews: number;
  firstReviewAt: number | null;
  lastReviewAt: number | null;
  /** Practice exams started (finished or not). */
  practiceExams: number;
  /** Exams the learner set a date for. */
  examDates: number;
}

/** Anything a backup would keep, a reset would delete, or a replacing restore would lose. */
export function hasProgress(summary: ProgressSummary): boolean {
  return summary.items + summary.reviews + summary.practiceExams + summary.examDates > 0;
}

/** How much progress is stored, for the data screen and the reset confirmation. */
export async function progressSummary(db: StudyDatabase): Promise<ProgressSummary> {
  return db.transaction('r', db.memory, db.reviewLog, db.examAttempts, db.examDates, async () => {
    const [items, reviews, first, last, practiceExams, examDates] = await Promise.all([
      db.memory.count(),
      db.reviewLog.count(),
      db.reviewLog.orderBy('reviewedAt').first(),
      db.reviewLog.orderBy('reviewedAt').last(),
      db.examAttempts.count(),
      db.examDates.count(),
    ]);
    return {
      items,
      reviews,
      firstReviewAt: first?.reviewedAt ?? null,
      lastReviewAt: last?.reviewedAt ?? null,
      practiceExams,
      examDates,
    };
  });
}
