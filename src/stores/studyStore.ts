/**
 * The study store owns the learner's progress as the screens see it: the memory states of
 * today's items, the settings and scheduler, this session's grades (what Undo walks back) and
 * whether saving works. A grade changes the store at once, so the next item paints first; the
 * write to IndexedDB follows through the storage layer's write queue, which reports back here.
 */
import { create } from 'zustand';
import { studyDayStart, type DoneToday } from '../domain/queue';
import { createScheduler, type Scheduler } from '../domain/scheduler';
import {
  doneToday as dayDone,
  EMPTY_SESSION,
  sessionWith,
  type SessionStats,
} from '../domain/session';
import {
  DEFAULT_SETTINGS,
  type Grade,
  type ItemKind,
  type MemoryState,
  type ReviewLogEntry,
  type StudySettings,
} from '../schema/study';
import type { StudyDatabase } from '../storage/db';
import { handleVersionChange, isVersionError, openStudyDatabase } from '../storage/instance';
import { requestPersistence } from '../storage/persistence';
import { loadProgress, saveSettings, type StoredEntry } from '../storage/progress';
import { watchOtherConnections } from '../storage/sync';
import { WriteQueue, type SaveError } from '../storage/writeQueue';
import { afterNextPaint } from './afterNextPaint';
import { reportStorageHealth } from './storageHealth';

export type { SessionStats } from '../domain/session';
export type { SaveError } from '../storage/writeQueue';

/** Interval fuzz: on for learners, off under test so intervals are predictable. */
const FUZZ = import.meta.env.MODE !== 'test';

interface StudyData {
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
}

interface StudyActions {
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
  /** Forgets everything held in memory and stops writing (tests; the database is left alone). */
  reset: () => void;
}

type StudyStore = StudyData & StudyActions;

const schedulerFor = (s: StudySettings) =>
  createScheduler({
    retention: s.retention,
    learningSteps: s.learningSteps,
    relearningSteps: s.relearningSteps,
    fuzz: FUZZ,
  });

/** The store's data before anything is loaded. */
const initialData = (): StudyData => ({
  status: 'idle',
  settings: DEFAULT_SETTINGS,
  scheduler: schedulerFor(DEFAULT_SETTINGS),
  states: new Map(),
  studiedIds: new Set(),
  laterDue: null,
  dayStart: 0,
  storedDone: { newItems: 0, reviews: 0 },
  undoStack: [],
  session: EMPTY_SESSION,
  saveFailed: false,
  saveError: null,
  lastBackupAt: null,
  syncedAt: null,
});

/** New items and reviews done in the study day containing `now`: stored, plus this session's. */
export function doneToday(
  store: Pick<StudyData, 'settings' | 'dayStart' | 'storedDone' | 'undoStack'>,
  now: number,
): DoneToday {
  const { settings, dayStart, storedDone, undoStack } = store;
  return dayDone(
    { dayStartHour: settings.dayStartHour, dayStart, storedDone, sessionLog: undoStack },
    now,
  );
}

/** The open database and its write queue, while this tab has them. */
interface Connection {
  db: StudyDatabase;
  queue: WriteQueue;
  stop: () => void;
}

export const useStudyStore = create<StudyStore>((set, get) => {
  let connection: Connection | null = null;
  const drained = () => connection?.queue.drained() ?? Promise.resolve();

  /** Reads today's slice of progress into the store. The undo stack restarts with it. */
  const readStorage = async (db: StudyDatabase, now: number) => {
    const progress = await loadProgress(db, now);
    set({
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
  };

  /** Reads progress again once every queued write has landed, so the read includes them. */
  const rereadWhenSaved = async (now: number) => {
    const db = connection?.db;
    if (!db) return;
    await drained();
    await readStorage(db, now);
  };

  /** Storage rescheduled a grade from a newer stored state: hold what was stored instead. */
  const onStored = (entry: ReviewLogEntry, stored: StoredEntry) => {
    if (stored.after === entry.after) return;
    const { undoStack, states } = get();
    const nextStates = new Map(states);
    if (states.get(entry.itemId) === entry.after) nextStates.set(entry.itemId, stored.after);
    set({ undoStack: undoStack.map((e) => (e === entry ? stored : e)), states: nextStates });
  };

  const connect = (db: StudyDatabase): Connection => {
    const queue = new WriteQueue(db, {
      regrade: (current, entry) => get().scheduler.grade(current, entry.reviewedAt, entry.grade),
      schedule: afterNextPaint,
      onStored: (entry, stored) => {
        // The learner has progress worth keeping now: ask the browser not to evict it.
        void requestPersistence();
        onStored(entry, stored);
      },
      onFailed: (error) => set({ saveFailed: true, saveError: error }),
      onSettled: () => set({ saveFailed: false, saveError: null }),
    });
    const stopLeaving = queue.listenForPageHide();
    handleVersionChange(db, {
      onLetGo: (reason) => {
        set({ status: 'outdated' });
        reportStorageHealth({ kind: reason });
      },
      finish: () => queue.drained(),
      onClosed: () => {
        if (connection?.db === db) connection = null;
      },
    });
    // Another tab graded, undid, imported or changed settings: read today's progress again.
    const stopWatching = watchOtherConnections(db, () => {
      void (async () => {
        await queue.drained();
        if (connection?.db !== db || get().status !== 'ready') return;
        await readStorage(db, Date.now());
        set({ syncedAt: Date.now() });
      })();
    });
    return {
      db,
      queue,
      stop: () => {
        stopLeaving();
        stopWatching();
        queue.clear();
      },
    };
  };

  return {
    ...initialData(),

    load: async (now) => {
      if (get().status !== 'idle') return;
      set({ status: 'loading' });
      try {
        const db = await openStudyDatabase();
        await readStorage(db, now);
        connection = connect(db);
      } catch (error) {
        if (isVersionError(error)) {
          set({ status: 'outdated' });
          reportStorageHealth({ kind: 'outdated' });
          return;
        }
        // IndexedDB blocked or broken: study still works for this visit, in memory only.
        set({ status: 'unavailable', dayStart: studyDayStart(now, get().settings.dayStartHour) });
        reportStorageHealth({ kind: 'unavailable' });
      }
    },

    flushWrites: drained,

    reloadFromStorage: async () => {
      await rereadWhenSaved(Date.now());
      set({ session: EMPTY_SESSION });
    },

    refreshIfNewDay: async (now) => {
      const { status, settings, dayStart } = get();
      if (status !== 'ready' || studyDayStart(now, settings.dayStartHour) === dayStart) return;
      await rereadWhenSaved(now);
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
      connection?.queue.grade(entry);
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
      connection?.queue.undo(entry);
      return entry;
    },

    retrySave: () => connection?.queue.retryNow(),

    updateSettings: async (settings) => {
      const hourChanged = settings.dayStartHour !== get().settings.dayStartHour;
      if (connection) await saveSettings(connection.db, settings);
      set({ settings, scheduler: schedulerFor(settings) });
      // A different day boundary changes what "today" holds: read it again.
      if (hourChanged) await rereadWhenSaved(Date.now());
    },

    reset: () => {
      connection?.stop();
      connection = null;
      set(initialData());
    },
  };
});

/** Waits up to `ms` for queued reviews to be written (an update is about to reload the page). */
export function flushWritesWithin(ms: number): Promise<void> {
  const flushed = useStudyStore.getState().flushWrites();
  return Promise.race([flushed, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

/** Test hook: forget everything held in memory (the database is left alone). */
export function resetStudyStore(): void {
  useStudyStore.getState().reset();
}
