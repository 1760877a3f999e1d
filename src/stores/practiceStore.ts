/**
 * The practice-exam store owns the attempt on screen: what was drawn, the learner's answers and
 * flags, where they are, the clock, and the submission. Every answer, flag and move is written
 * to IndexedDB as it happens (storage/examAttempts.ts), so an attempt survives a reload, a closed
 * tab or a killed app; the deadline is wall-clock time, so time away counts. One tab at a time
 * holds an attempt (storage/attemptLock.ts); another tab opening it is told it is busy.
 */
import { create } from 'zustand';
import type { RetakeChoice } from '../domain/examRetake';
import { isTimeUp } from '../domain/examTiming';
import type { Question } from '../schema/content';
import type { ExamAnswer, ExamAttempt } from '../schema/examAttempt';
import { holdAttempt } from '../storage/attemptLock';
import {
  createAttempt,
  discardAttempt,
  listAttempts,
  loadAttempt,
  saveAnswer,
  saveCurrent,
} from '../storage/examAttempts';
import { openStudyDatabase } from '../storage/instance';
import { bank, drawnAttempt, retakeOf, submitted, type PracticeRequest } from './practiceAttempts';

export type { PracticeRequest } from './practiceAttempts';

interface PracticeData {
  /** busy: another tab has this attempt open. missing: no such attempt on this device. */
  status: 'idle' | 'loading' | 'ready' | 'busy' | 'missing' | 'unavailable';
  attempt: ExamAttempt | null;
  answers: Record<string, ExamAnswer>;
  /** The bank as it is now, by id (a removed question is absent). */
  questions: ReadonlyMap<string, Question>;
  /** A write failed (the answer is kept in this tab and written with the next change). */
  saveFailed: boolean;
}

interface PracticeActions {
  /** Draws a new attempt, stores it and returns its id (null if nothing could be drawn). */
  start: (request: PracticeRequest, now: number) => Promise<string | null>;
  /** A new attempt over the same questions, or only those missed. */
  retake: (which: RetakeChoice, now: number) => Promise<string | null>;
  /** Opens a stored attempt; one past its deadline is submitted as it stood. */
  open: (attemptId: string, now: number) => Promise<void>;
  /** Lets go of the attempt (leaving the screen). */
  close: () => void;
  choose: (questionId: string, selected: number[]) => void;
  toggleFlag: (questionId: string) => void;
  /** Practice mode: the answer is checked and explained; it can no longer change. */
  check: (questionId: string) => void;
  goTo: (index: number, now: number) => void;
  /** Submits when the time is up; the screen calls it every second. */
  tick: (now: number) => void;
  submit: (reason: 'submitted' | 'timeout', now: number) => Promise<void>;
  discard: () => Promise<void>;
}

type PracticeStore = PracticeData & PracticeActions;

const initial: PracticeData = {
  status: 'idle',
  attempt: null,
  answers: {},
  questions: new Map(),
  saveFailed: false,
};

type Opened =
  | {
      status: 'ready';
      release: () => void;
      data: Pick<PracticeData, 'attempt' | 'answers' | 'questions'>;
    }
  | { status: 'busy' | 'missing' | 'unavailable' };

/** Opens a stored attempt for this tab: holds its lock, reads it and the bank. */
async function openAttempt(attemptId: string): Promise<Opened> {
  let db;
  try {
    db = await openStudyDatabase();
  } catch {
    return { status: 'unavailable' };
  }
  const hold = await holdAttempt(attemptId);
  if (hold === 'busy') return { status: 'busy' };
  const [stored, questions] = await Promise.all([loadAttempt(db, attemptId), bank()]);
  if (!stored) {
    hold.release();
    return { status: 'missing' };
  }
  return {
    status: 'ready',
    release: hold.release,
    data: { attempt: stored.attempt, answers: stored.answers, questions },
  };
}

type SetPractice = (partial: Partial<PracticeData>) => void;

/**
 * The answers of the attempt on screen: each change is held at once and written as it happens
 * (a failed write is shown, and the row is written again with the next change), and the time
 * spent on the question on screen is added when the learner moves on.
 */
