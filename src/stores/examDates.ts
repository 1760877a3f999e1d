/**
 * The learner's exam dates, one per exam ('YYYY-MM-DD', a local calendar date), as every screen
 * sees them: read from IndexedDB once, re-read when another tab changes them or a backup is
 * restored, and written through at once. A database that cannot be opened is reported through
 * the storage-health banners; the dates then live in this tab only.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { isCalendarDate, type ExamDateRow } from '../schema/examDate';
import { isQuotaError, type StudyDatabase } from '../storage/db';
import { clearExamDate, loadExamDates, saveExamDate } from '../storage/examDates';
import { isVersionError, openStudyDatabase } from '../storage/instance';
import { watchOtherConnections } from '../storage/sync';
import { reportStorageHealth } from './storageHealth';

interface ExamDatesData {
  /** ready: read from storage. unavailable: storage failed; dates are held in memory only. */
  status: 'idle' | 'loading' | 'ready' | 'unavailable';
  dates: ReadonlyMap<string, ExamDateRow>;
  /** The last write failed (the date is kept in this tab). */
  saveFailed: boolean;
}

export const useExamDatesStore = create<ExamDatesData>(() => ({
  status: 'idle',
  dates: new Map(),
  saveFailed: false,
}));

let watching: { db: StudyDatabase; stop: () => void } | null = null;

function reportFailure(error: unknown): void {
  reportStorageHealth({ kind: isVersionError(error) ? 'outdated' : 'unavailable' });
}

async function read(db: StudyDatabase): Promise<void> {
  const dates = await loadExamDates(db);
  useExamDatesStore.setState({ status: 'ready', dates });
}

/** Reads the dates once (later calls wait for nothing); watches other tabs from then on. */
export async function loadExamDatesOnce(): Promise<void> {
  if (useExamDatesStore.getState().status !== 'idle') return;
  useExamDatesStore.setState({ status: 'loading' });
  try {
    const db = await openStudyDatabase();
    await read(db);
    if (watching?.db !== db) {
      watching?.stop();
      const stop = watchOtherConnections(db, () => void reloadExamDates());
      watching = { db, stop };
    }
  } catch (error) {
    useExamDatesStore.setState({ status: 'unavailable' });
    reportFailure(error);
  }
}

/** Reads the dates again (another tab changed them; a backup was restored; progress reset). */
export async function reloadExamDates(): Promise<void> {
  if (useExamDatesStore.getState().status !== 'ready') return;
  try {
    await read(await openStudyDatabase());
  } catch (error) {
    reportFailure(error);
  }
}

/** The exam's date ('YYYY-MM-DD') or null; loads the dates on first use. */
export function useExamDate(examId: string): string | null {
  const date = useExamDatesStore((s) => s.dates.get(examId)?.date ?? null);
  useEffect(() => {
    void loadExamDatesOnce();
  }, []);
  return date;
}

/** Whether the dates have been read (or storage failed): a null date then means "none set". */
export function useExamDatesLoaded(): boolean {
  const status = useExamDatesStore((s) => s.status);
  useEffect(() => {
    void loadExamDatesOnce();
  }, []);
  return status === 'ready' || status === 'unavailable';
}

/**
 * Sets the exam's date ('YYYY-MM-DD'), or clears it with null. The change shows at once; a
 * failed write keeps it in this tab, sets `saveFailed` and (unless the disk is merely full)
 * reports the storage's health for the banners. Never rejects for a failed write; throws a
 * RangeError for text that is not a calendar date (the field validates before calling).
 */
export async function setExamDate(examId: string, date: string | null): Promise<void> {
  if (date !== null && !isCalendarDate(date)) throw new RangeError(`not a date: ${date}`);
  const setAt = Date.now();
  const dates = new Map(useExamDatesStore.getState().dates);
  if (date === null) dates.delete(examId);
  else dates.set(examId, { examId, date, setAt });
  useExamDatesStore.setState({ dates });
  if (useExamDatesStore.getState().status === 'unavailable') return;
  try {
    const db = await openStudyDatabase();
    if (date === null) await clearExamDate(db, examId);
    else await saveExamDate(db, { examId, date, setAt });
    useExamDatesStore.setState({ saveFailed: false });
  } catch (error) {
    useExamDatesStore.setState({ saveFailed: true });
    if (!isQuotaError(error)) reportFailure(error);
  }
}

/** Test hook: forget the dates held in memory and stop watching other tabs. */
export function resetExamDatesStore(): void {
  watching?.stop();
  watching = null;
  useExamDatesStore.setState({ status: 'idle', dates: new Map(), saveFailed: false });
}
