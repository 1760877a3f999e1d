/**
 * Study data shared by the domain, storage and backups: memory states, the review log, settings.
 * Times are epoch milliseconds so IndexedDB can index them and backups stay plain JSON.
 */
import './jitless.ts';
import { z } from 'zod';

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

export const MEMORY_PHASES = ['new', 'learning', 'review', 'relearning'] as const;
export type MemoryPhase = (typeof MEMORY_PHASES)[number];

export const memoryState = z.strictObject({
  due: z.number(),
  stability: z.number(),
  difficulty: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  phase: z.enum(MEMORY_PHASES),
  lastReview: z.number().nullable(),
});
export type MemoryState = z.infer<typeof memoryState>;

/** The memory state's fields, in the order of the schema above (packs store them in this order). */
export const MEMORY_FIELDS = memoryState.keyof().options;

export type ItemKind = 'card' | 'question';

/** One stored row per review item that has been studied at least once. */
export interface MemoryRecord extends MemoryState {
  itemId: string;
  kind: ItemKind;
}

/** Where a grade came from when not from a review session: a practice-exam answer. */
export const REVIEW_SOURCES = ['exam'] as const;
export type ReviewSource = (typeof REVIEW_SOURCES)[number];

/** Append-only: one row per grade. `before` is null for an item's first review. */
export interface ReviewLogEntry {
  id?: number;
  /** Absent for a review; 'exam' for a practice-exam answer counted as a review. */
  source?: ReviewSource;
  itemId: string;
  kind: ItemKind;
  reviewedAt: number;
  grade: Grade;
  before: MemoryState | null;
  after: MemoryState;
  durationMs: number;
}

/** `1m`, `10m`, `1h`, `1d`: how ts-fsrs writes learning steps. */
const step = z.string().regex(/^\d+(m|h|d)$/, 'write steps like 1m, 10m, 1h or 1d');

/** FSRS-6's 21 parameters (w0–w20). */
export const fsrsParameters = z.array(z.number()).length(21);

export const studySettings = z.strictObject({
  /** Target probability of recalling an item when it comes due. */
  retention: z.number().min(0.7).max(0.97),
  newPerDay: z.number().int().min(0).max(500),
  maxReviewsPerDay: z.number().int().min(1).max(5000),
  learningSteps: z.array(step).max(10),
  relearningSteps: z.array(step).max(10),
  /** Local hour (0–23) at which a new study day starts. */
  dayStartHour: z.number().int().min(0).max(23),
  /** Optional focus within the chosen exam: chapter ids and domain numbers; empty = everything. */
  focusChapters: z.array(z.string()),
  focusDomains: z.array(z.number().int().positive()),
  keyboardShortcuts: z.boolean(),
  /** Practice-exam answers count as reviews (right = Good, wrong = Again). Added in v5. */
  examAnswersAsReviews: z.boolean().default(true),
  /**
   * The learner's own FSRS-6 parameters, fitted on the device to their review log (Settings →
   * Optimise my schedule); null = FSRS-6's published defaults. Added with the optimiser: a row
   * stored before it loads with null.
   */
  fsrsParameters: fsrsParameters.nullable().default(null),
  /** What Revert restores (the parameters in use before the last Apply), and when it was applied. */
  fsrsRevert: z
    .strictObject({ parameters: fsrsParameters.nullable(), appliedAt: z.number() })
    .nullable()
    .default(null),
});
export type StudySettings = z.infer<typeof studySettings>;

export const DEFAULT_SETTINGS: StudySettings = {
  retention: 0.9,
  newPerDay: 20,
  maxReviewsPerDay: 200,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  dayStartHour: 4,
  focusChapters: [],
  focusDomains: [],
  keyboardShortcuts: true,
  examAnswersAsReviews: true,
  fsrsParameters: null,
  fsrsRevert: null,
};
