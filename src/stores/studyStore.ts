/**
 * The study store owns the learner's progress as the screens see it: the memory states of
 * today's items, the settings and scheduler, today's latest grades (what Undo walks back) and
 * whether saving works. A grade changes the store at once, so the next item paints first; the
 * write to IndexedDB follows through the storage layer's write queue, which reports back here.
 */
import { create } from 'zustand';
import { doneSince, studyDayStart, type DoneToday } from '../domain/queue';
import { createScheduler, schedulerOptionsFor, type Scheduler } from '../domain/scheduler';
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
import {
  loadProgress,
  saveSettings,
  type StoredEntry,
  type StoredProgress,
} from '../storage/progress';
import { isVersionError, openStudyDatabase } from '../storage/instance';
import type { SaveError } from '../storage/writeQueue';
import { reportStorageHealth } from './storageHealth';
import { connectStudy, type StudyConnection } from './studyConnection';

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
  /** New items and reviews stored for that day, less those on the undo stack (counted there). */
  storedDone: DoneToday;
  /**
   * What Undo walks back through, newest last: today's last grades read from the log on load
   * (so Undo works after a reload), then this session's.
   */
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

const schedulerFor = (s: StudySettings) => createScheduler(schedulerOptionsFor(s, FUZZ));

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

/** New items and reviews done in the study day containing `now`: stored, plus the undo stack's. */
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

/** The store's data as loaded from storage: a new session's start. */
function dataOf(progress: StoredProgress): Partial<StudyData> {
  const { doneToday: stored, recentGrades, dayStart } = progress;
  const onStack = doneSince(recentGrades, dayStart);
  return {
    status: 'ready',
    settings: progress.settings,
    scheduler: schedulerFor(progress.settings),
    states: progress.dueStates,
    studiedIds: progress.studiedIds,
    laterDue: progress.laterDue,
    dayStart: progress.dayStart,
    storedDone: {
      newItems: stored.newItems - onStack.newItems,
      reviews: stored.reviews - onStack.reviews,
    },
    lastBackupAt: progress.lastBackupAt,
    undoStack: recentGrades,
  };
}

/** The store's data with a grade given (new objects, so selectors see the change). */
function withGrade(data: StudyData, entry: ReviewLogEntry): Partial<StudyData> {
  const { states, studiedIds, undoStack, session } = data;
  const nextStates = new Map(states);
  nextStates.set(entry.itemId, entry.after);
  return {
    states: nextStates,
    studiedIds: studiedIds.has(entry.itemId) ? studiedIds : new Set(studiedIds).add(entry.itemId),
    undoStack: [...undoStack, entry],
    session: sessionWith(session, entry, 1),
  };
}

/** The store's data with the last grade (`entry`) taken back. */
function withoutGrade(data: StudyData, entry: ReviewLogEntry): Partial<StudyData> {
  const nextStates = new Map(data.states);
  const nextIds = new Set(data.studiedIds);
  if (entry.before === null) {
    nextStates.delete(entry.itemId);
    nextIds.delete(entry.itemId);
  } else nextStates.set(entry.itemId, entry.before);
  return {
    states: nextStates,
    studiedIds: nextIds,
    undoStack: data.undoStack.slice(0, -1),
    // The session's own grades are the newest on the stack; below them, grades from before it.
    session: data.session.reviewed > 0 ? sessionWith(data.session, entry, -1) : data.session,
  };
}

/** The store's data holding the grade as storage stored it (rescheduled from a newer state). */
function withStoredGrade(
  data: StudyData,
  entry: ReviewLogEntry,
  stored: StoredEntry,
): Partial<StudyData> {
  const states = new Map(data.states);
  if (data.states.get(entry.itemId) === entry.after) states.set(entry.itemId, stored.after);
  return { undoStack: data.undoStack.map((e) => (e === entry ? stored : e)), states };
}

type SetStudy = (partial: Partial<StudyData>) => void;

/**
 * The store's hold on the database: opening it, reading progress into the store, and the
 * connection (write queue, other tabs) while it lasts. Kept per store instance, not per module.
 */
