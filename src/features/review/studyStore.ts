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
import type { StudyDatabase } from '../../storage/db';
import { openStudyDatabase } from '../../storage/instance';
import { afterNextPaint } from '../../ui/afterNextPaint';
import { loadProgress, recordGrade, saveSettings, undoGrade } from '../../storage/progress';

/** Interval fuzz: on for learners, off under test so intervals are predictable. */
const FUZZ = import.meta.env.MODE !== 'test';
const RETRY_MS = 3000;

export interface SessionStats {
  reviewed: number;
  newItems: number;
  again: number;
  timeMs: number;
}

interface StudyStore {
  status: 'idle' | 'loading' | 'ready' | 'unavailable';
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
  load: (now: number) => Promise<void>;
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
type Op = { entry: ReviewLogEntry; kind: 'grade' | 'undo' };
let database: StudyDatabase | null = null;
const pending: Op[] = [];
let pumping = false;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
const drainWaiters: (() => void)[] = [];

async function pump(): Promise<void> {
  if (pumping || !database) return;
  pumping = true;
  try {
    while (pending.length > 0) {
      const op = pending[0] as Op;
      try {
        if (op.kind === 'grade') op.entry.id = await recordGrade(database, op.entry);
        else if (op.entry.id !== undefined)
          await undoGrade(database, { ...op.entry, id: op.entry.id });
        pending.shift();
      } catch {
        useStudyStore.setState({ saveFailed: true });
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
});

/** Resolves once every queued write has been stored. */
function drained(): Promise<void> {
  if (pending.length === 0) return Promise.resolve();
  return new Promise((resolve) => drainWaiters.push(resolve));
}

function settleQueue(): void {
  useStudyStore.setState({ saveFailed: false });
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
    undoStack: [],
  });
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
    try {
      database = await openStudyDatabase();
      await readStorage(database, now);
    } catch {
      // IndexedDB blocked or broken: study still works for this visit, in memory only.
      database = null;
      set({ status: 'unavailable', dayStart: studyDayStart(now, get().settings.dayStartHour) });
    }
  },

  refreshIfNewDay: async (now) => {
    const { status, settings, dayStart } = get();
    if (status !== 'ready' || !database || studyDayStart(now, settings.dayStartHour) === dayStart)
      return;
    await drained();
    await readStorage(database, now);
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
    if (hourChanged && database) {
      await drained();
      await readStorage(database, Date.now());
    }
  },
}));

/** Test hook: forget everything held in memory (the database is left alone). */
export function resetStudyStore(): void {
  pending.length = 0;
  drainWaiters.length = 0;
  database = null;
  useStudyStore.setState(initialData());
}
