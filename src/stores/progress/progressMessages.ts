/**
 * What the progress screen asks its worker for, and the figures the worker posts back, part by
 * part as each is ready. Only figures cross the thread boundary: the review log and the memory
 * states are read and reduced inside the worker (progressWorker.ts).
 */
import type { Calibration } from '../../domain/calibration';
import type { ExamPlan } from '../../domain/examPlan';
import type {
  DueDay,
  Mastery,
  ReviewsPerDay,
  StateCounts,
  TrueRetention,
} from '../../domain/progressStats';
import type { Readiness } from '../../domain/readiness';
import type { ScopedFields } from '../../domain/scope';
import type { Exam } from '../../schema/exam';
import type { ItemKind } from '../../schema/study';

export interface ProgressRequest {
  /** Increases with every request; figures of an older one are dropped. */
  id: number;
  now: number;
  /** Start of the exam day, or null when no date is set. */
  examDate: number | null;
  exam: Exam;
  /** The exam's chapters in reading order (new items are introduced in it). */
  chapters: readonly { id: string }[];
  /** The exam's review items, only the fields the figures need. */
  content: { cards: ScopedFields[]; questions: ScopedFields[] };
}

/** Study days shown in the heatmap (26 weeks: about six months). */
export const HEATMAP_DAYS = 182;
/** Weeks of true retention shown. */
export const RETENTION_WEEKS = 12;

export interface StatesFigures {
  part: 'states';
  dayStartHour: number;
  /** The desired retention setting, beside true retention. */
  retention: number;
  newPerDay: number;
  forecast: DueDay[];
  byState: Record<ItemKind, StateCounts>;
  masteryNow: Mastery;
  /** On the exam date, when one is set and still ahead. */
  masteryAtExam: Mastery | null;
}

export interface PracticeFigures {
  part: 'practice';
  readiness: Readiness;
  calibration: Calibration;
  /** Submitted attempts that carry the readiness predicted before them, oldest first. */
  predictedAttempts: { id: string; at: number }[];
  submittedAttempts: number;
}

export interface LogFigures {
  part: 'log';
  activity: ReviewsPerDay;
  retention: TrueRetention;
}

export interface PlanFigures {
  part: 'plan';
  /** null when no exam date is set. */
  plan: ExamPlan | null;
  /** Items the plan covers: everything, or the learner's focus. */
  focused: boolean;
}

/**
 * A request as posted to the worker: the content as one JSON string. Structured-cloning 10,000
 * small objects took 15–27 ms of the page's thread (measured in Chromium); one string of the same
 * data, stringify included, 3–4 ms.
 */
export type PostedProgressRequest = Omit<ProgressRequest, 'content'> & { contentJson: string };

export type ProgressFigures = StatesFigures | PracticeFigures | LogFigures | PlanFigures;

export type ProgressReply =
  | { id: number; figures: ProgressFigures }
  | { id: number; done: true; ms: number }
  | { id: number; error: string };
