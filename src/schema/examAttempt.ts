/**
 * Practice-exam attempts as stored and backed up: the attempt (what was drawn, how it is timed,
 * where the learner is, and once submitted the frozen result) and one row per answered or
 * flagged question. The result snapshot is never recomputed, so a later content edit never
 * changes a past score. Times are epoch milliseconds.
 */
import './jitless.ts';
import { z } from 'zod';
import { DIFFICULTIES } from './content';

export const EXAM_MODES = ['exam', 'practice'] as const;
export type ExamMode = (typeof EXAM_MODES)[number];

const count = z.number().int().nonnegative();
const tally = { correct: count, total: count };

export const questionResult = z.strictObject({
  id: z.string(),
  title: z.string(),
  domain: z.number().int().nullable(),
  tasks: z.array(z.string()),
  difficulty: z.enum(DIFFICULTIES),
  selected: z.array(count),
  correct: z.boolean(),
  answered: z.boolean(),
  flagged: z.boolean(),
  timeMs: z.number().nonnegative(),
  wasUnseen: z.boolean(),
});

export const attemptResult = z.strictObject({
  ...tally,
  percent: z.number().min(0).max(100),
  passedEstimate: z.boolean(),
  unanswered: count,
  byDomain: z.array(z.strictObject({ ...tally, domain: z.number().int(), name: z.string() })),
  byTask: z.array(z.strictObject({ ...tally, task: z.string(), title: z.string() })),
  byDifficulty: z.strictObject({
    easy: z.strictObject(tally),
    medium: z.strictObject(tally),
    hard: z.strictObject(tally),
  }),
  unseenCorrect: count,
  unseenTotal: count,
  perQuestion: z.array(questionResult),
  timeMs: z.number().nonnegative(),
  missing: z.array(z.string()),
});
export type StoredAttemptResult = z.infer<typeof attemptResult>;

const share = z.number().min(0).max(1);

/**
 * What readiness predicted for the exam when the attempt was created (recall at that moment, not
 * on the exam date): the overall figure with its band, and each domain's mean. Calibration
 * compares it with the score. Absent on attempts stored before it was recorded (schema v5).
 */
export const predictedReadiness = z.strictObject({
  overall: z.strictObject({ mean: share, low: share, high: share }),
  domains: z.array(z.strictObject({ domain: z.number().int(), mean: share })),
  enoughData: z.boolean(),
});
export type PredictedReadinessSnapshot = z.infer<typeof predictedReadiness>;

export const examAttempt = z.strictObject({
  id: z.string().min(1),
  examId: z.string().min(1),
  mode: z.enum(EXAM_MODES),
  createdAt: z.number(),
  /** Exam conditions: the wall-clock time the attempt ends; null in practice mode. */
  deadline: z.number().nullable(),
  /** What the learner asked for. */
  request: z.strictObject({
    length: z.number().int().positive(),
    domain: z.number().int().positive().nullable(),
    onlyUnseen: z.boolean(),
  }),
  /** The questions in the order shown, each with its option order and its title then. */
  questions: z.array(
    z.strictObject({ id: z.string(), title: z.string(), optionOrder: z.array(count) }),
  ),
  /** Ids of the questions that had never been reviewed or answered when it started. */
  unseen: z.array(z.string()),
  /** The question on screen, to resume at. */
  current: count,
  submittedAt: z.number().nullable(),
  /** Why it ended: the learner submitted, or the time ran out. */
  endReason: z.enum(['submitted', 'timeout']).nullable(),
  result: attemptResult.nullable(),
  /** The attempt this one retakes, if any. */
  retakeOf: z.string().nullable(),
  predicted: predictedReadiness.optional(),
});
export type ExamAttempt = z.infer<typeof examAttempt>;

export const examAnswer = z.strictObject({
  attemptId: z.string().min(1),
  questionId: z.string().min(1),
  /** Original option indexes, ascending. */
  selected: z.array(count),
  flagged: z.boolean(),
  /** Practice mode: checked and explained already (the choice is then final). */
  checked: z.boolean(),
  /** Time spent on the question so far. */
  timeMs: z.number().nonnegative(),
});
export type ExamAnswer = z.infer<typeof examAnswer>;
