/**
 * Backup and restore of all learner data (memory states, review log, settings table).
 *
 * Derived tables are not in a backup: the memory packs (packs.ts) and the log tallies
 * (logTallies.ts). An import or a reset clears both, whatever the file's format (1–3), and they
 * are rebuilt from the restored tables when next read (the tallies by the progress worker).
 *
 * Each operation is one IndexedDB transaction: an export sees one consistent snapshot, and an
 * import that fails part-way (a full disk: QuotaExceededError) is rolled back by Dexie, leaving
 * the database exactly as it was. Errors are never caught here; they reach the caller.
 */
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  STUDY_SETTINGS_KEY,
  backupSchema,
  type Backup,
  type BackupLogRow,
  type BackupMemoryRow,
} from '../schema/backup';
import type { MemoryState } from '../schema/study';
import {
  DB_NAME,
  phaseBefore,
  type ReviewLogRow,
  type SettingsRow,
  type StudyDatabase,
} from './db';
import { resetLogTallies } from './logTallies';
import { memoryRowOf, pickMemoryState } from './memoryRows';
import { BACKUP_KEY, restoreSettings } from './progress';
import { markChanged, SYNC_KEY } from './sync';

export type ImportMode = 'replace' | 'merge';

export interface ImportResult {
  /** Memory rows written (replace: all of the backup's; merge: those newer than ours). */
  memoryWritten: number;
  /** Review-log rows added. */
  logAdded: number;
  /** Review-log rows left out because the same review was already stored (merge only). */
  logSkipped: number;
}

/** Every table that holds the learner's data (an import or a reset writes them all at once). */
function learnerTables(db: StudyDatabase) {
  return [
    db.memory,
    db.memoryPacks,
    db.reviewLog,
    db.settings,
    db.examAttempts,
    db.examAnswers,
    db.examDates,
    db.logTallies,
  ];
}

/** Reads all learner data in one read-only transaction. */
export async function exportBackup(db: StudyDatabase, now: number): Promise<Backup> {
  const [memory, log, settingsRows, examAttempts, examAnswers, examDates] = await db.transaction(
    'r',
    [db.memory, db.reviewLog, db.settings, db.examAttempts, db.examAnswers, db.examDates],
    () =>
      Promise.all([
        db.memory.toArray(),
        db.reviewLog.toArray(),
        db.settings.toArray(),
        db.examAttempts.toArray(),
        db.examAnswers.toArray(),
        db.examDates.toArray(),
      ]),
  );
  let settings: Backup['settings'] = null;
  const extras: Backup['extras'] = {};
  for (const row of settingsRows) {
    if (row.key === STUDY_SETTINGS_KEY) settings = restoreSettings(row.value);
    else if (row.key !== SYNC_KEY) extras[row.key] = row.value;
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    app: DB_NAME,
    schemaVersion: db.verno,
    // Fields are copied by name, so anything else a row carries (the log's derived
    // `beforePhase`, stray fields) stays out of the file and the strict schema accepts it.
    memory: memory.map((row) => memoryRowOf(row.itemId, row.kind, row)),
    reviewLog: log.map(toBackupLogRow),
    settings,
    extras,
    examAttempts,
    examAnswers,
    examDates,
  };
}

/**
 * The backup as file text: compact JSON (no indentation, since a long review log would grow by a
 * third for whitespace no one reads) with a trailing newline, as text files conventionally end.
 */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup)}\n`;
}

/** `lambda-exam-prep-backup-2026-11-23.json`, dated in the learner's local time zone. */
export function backupFileName(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${BACKUP_FORMAT}-${day}.json`;
}

/**
 * Writes a backup into the database, in one read-write transaction over all three tables.
 *
 * - replace: the backup becomes the learner's data. Memory, log and settings tables are cleared
 *   and refilled (log ids kept); the study settings are the backup's, or the current ones if the
 *   backup has none; the record of the last backup saved is the later of ours and the file's.
 * - merge: the union of both. A log row counts as already stored when a stored row has the same
 *   item, time and grade; new rows get fresh ids. Per item the state with the later
 *   `lastReview` wins (never reviewed is oldest; a tie keeps ours). Current settings are kept;
 *   extras are added only under keys we do not have.
 *
 * The backup is validated again first (it is cheap next to the writes), so a hand-built value
 * can never put malformed rows into the database.
 */
