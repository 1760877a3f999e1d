/**
 * Study state shared by the review screens: memory states, today's log, settings and the
 * session. A grade updates memory at once (the next item paints first); the write to IndexedDB
 * follows in a serial queue. A failed write stays queued, is shown to the learner and retried.
 */
import { create } from 'zustand';
import { doneSince, studyDayStart, type DoneToday } from '../../domain/queue';
import { createScheduler, type Scheduler } from '../../domain/scheduler';
import {
  DEFAULT_SETTINGS,
  type Grade,
  type ItemKind,
  type MemoryState,
  type ReviewLogEntry,
  type StudySettings,
} from '../../schema/study';
import { isQuotaError, type StudyDatabase } from '../../storage/db';
import { openStudyDatabase } from '../../storage/instance';
import { afterNextPaint } from '../../ui/afterNextPaint';
import {
  loadProgress,
  recordGrade,
  saveSettings,
  undoGrade,
  writeBeforeLeaving,
} from '../../storage/progress';
import { watchOtherConnections } from '../../storage/sync';
import { requestPersistence } from '../../storage/persistence';
import { reportStorageHealth } from '../shell/storageHealth';
import { onBeforeUpdateReload } from '../update/serviceWorker';

/** Interval fuzz: on for learners, off under test so intervals are predictable. */
const FUZZ = import.meta.env.MODE !== 'test';
const RETRY_MS = 3000;

export interface SessionStats {
  reviewed: number;
  newItems: number;
  again: number;
  timeMs: number;
}

/** Why the last write failed: the disk is full, or something else (retried either way). */
export type SaveError = 'quota' | 'other';

interface StudyStore {
  /**
   * unavailable: IndexedDB can't be used, study happens in memory only. outdated: a newer
   * version of the app upgraded the database in another tab; this tab must reload.
   */
  status: 'idle' | 'loading' | 'ready' | 'unavailable' | 'outdated';
  settings: StudySettings;
  scheduler: Scheduler;
  /** States of the items due today, and of every item graded in this session. */
  states: Map<string, MemoryState>;
  /** Every item with a stored state, loaded or not (the rest are due after today). */
  studiedIds: Set<string>;
  /** Earliest due time among the stored states not loaded. */
  laterDue: number | null;
  /** Start of the study day the stored counts are for. */
  dayStart: number;
  /** New items and reviews stored for that day before this session started. */
  storedDone: DoneToday;
  /** This session's grades, newest last: what Undo walks back through. */
  undoStack: ReviewLogEntry[];
  session: SessionStats;
  saveFailed: boolean;
  saveError: SaveError | null;
  /** When the learner last saved a backup file, or null if never. */
  lastBackupAt: number | null;
  /** When another tab's reviews were last read in (for a short notice), or null. */
  syncedAt: number | null;
  load: (now: number) => Promise<void>;
  /** Re-reads progress after it was replaced (import, reset); the session starts over. */
  reloadFromStorage: () => Promise<void>;
  /** Resolves once every queued review has been written (before export, import or reset). */
  flushWrites: () => Promise<void>;
  /** Reloads from storage when a new study day has begun since the last load. */
  refreshIfNewDay: (now: number) => Promise<void>;
  grade: (
    itemId: string,
    kind: ItemKind,
    grade: Grade,
    durationMs: number,
    now: number,
  ) => ReviewLogEntry;
  undo: () => ReviewLogEntry | null;
  retrySave: () => void;
  updateSettings: (settings: StudySettings) => Promise<void>;
}

const schedulerFor = (s: StudySettings) =>
  createScheduler({
    retention: s.retention,
    learningSteps: s.learningSteps,
    relearningSteps: s.relearningSteps,
    fuzz: FUZZ,
  });

const EMPTY_SESSION: SessionStats = { reviewed: 0, newItems: 0, again: 0, timeMs: 0 };

/** Session stats with `entry` added (sign 1) or taken back by Undo (sign -1). */
function sessionWith(session: SessionStats, entry: ReviewLogEntry, sign: 1 | -1): SessionStats {
  return {
    reviewed: session.reviewed + sign,
    newItems: session.newItems + (entry.before === null ? sign : 0),
    again: session.again + (entry.grade === 'again' ? sign : 0),
    timeMs: session.timeMs + sign * entry.durationMs,
  };
}

// ---- the write queue -------------------------------------------------------------------------
/** `taken`: written by writeQueuedNow (the page was being left); the queue must not write it. */
type Op = { entry: ReviewLogEntry; kind: 'grade' | 'undo'; taken?: boolean };
let database: StudyDatabase | null = null;
const pending: Op[] = [];
let pumping = false;
/** The native transaction writing pending[0], while there is one. */
let inFlight: IDBTransaction | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
const drainWaiters: (() => void)[] = [];

