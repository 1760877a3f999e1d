/**
 * What the "Your data" screen does with the database: export, import, reset, and the figures it
 * shows. Each waits for queued reviews to be written first, and re-reads progress afterwards, so
 * the review screens never show a stale queue.
 */
import { parseBackup, type ParsedBackup } from '../schema/backup';
import {
  backupFileName,
  exportBackup,
  importBackup,
  resetProgress,
  serializeBackup,
  type ImportMode,
  type ImportResult,
} from '../storage/backup';
import { isQuotaError } from '../storage/db';
import { openStudyDatabase } from '../storage/instance';
import { progressSummary, recordBackupMade, type ProgressSummary } from '../storage/progress';
import { reloadExamDates } from './examDates';
import { useStudyStore } from './studyStore';

// Types the data screen needs from storage, so it reaches storage only through this layer.
export type { ImportMode, ImportResult } from '../storage/backup';
export type { ProgressSummary } from '../storage/progress';
export { hasProgress } from '../storage/progress';

export interface ExportedFile {
  fileName: string;
  text: string;
  reviews: number;
}

/** The database, once every queued review is written: what follows sees all of them. */
async function savedDatabase() {
  const db = await openStudyDatabase();
  await useStudyStore.getState().flushWrites();
  return db;
}

export async function exportProgress(now: number): Promise<ExportedFile> {
  const db = await savedDatabase();
  const backup = await exportBackup(db, now);
  await recordBackupMade(db, now);
  useStudyStore.setState({ lastBackupAt: now });
  return {
    fileName: backupFileName(now),
    text: serializeBackup(backup),
    reviews: backup.reviewLog.length,
  };
}

/** Reads a chosen file; never throws (a file that can't be read is a message, like a bad one). */
export async function readBackupFile(file: Blob): Promise<ParsedBackup> {
  try {
    return parseBackup(await file.text());
  } catch {
    return {
      ok: false,
      error: 'This file could not be read. Choose it again, or copy it to this device first.',
    };
  }
}

export async function restoreProgress(
  parsed: Extract<ParsedBackup, { ok: true }>,
  mode: ImportMode,
): Promise<ImportResult> {
  const db = await savedDatabase();
  const result = await importBackup(db, parsed.backup, mode);
  await Promise.all([useStudyStore.getState().reloadFromStorage(), reloadExamDates()]);
  return result;
}

export async function resetAllProgress(): Promise<void> {
  const db = await savedDatabase();
  await resetProgress(db);
  await Promise.all([useStudyStore.getState().reloadFromStorage(), reloadExamDates()]);
}

export async function currentSummary(): Promise<ProgressSummary> {
  return progressSummary(await openStudyDatabase());
}

/** A readable reason for a failed write or import: a full disk is worth naming. */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error))
    return 'This device is out of storage space for the app. Free some space (or delete old downloads and apps), then try again. Nothing was changed.';
  return `The browser refused to store the data (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`;
}