export async function importBackup(
  db: StudyDatabase,
  backup: Backup,
  mode: ImportMode,
): Promise<ImportResult> {
  const valid = backupSchema.parse(backup);
  const tables = learnerTables(db);
  return db.transaction('rw', tables, async () => {
    const result = await (mode === 'replace' ? replaceAll(db, valid) : mergeInto(db, valid));
    await (mode === 'replace' ? replaceAttempts(db, valid) : mergeAttempts(db, valid));
    await (mode === 'replace' ? replaceExamDates(db, valid) : mergeExamDates(db, valid));
    await db.memoryPacks.clear(); // rebuilt from the memory table at the next load
    await resetLogTallies(db); // rebuilt from the log at the next progress read
    await markChanged(db);
    return result;
  });
}

/**
 * Deletes all progress (memory states, review log, practice exams, exam dates) in one
 * transaction; keeps settings.
 */
export async function resetProgress(db: StudyDatabase): Promise<void> {
  const tables = learnerTables(db);
  await db.transaction('rw', tables, async () => {
    await Promise.all([
      db.memory.clear(),
      db.memoryPacks.clear(),
      db.reviewLog.clear(),
      db.examAttempts.clear(),
      db.examAnswers.clear(),
      db.examDates.clear(),
      resetLogTallies(db),
    ]);
    await markChanged(db);
  });
}

/** Replace: the backup's attempts become the learner's (a version-1 file has none). */
async function replaceAttempts(db: StudyDatabase, backup: Backup): Promise<void> {
  await Promise.all([db.examAttempts.clear(), db.examAnswers.clear()]);
  await db.examAttempts.bulkAdd(backup.examAttempts);
  await db.examAnswers.bulkAdd(backup.examAnswers);
}

/** Merge: attempts we do not have are added with their answers; ours are kept as they are. */
async function mergeAttempts(db: StudyDatabase, backup: Backup): Promise<void> {
  const ours = await db.examAttempts.bulkGet(backup.examAttempts.map((a) => a.id));
  const added = new Set(backup.examAttempts.filter((_, i) => !ours[i]).map((a) => a.id));
  await db.examAttempts.bulkAdd(backup.examAttempts.filter((a) => added.has(a.id)));
  await db.examAnswers.bulkAdd(backup.examAnswers.filter((a) => added.has(a.attemptId)));
}

/** Replace: the backup's exam dates become the learner's (a version-1 or -2 file has none). */
async function replaceExamDates(db: StudyDatabase, backup: Backup): Promise<void> {
  await db.examDates.clear();
  await db.examDates.bulkAdd(backup.examDates);
}

/** Merge: per exam, the date set later wins (a tie keeps ours). */
async function mergeExamDates(db: StudyDatabase, backup: Backup): Promise<void> {
  const ours = await db.examDates.bulkGet(backup.examDates.map((d) => d.examId));
  await db.examDates.bulkPut(backup.examDates.filter((d, i) => d.setAt > (ours[i]?.setAt ?? -1)));
}

// Both run inside importBackup's transaction.

async function replaceAll(db: StudyDatabase, backup: Backup): Promise<ImportResult> {
  const [currentStudy, currentBackup] = await db.settings.bulkGet([STUDY_SETTINGS_KEY, BACKUP_KEY]);
  await Promise.all([db.memory.clear(), db.reviewLog.clear(), db.settings.clear()]);
  const study: SettingsRow | undefined = backup.settings
    ? { key: STUDY_SETTINGS_KEY, value: backup.settings }
    : currentStudy;
  // A backup saved on this device stays on record (the file holds the one before it, or none).
  const keptBackup =
    currentBackup && savedAt(currentBackup.value) > savedAt(backup.extras[BACKUP_KEY])
      ? currentBackup
      : undefined;
  const extras = extrasRows(backup).filter((row) => !keptBackup || row.key !== BACKUP_KEY);
  // Explicit log ids move IndexedDB's key generator past them, so later grades never collide.
  await Promise.all([
    db.memory.bulkAdd(backup.memory),
    db.reviewLog.bulkAdd(backup.reviewLog.map(toStoredLogRow)),
    db.settings.bulkAdd([
      ...(study ? [study] : []),
      ...(keptBackup ? [keptBackup] : []),
      ...extras,
    ]),
  ]);
  return { memoryWritten: backup.memory.length, logAdded: backup.reviewLog.length, logSkipped: 0 };
}