async function pump(): Promise<void> {
  if (pumping || !database) return;
  pumping = true;
  try {
    while (pending.length > 0) {
      const op = pending[0] as Op;
      const onTransaction = (tx: IDBTransaction) => {
        inFlight = tx;
      };
      try {
        if (op.kind === 'grade') {
          const { scheduler } = useStudyStore.getState();
          const { reviewedAt, grade } = op.entry;
          op.entry.id = await recordGrade(database, op.entry, {
            regrade: (current) => scheduler.grade(current, reviewedAt, grade),
            onTransaction,
          });
        } else if (op.entry.id !== undefined)
          await undoGrade(database, { ...op.entry, id: op.entry.id }, { onTransaction });
        inFlight = null;
        if (pending[0] === op) pending.shift();
        // The learner has progress worth keeping now: ask the browser not to evict it.
        void requestPersistence();
      } catch (error) {
        inFlight = null;
        // Aborted because the page was being left: writeQueuedNow wrote it instead.
        if (op.taken) continue;
        useStudyStore.setState({
          saveFailed: true,
          saveError: isQuotaError(error) ? 'quota' : 'other',
        });
        retryTimer ??= setTimeout(() => {
          retryTimer = null;
          void pump();
        }, RETRY_MS);
        return;
      }
    }
    settleQueue();
  } finally {
    pumping = false;
  }
}

/**
 * Leaving the page (reload, navigation, tab closed, app backgrounded): a queued review would
 * otherwise wait for a paint that a hidden page never makes, or die with the page half-written.
 * Every queued operation is written now, synchronously, in one transaction; the one being
 * written is aborted first and included, unless it is already committing (then it stays).
 */
function writeQueuedNow(): void {
  if (!database || pending.length === 0) return;
  let start = 0;
  if (pumping && inFlight) {
    try {
      inFlight.abort();
    } catch {
      start = 1; // Already committing: it will land on its own.
    }
  }
  const leaving = pending.slice(start);
  if (leaving.length === 0) return;
  // A grade and its undo in the same batch cancel out (the undo's log id is not known yet).
  const batch = leaving.filter(
    (op) =>
      !leaving.some(
        (other) =>
          other !== op &&
          other.entry === op.entry &&
          (op.kind === 'grade' || other.kind === 'grade'),
      ),
  );
  try {
    writeBeforeLeaving(database, batch, () => {
      // The page stayed (or came back) and the write failed: queue it again.
      for (const op of leaving) op.taken = false;
      pending.unshift(...leaving);
      useStudyStore.setState({ saveFailed: true });
      void pump();
    });
  } catch {
    return; // The database is closing or gone: the regular queue keeps them and retries.
  }
  for (const op of leaving) op.taken = true;
  pending.splice(start);
}

if (typeof window !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') writeQueuedNow();
  });
  window.addEventListener('pagehide', writeQueuedNow);
}

function enqueue(op: Op): void {
  // Undoing a grade that was never written just drops the write.
  if (op.kind === 'undo') {
    const i = pending.findIndex((p) => p.kind === 'grade' && p.entry === op.entry);
    if (i > 0 || (i === 0 && !pumping)) {
      pending.splice(i, 1);
      if (pending.length === 0) settleQueue();
      return;
    }
  }
  pending.push(op);
  // The next item paints first; the write starts once that frame is on screen.
  afterNextPaint(() => void pump());
}

/** The store's data before anything is loaded. */
const initialData = () => ({
  status: 'idle' as const,
  settings: DEFAULT_SETTINGS,
  scheduler: schedulerFor(DEFAULT_SETTINGS),
  states: new Map<string, MemoryState>(),
  studiedIds: new Set<string>(),
  laterDue: null as number | null,
  dayStart: 0,
  storedDone: { newItems: 0, reviews: 0 },
  undoStack: [] as ReviewLogEntry[],
  session: EMPTY_SESSION,
  saveFailed: false,
  saveError: null as SaveError | null,
  lastBackupAt: null as number | null,
  syncedAt: null as number | null,
});

/** Resolves once every queued write has been stored. */
function drained(): Promise<void> {
  if (pending.length === 0) return Promise.resolve();
  return new Promise((resolve) => drainWaiters.push(resolve));
}