function answerSheet(set: SetPractice, get: () => PracticeData) {
  /** When the question on screen was shown; 0 when no attempt is open. */
  let shownAt = 0;

  const persist = (answer: ExamAnswer) => {
    set({ answers: { ...get().answers, [answer.questionId]: answer } });
    void (async () => {
      try {
        await saveAnswer(await openStudyDatabase(), answer);
        set({ saveFailed: false });
      } catch {
        set({ saveFailed: true });
      }
    })();
  };

  const answerOf = (questionId: string): ExamAnswer =>
    get().answers[questionId] ?? {
      attemptId: get().attempt?.id ?? '',
      questionId,
      selected: [],
      flagged: false,
      checked: false,
      timeMs: 0,
    };

  const open = () => get().attempt?.submittedAt === null;

  return {
    persist,
    choose: (questionId: string, selected: number[]) => {
      const answer = answerOf(questionId);
      if (open() && !answer.checked) persist({ ...answer, selected });
    },
    toggleFlag: (questionId: string) => {
      const answer = answerOf(questionId);
      if (open()) persist({ ...answer, flagged: !answer.flagged });
    },
    /** Practice mode: checked and explained; the choice is then final. */
    check: (questionId: string) => {
      const answer = answerOf(questionId);
      if (open() && answer.selected.length > 0) persist({ ...answer, checked: true });
    },
    shownFrom(now: number) {
      shownAt = now;
    },
    /** Adds the time since the question was shown (at most 10 minutes) to its answer row. */
    addTime(now: number) {
      const attempt = get().attempt;
      const current = attempt?.questions[attempt.current];
      if (!attempt || !current || attempt.submittedAt !== null || shownAt === 0) return;
      const answer = answerOf(current.id);
      const spent = Math.max(0, Math.min(now - shownAt, 600_000));
      persist({ ...answer, timeMs: answer.timeMs + spent });
      shownAt = now;
    },
  };
}

/** Stores a new attempt and returns its id (null: nothing was drawn). */
async function begin(attempt: ExamAttempt | null): Promise<string | null> {
  if (!attempt) return null;
  await createAttempt(await openStudyDatabase(), attempt);
  return attempt.id;
}

export const usePracticeStore = create<PracticeStore>((set, get) => {
  let release: (() => void) | null = null;
  let submitting = false;
  const sheet = answerSheet(set, get);

  return {
    ...initial,

    start: async (request, now) => begin(await drawnAttempt(request, now)),

    retake: async (which, now) => {
      const previous = get().attempt;
      const attempt = previous ? await retakeOf(previous, which, now) : null;
      return attempt ? begin(attempt) : null;
    },

    open: async (attemptId, now) => {
      get().close();
      set({ ...initial, status: 'loading' });
      const opened = await openAttempt(attemptId);
      if (opened.status !== 'ready') {
        set({ status: opened.status });
        return;
      }
      release = opened.release;
      sheet.shownFrom(now);
      set({ status: 'ready', ...opened.data });
      get().tick(now);
    },

    close: () => {
      release?.();
      release = null;
      sheet.shownFrom(0);
      set(initial);
    },

    choose: sheet.choose,
    toggleFlag: sheet.toggleFlag,
    check: sheet.check,

    goTo: (index, now) => {
      const attempt = get().attempt;
      if (!attempt || index < 0 || index >= attempt.questions.length) return;
      sheet.addTime(now);
      set({ attempt: { ...attempt, current: index } });
      openStudyDatabase()
        .then((db) => saveCurrent(db, attempt.id, index))
        .catch(() => set({ saveFailed: true }));
    },

    tick: (now) => {
      const attempt = get().attempt;
      if (attempt?.submittedAt !== null || attempt.deadline === null) return;
      if (isTimeUp(attempt.deadline, now)) void get().submit('timeout', now);
    },

    submit: async (reason, now) => {
      const { attempt, questions } = get();
      // One submission at a time from this tab (the timer may race the button).
      if (!attempt || attempt.submittedAt !== null || submitting) return;
      submitting = true;
      const timedOut = reason === 'timeout' && attempt.deadline !== null;
      sheet.addTime(timedOut && attempt.deadline !== null ? Math.min(now, attempt.deadline) : now);
      try {
        const stored = await submitted(attempt, get().answers, questions, reason, now);
        if (stored) set({ attempt: stored.attempt, answers: stored.answers });
      } finally {
        submitting = false;
      }
    },

    discard: async () => {
      const attempt = get().attempt;
      if (!attempt) return;
      await discardAttempt(await openStudyDatabase(), attempt.id);
      get().close();
    },
  };
});

/** Every attempt at an exam on this device, newest first. */
export async function attemptHistory(examId: string): Promise<ExamAttempt[]> {
  return listAttempts(await openStudyDatabase(), examId);
}