async function mergeInto(db: StudyDatabase, backup: Backup): Promise<ImportResult> {
  // Memory: per item, the later review wins.
  const ours = await db.memory.bulkGet(backup.memory.map((row) => row.itemId));
  const newer = backup.memory.filter((row, i) => isLater(row, ours[i]));
  await db.memory.bulkPut(newer);

  // Review log: a multiset union keyed by (item, time, grade). Each stored row absorbs one equal
  // backup row, so merging the same file twice adds nothing, and equal rows within one file
  // (however unlikely) survive as they would in replace mode.
  const pairs = uniqueBy(
    backup.reviewLog.map((row): [string, number] => [row.itemId, row.reviewedAt]),
    (pair) => JSON.stringify(pair),
  );
  const stored = await db.reviewLog.where('[itemId+reviewedAt]').anyOf(pairs).toArray();
  const unmatched = new Map<string, number>();
  for (const row of stored) unmatched.set(reviewKey(row), (unmatched.get(reviewKey(row)) ?? 0) + 1);
  const added: ReviewLogRow[] = [];
  for (const row of backup.reviewLog) {
    const key = reviewKey(row);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) {
      unmatched.set(key, left - 1);
      continue;
    }
    const { id, ...entry } = toStoredLogRow(row); // a fresh id: the old one may be taken
    added.push(entry);
  }
  await db.reviewLog.bulkAdd(added);

  // Settings stay ours; extras fill in only keys we lack.
  const extras = extrasRows(backup);
  const existing = await db.settings.bulkGet(extras.map((row) => row.key));
  await db.settings.bulkAdd(extras.filter((_, i) => existing[i] === undefined));

  return {
    memoryWritten: newer.length,
    logAdded: added.length,
    logSkipped: backup.reviewLog.length - added.length,
  };
}

/** Whether a backup state is newer than ours: later `lastReview`; null is oldest; ties keep ours. */
function isLater(theirs: BackupMemoryRow, ours: MemoryState | undefined): boolean {
  if (!ours) return true;
  return (theirs.lastReview ?? -Infinity) > (ours.lastReview ?? -Infinity);
}

/** Identifies one review across databases: ids are per database, so they cannot. */
function reviewKey(row: Pick<ReviewLogRow, 'itemId' | 'reviewedAt' | 'grade'>): string {
  return JSON.stringify([row.itemId, row.reviewedAt, row.grade]);
}

function uniqueBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const value of values) if (!seen.has(key(value))) seen.set(key(value), value);
  return [...seen.values()];
}

/** When a last-backup record (progress.ts, BACKUP_KEY) says it was saved; -Infinity if never. */
function savedAt(record: unknown): number {
  const at = (record as { exportedAt?: unknown } | undefined)?.exportedAt;
  return typeof at === 'number' ? at : -Infinity;
}

function extrasRows(backup: Backup): SettingsRow[] {
  return Object.entries(backup.extras).map(([key, value]) => ({ key, value }));
}

function toStoredLogRow(row: BackupLogRow): ReviewLogRow & { id: number } {
  return { ...row, beforePhase: phaseBefore(row) };
}

function toBackupLogRow(row: ReviewLogRow): BackupLogRow {
  // Rows read from the table always carry their auto-incremented key.
  if (row.id === undefined) throw new Error('review-log row without an id');
  return {
    id: row.id,
    itemId: row.itemId,
    kind: row.kind,
    reviewedAt: row.reviewedAt,
    grade: row.grade,
    before: row.before === null ? null : pickMemoryState(row.before),
    after: pickMemoryState(row.after),
    durationMs: row.durationMs,
    ...(row.source ? { source: row.source } : {}),
  };
}
