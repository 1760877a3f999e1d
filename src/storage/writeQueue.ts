/**
 * The write queue: the learner's grades and undos, written to IndexedDB in the order they were
 * given, one transaction each, so the next item paints before anything touches the disk.
 *
 * - A write starts when `schedule` says (after the next paint, in the app).
 * - A failed write stays first in line, is reported (`onFailed`) and retried every `retryMs`,
 *   or at once with `retryNow`; later writes wait behind it, so the order never changes.
 * - Undoing a grade that is still queued drops the grade instead of writing both.
 * - Leaving the page (`writeNow`, wired to `pagehide`/hidden by `listenForPageHide`) writes
 *   everything queued synchronously in one transaction, since an unloading page may never run
 *   the promise chain a regular write needs.
 *
 * The queue never changes the entries it is given. What storage learns while writing (the log
 * id, and the corrected states when another tab graded the same item first) it keeps for a later
 * undo of the same entry, and reports through `onStored`.
 */
import type { MemoryState, ReviewLogEntry } from '../schema/study';
import { isQuotaError, type StudyDatabase } from './db';
import { recordGrade, undoGrade, writeBeforeLeaving, type StoredEntry } from './progress';

/** Why the last write failed: the disk is full, or something else (retried either way). */
export type SaveError = 'quota' | 'other';

export interface WriteQueueOptions {
  /** Schedules a grade again from the stored state, when it was given on an outdated one. */
  regrade: (current: MemoryState | null, entry: ReviewLogEntry) => MemoryState;
  /** Runs `start` when the queue may write; the app waits for the next paint. */
  schedule?: (start: () => void) => void;
  retryMs?: number;
  /** A grade was stored: `stored` is `entry` with its log id (and states, if regraded). */
  onStored?: (entry: ReviewLogEntry, stored: StoredEntry) => void;
  /** A write failed; it stays queued and is retried. */
  onFailed?: (error: SaveError) => void;
  /** Everything queued has been written (also after earlier failures). */
  onSettled?: () => void;
}

type Op = {
  kind: 'grade' | 'undo';
  entry: ReviewLogEntry;
  /** Written by `writeNow` (the page was being left): the regular loop must not write it again. */
  taken?: boolean;
};

export class WriteQueue {
  private readonly pending: Op[] = [];
  private pumping = false;
  /** The native transaction writing pending[0], while there is one. */
  private inFlight: IDBTransaction | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly waiters: (() => void)[] = [];
  /** What storage made of each written grade, by the entry the queue was given. */
  private readonly stored = new WeakMap<ReviewLogEntry, StoredEntry>();
  private readonly schedule: (start: () => void) => void;

  constructor(
    private readonly db: StudyDatabase,
    private readonly options: WriteQueueOptions,
  ) {
    this.schedule = options.schedule ?? ((start) => queueMicrotask(start));
  }

  /** Operations not yet written. */
  get size(): number {
    return this.pending.length;
  }

  grade(entry: ReviewLogEntry): void {
    this.push({ kind: 'grade', entry });
  }

  undo(entry: ReviewLogEntry): void {
    const i = this.pending.findIndex((p) => p.kind === 'grade' && p.entry === entry);
    // Not written yet (and not being written): forget the grade instead of writing both.
    if (i > 0 || (i === 0 && !this.pumping)) {
      this.pending.splice(i, 1);
      if (this.pending.length === 0) this.settle();
      return;
    }
    this.push({ kind: 'undo', entry });
  }

  /** Resolves once every queued write has been stored. */
  drained(): Promise<void> {
    if (this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Like drained(), but gives up after `ms` (the tab is asked to let go of the database). */
  drainedWithin(ms: number): Promise<void> {
    return Promise.race([this.drained(), new Promise<void>((r) => setTimeout(r, ms))]);
  }

  retryNow(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    void this.pump();
  }

  /** Writes on `pagehide` and when the page is hidden. Returns a function that stops it. */
  listenForPageHide(): () => void {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') this.writeNow();
    };
    const onPageHide = () => this.writeNow();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
    };
  }

  /** Stops retrying and forgets what is queued (tests; the database is being closed). */
  clear(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.pending.length = 0;
    this.waiters.length = 0;
  }

  /**
   * Writes every queued operation now, synchronously, in one transaction. The one being
   * written is aborted first and included, unless it is already committing (then it stays).
   */
  writeNow(): void {
    if (this.pending.length === 0) return;
    let start = 0;
    if (this.pumping && this.inFlight) {
      try {
        this.inFlight.abort();
      } catch {
        start = 1; // Already committing: it will land on its own.
      }
    }
    const leaving = this.pending.slice(start);
    if (leaving.length === 0) return;
    // A grade and its undo in the same batch cancel out.
    const batch = leaving
      .filter((op) => !leaving.some((o) => o !== op && o.entry === op.entry))
      .map((op) => ({ kind: op.kind, entry: this.storedOf(op.entry) }));
    try {
      writeBeforeLeaving(this.db, batch, {
        onAdded: (i, id) => {
          const op = leaving.find((o) => o.entry === batch[i]?.entry);
          if (op) this.stored.set(op.entry, { ...op.entry, id });
        },
        // The page stayed (or came back) and the write failed: queue it again.
        onFailed: () => {
          for (const op of leaving) op.taken = false;
          this.pending.unshift(...leaving);
          this.options.onFailed?.('other');
          void this.pump();
        },
      });
    } catch {
      return; // The database is closing or gone: the regular queue keeps them and retries.
    }
    for (const op of leaving) op.taken = true;
    this.pending.splice(start);
  }

  private push(op: Op): void {
    this.pending.push(op);
    this.schedule(() => void this.pump());
  }

  /** The entry as storage knows it: with its log id and any corrected states. */
  private storedOf(entry: ReviewLogEntry): ReviewLogEntry {
    return this.stored.get(entry) ?? entry;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.pending.length > 0) {
        const op = this.pending[0] as Op;
        try {
          await this.write(op);
          this.inFlight = null;
          if (this.pending[0] === op) this.pending.shift();
        } catch (error) {
          this.inFlight = null;
          if (op.taken) continue; // Aborted because the page was being left: already written.
          this.options.onFailed?.(isQuotaError(error) ? 'quota' : 'other');
          this.retryTimer ??= setTimeout(() => {
            this.retryTimer = null;
            void this.pump();
          }, this.options.retryMs ?? 3000);
          return;
        }
      }
      this.settle();
    } finally {
      this.pumping = false;
    }
  }

  private async write(op: Op): Promise<void> {
    const onTransaction = (tx: IDBTransaction) => {
      this.inFlight = tx;
    };
    if (op.kind === 'grade') {
      const { entry } = op;
      const stored = await recordGrade(this.db, entry, {
        regrade: (current) => this.options.regrade(current, entry),
        onTransaction,
      });
      this.stored.set(entry, stored);
      this.options.onStored?.(entry, stored);
      return;
    }
    const entry = this.storedOf(op.entry);
    if (entry.id !== undefined)
      await undoGrade(this.db, { ...entry, id: entry.id }, { onTransaction });
  }

  private settle(): void {
    this.options.onSettled?.();
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