function databaseLink(set: SetStudy, get: () => StudyStore) {
  let connection: StudyConnection | null = null;

  /** Reads today's slice of progress into the store; the undo stack restarts from the log. */
  const read = async (db: StudyDatabase, now: number) => {
    set(dataOf(await loadProgress(db, now)));
  };

  const connect = (db: StudyDatabase): StudyConnection =>
    connectStudy(db, {
      regrade: (current, entry) => get().scheduler.grade(current, entry.reviewedAt, entry.grade),
      // Storage rescheduled a grade from a newer stored state: hold what was stored instead.
      onStored: (entry, stored) => {
        if (stored.after !== entry.after) set(withStoredGrade(get(), entry, stored));
      },
      onSaveFailed: (error) => set({ saveFailed: true, saveError: error }),
      onSaved: () => set({ saveFailed: false, saveError: null }),
      onLetGo: (reason) => {
        set({ status: 'outdated' });
        reportStorageHealth({ kind: reason });
      },
      onClosed: () => {
        if (connection?.db === db) connection = null;
      },
      // Another tab graded, undid, imported or changed settings: read today's progress again.
      onOtherTabWrote: () => {
        if (connection?.db !== db || get().status !== 'ready') return;
        void read(db, Date.now()).then(() => set({ syncedAt: Date.now() }));
      },
    });

  return {
    get connection() {
      return connection;
    },
    drained: () => connection?.queue.drained() ?? Promise.resolve(),
    async open(now: number) {
      try {
        const db = await openStudyDatabase();
        await read(db, now);
        connection = connect(db);
      } catch (error) {
        const outdated = isVersionError(error);
        // Not outdated: IndexedDB blocked or broken; study still works, in memory only.
        if (outdated) set({ status: 'outdated' });
        else
          set({ status: 'unavailable', dayStart: studyDayStart(now, get().settings.dayStartHour) });
        reportStorageHealth({ kind: outdated ? 'outdated' : 'unavailable' });
      }
    },
    /** Reads progress again once every queued write has landed, so the read includes them. */
    async reread(now: number) {
      const db = connection?.db;
      if (!db) return;
      await connection?.queue.drained();
      await read(db, now);
    },
    close() {
      connection?.stop();
      connection = null;
    },
  };
}

export const useStudyStore = create<StudyStore>((set, get) => {
  const link = databaseLink(set, get);
  return {
    ...initialData(),

    load: async (now) => {
      if (get().status !== 'idle') return;
      set({ status: 'loading' });
      await link.open(now);
    },

    flushWrites: link.drained,

    reloadFromStorage: async () => {
      await link.reread(Date.now());
      set({ session: EMPTY_SESSION });
    },

    refreshIfNewDay: async (now) => {
      const { status, settings, dayStart } = get();
      if (status !== 'ready' || studyDayStart(now, settings.dayStartHour) === dayStart) return;
      await link.reread(now);
    },

    grade: (itemId, kind, grade, durationMs, now) => {
      const before = get().states.get(itemId) ?? null;
      const after = get().scheduler.grade(before, now, grade);
      const entry: ReviewLogEntry = {
        itemId,
        kind,
        reviewedAt: now,
        grade,
        before,
        after,
        durationMs,
      };
      set(withGrade(get(), entry));
      link.connection?.queue.grade(entry);
      return entry;
    },

    undo: () => {
      const entry = get().undoStack.at(-1);
      if (!entry) return null;
      set(withoutGrade(get(), entry));
      link.connection?.queue.undo(entry);
      return entry;
    },

    retrySave: () => link.connection?.queue.retryNow(),

    updateSettings: async (settings) => {
      const hourChanged = settings.dayStartHour !== get().settings.dayStartHour;
      const db = link.connection?.db;
      if (db) await saveSettings(db, settings);
      set({ settings, scheduler: schedulerFor(settings) });
      // A different day boundary changes what "today" holds: read it again.
      if (hourChanged) await link.reread(Date.now());
    },

    reset: () => {
      link.close();
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
