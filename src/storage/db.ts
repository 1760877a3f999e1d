/**
 * The learner's progress, in IndexedDB (database "lambda-exam-prep"):
 *
 *   memory     one row per studied item, keyed by content id: its FSRS memory state
 *   reviewLog  append-only, one row per grade: time, grade, state before and after, time spent
 *   settings   key-value rows: "study" (the study settings), "backup" (when the learner last
 *              exported), "sync" (which tab wrote last; see sync.ts)
 *   memoryPacks  the memory table again in 64 rows, derived from it, for a fast start (packs.ts)
 *   examAttempts one row per practice exam: what was drawn, timing, position, frozen result
 *   examAnswers  one row per answered or flagged question of an attempt (examAttempts.ts)
 *   examDates    one row per exam the learner set a date for (examDates.ts)
 *   logTallies   the review log folded into quarter-hour tallies, one row per UTC day, and a
 *                marker of what is folded in: derived from it by the progress worker, for a
 *                fast progress screen (logTallies.ts)
 *
 * Rows are keyed by content ids, never by position, so rewording content keeps progress, and
 * rows of items removed from content are kept (and come back to life if the item returns).
 */
import Dexie, { type Table } from 'dexie';
import type { MemoryPhase, MemoryRecord, ReviewLogEntry } from '../schema/study';
import type { ExamAnswer, ExamAttempt } from '../schema/examAttempt';
import type { ExamDateRow } from '../schema/examDate';
import type { TallyRow } from './logTallies';
import type { PackEntry } from './packs';

export const DB_NAME = 'lambda-exam-prep';

export interface SettingsRow {
  key: string;
  value: unknown;
}

/** Schema history. Never edit a published version: add a new one with its upgrade. */
export const SCHEMA = {
  1: {
    memory: 'itemId, due',
    reviewLog: '++id, itemId, reviewedAt',
    settings: 'key',
  },
  // v2: per-item history in time order (undo and item statistics read it).
  2: {
    reviewLog: '++id, itemId, reviewedAt, [itemId+reviewedAt]',
  },
  // v3: each log row records the phase before the grade, indexed with the time, so today's
  // counts of new items and reviews are index counts instead of reading every row.
  3: {
    reviewLog: '++id, itemId, reviewedAt, [itemId+reviewedAt], [beforePhase+reviewedAt]',
  },
  // v4: the memory table packed into 64 rows, for a fast start (see packs.ts). No upgrade step:
  // packs are built from the memory table the first time progress is loaded.
  4: {
    memoryPacks: '',
  },
  // v5: practice exams (see examAttempts.ts). New tables only: no upgrade step.
  5: {
    examAttempts: 'id, [examId+createdAt]',
    examAnswers: '[attemptId+questionId], attemptId',
  },
  // v6: exam dates (see examDates.ts), and attempts may carry `predicted` (the readiness snapshot
  // taken when they were created; not indexed, optional). New table only: no upgrade step.
  6: {
    examDates: 'examId',
  },
  // v7: the review log's tallies per quarter hour (see logTallies.ts), a cache derived from the
  // log: out-of-line keys (UTC day numbers and "marker"), no index. No upgrade step: the progress
  // worker builds them from the log the first time it reads them (the marker is missing).
  7: {
    logTallies: '',
  },
} as const;

/** A review-log row as stored (v3+): the entry plus its indexed `beforePhase`. */
export type ReviewLogRow = ReviewLogEntry & { beforePhase: MemoryPhase };

/** The phase an entry was graded from, as the log indexes it (a first review: "new"). */
export function phaseBefore(entry: Pick<ReviewLogEntry, 'before'>): MemoryPhase {
  return entry.before?.phase ?? 'new';
}

/** The log row to store for an entry: without an id (the table assigns one), with its phase. */
export function logRowOf(entry: ReviewLogEntry): Omit<ReviewLogRow, 'id'> {
  const { id: _ignored, ...rest } = entry;
  return { ...rest, beforePhase: phaseBefore(entry) };
}

/**
 * An IndexedDB request as a promise: for the reads that go through Dexie's native handle
 * (`backendDB()`), where thousands of rows are read without Dexie's wrapping per row.
 */
export function idbRequest<T>(req: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** QuotaExceededError, also when Dexie wraps it (an AbortError with the cause as `inner`). */
export function isQuotaError(error: unknown): boolean {
  const inner = (error as { inner?: unknown } | null)?.inner;
  return [error, inner].some((e) => e instanceof Error && e.name === 'QuotaExceededError');
}

export class StudyDatabase extends Dexie {
  memory!: Table<MemoryRecord, string>;
  reviewLog!: Table<ReviewLogRow, number>;
  settings!: Table<SettingsRow, string>;
  /** Derived from `memory` (see packs.ts); keyed by pack number. */
  memoryPacks!: Table<PackEntry[], number>;
  examAttempts!: Table<ExamAttempt, string>;
  examAnswers!: Table<ExamAnswer, [string, string]>;
  examDates!: Table<ExamDateRow, string>;
  /** Derived from `reviewLog` (see logTallies.ts); keyed by UTC day number, and "marker". */
  logTallies!: Table<TallyRow, number | string>;
  /** Identifies this connection (one per tab) in the change marker other tabs watch. */
  readonly connectionId = Math.random().toString(36).slice(2, 10);

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA[1]);
    this.version(2).stores(SCHEMA[2]);
    this.version(3)
      .stores(SCHEMA[3])
      .upgrade((tx) =>
        tx
          .table<ReviewLogRow, number>('reviewLog')
          .toCollection()
          .modify((row) => {
            row.beforePhase = phaseBefore(row);
          }),
      );
    this.version(4).stores(SCHEMA[4]);
    this.version(5).stores(SCHEMA[5]);
    this.version(6).stores(SCHEMA[6]);
    this.version(7).stores(SCHEMA[7]);
  }
}