/** Like drained(), but gives up after `ms` (the tab is being asked to let go of the database). */
function drainedWithin(ms: number): Promise<void> {
  return Promise.race([drained(), new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

onBeforeUpdateReload(() => drainedWithin(5000));

function settleQueue(): void {
  useStudyStore.setState({ saveFailed: false, saveError: null });
  for (const resolve of drainWaiters.splice(0)) resolve();
}

/** Reads today's slice of progress into the store. The undo stack restarts with it. */
async function readStorage(db: StudyDatabase, now: number): Promise<void> {
  const progress = await loadProgress(db, now);
  useStudyStore.setState({
    status: 'ready',
    settings: progress.settings,
    scheduler: schedulerFor(progress.settings),
    states: progress.dueStates,
    studiedIds: progress.studiedIds,
    laterDue: progress.laterDue,
    dayStart: progress.dayStart,
    storedDone: progress.doneToday,
    lastBackupAt: progress.lastBackupAt,
    undoStack: [],
  });
}

/** Reads progress again once every queued write has landed, so the read includes them. */
async function rereadWhenSaved(db: StudyDatabase, now: number): Promise<void> {
  await drained();
  await readStorage(db, now);
}

/** New items and reviews done in the study day containing `now`: stored, plus this session's. */
export function doneToday(
  store: Pick<StudyStore, 'settings' | 'dayStart' | 'storedDone' | 'undoStack'>,
  now: number,
): DoneToday {
  const dayStart = studyDayStart(now, store.settings.dayStartHour);
  const session = doneSince(store.undoStack, dayStart);
  if (dayStart !== store.dayStart) return session;
  return {
    newItems: store.storedDone.newItems + session.newItems,
    reviews: store.storedDone.reviews + session.reviews,
  };
}

export const useStudyStore = create<StudyStore>((set, get) => ({
  ...initialData(),

  load: async (now) => {
    if (get().status !== 'idle') return;
    set({ status: 'loading' });
    let db: StudyDatabase;
    try {
      db = await openStudyDatabase();
      await readStorage(db, now);
    } catch (error) {
      database = null;
      if (error instanceof Error && error.name === 'VersionError') {
        // The stored data is newer than this copy of the app (an older cached version is running).
        set({ status: 'outdated' });
        reportStorageHealth({ kind: 'outdated' });
        return;
      }
      // IndexedDB blocked or broken: study still works for this visit, in memory only.
      set({ status: 'unavailable', dayStart: studyDayStart(now, get().settings.dayStartHour) });
      reportStorageHealth({ kind: 'unavailable' });
      return;
    }
    database = db;
    // A newer version of the app wants to upgrade the database (another tab): save what is
    // queued, let go of the connection and ask the learner to reload. Returning false stops
    // Dexie's default handler, which would close the database at once.
    db.on('versionchange', (event: IDBVersionChangeEvent) => {
      set({ status: 'outdated' });
      // No new version: the database is being deleted (site data cleared), not upgraded.
      reportStorageHealth({ kind: event.newVersion === null ? 'cleared' : 'outdated' });
      void drainedWithin(3000).then(() => {
        database = null;
        db.close();
      });
      return false;
    });
    // Another tab graded, undid, imported or changed settings: read today's progress again.
    watchOtherConnections(db, () => {
      void (async () => {
        await drained();
        if (database !== db || get().status !== 'ready') return;
        await readStorage(db, Date.now());
        set({ syncedAt: Date.now() });
      })();
    });
  },

  flushWrites: () => drained(),

  reloadFromStorage: async () => {
    if (!database) return;
    await rereadWhenSaved(database, Date.now());
    set({ session: EMPTY_SESSION });
  },

  refreshIfNewDay: async (now) => {
    const { status, settings, dayStart } = get();
    if (status !== 'ready' || !database || studyDayStart(now, settings.dayStartHour) === dayStart)
      return;
    await rereadWhenSaved(database, now);
  },

  grade: (itemId, kind, grade, durationMs, now) => {
    const { states, studiedIds, scheduler, undoStack, session } = get();
    const before = states.get(itemId) ?? null;
    const after = scheduler.grade(before, now, grade);
    const entry: ReviewLogEntry = {
      itemId,
      kind,
      reviewedAt: now,
      grade,
      before,
      after,
      durationMs,
    };
    const nextStates = new Map(states);
    nextStates.set(itemId, after);
    set({
      states: nextStates,
      studiedIds: studiedIds.has(itemId) ? studiedIds : new Set(studiedIds).add(itemId),
      undoStack: [...undoStack, entry],
      session: sessionWith(session, entry, 1),
    });
    if (database) enqueue({ entry, kind: 'grade' });
    return entry;
  },

  undo: () => {
    const { states, studiedIds, undoStack, session } = get();
    const entry = undoStack[undoStack.length - 1];
    if (!entry) return null;
    const nextStates = new Map(states);
    const nextIds = new Set(studiedIds);
    if (entry.before === null) {
      nextStates.delete(entry.itemId);
      nextIds.delete(entry.itemId);
    } else nextStates.set(entry.itemId, entry.before);
    set({
      states: nextStates,
      studiedIds: nextIds,
      undoStack: undoStack.slice(0, -1),
      session: sessionWith(session, entry, -1),
    });
    if (database) enqueue({ entry, kind: 'undo' });
    return entry;
  },

  retrySave: () => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    void pump();
  },

  updateSettings: async (settings) => {
    const hourChanged = settings.dayStartHour !== get().settings.dayStartHour;
    if (database) await saveSettings(database, settings);
    set({ settings, scheduler: schedulerFor(settings) });
    // A different day boundary changes what "today" holds: read it again.
    if (hourChanged && database) await rereadWhenSaved(database, Date.now());
  },
}));

/** Test hook: forget everything held in memory (the database is left alone). */
export function resetStudyStore(): void {
  pending.length = 0;
  drainWaiters.length = 0;
  database = null;
  useStudyStore.setState(initialData());
}
