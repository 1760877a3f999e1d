/**
 * The progress screen's figures, computed from IndexedDB in four parts, each handed to `post` as
 * soon as it is ready: the memory states (forecast, items by state, mastery), the practice exams
 * (readiness, calibration), the review log (activity, true retention) and the exam-date plan
 * (its simulation is the slowest part now that the log is read as tallies).
 * Runs inside the progress worker; `isStale` lets a newer request stop it between parts.
 */
import { calibration, type CalibrationAttempt } from '../../domain/calibration';
import { examPlan } from '../../domain/examPlan';
import {
  forecast,
  itemsByState,
  mastery,
  reviewsPerDayFromTallies,
  trueRetentionFromTallies,
} from '../../domain/progressStats';
import { studyDayStart } from '../../domain/queue';
import { readiness, type PracticeAnswer } from '../../domain/readiness';
import { createScheduler, schedulerOptionsFor, type Scheduler } from '../../domain/scheduler';
import { itemsInScope, type ScopedItem } from '../../domain/scope';
import type { ExamAttempt } from '../../schema/examAttempt';
import type { MemoryState, StudySettings } from '../../schema/study';
import type { StudyDatabase } from '../../storage/db';
import { listAttempts } from '../../storage/examAttempts';
import { readLogTallies } from '../../storage/logTallies';
import { newItemsSince, readStatesAndSettings } from '../../storage/progressReads';
import {
  HEATMAP_DAYS,
  RETENTION_WEEKS,
  type ProgressFigures,
  type ProgressRequest,
} from './progressMessages';

const DAY = 86_400_000;

interface Loaded {
  request: ProgressRequest;
  settings: StudySettings;
  states: Map<string, MemoryState>;
  /** Every review item of the exam, in the order new items are introduced. */
  items: ScopedItem[];
  scheduler: Scheduler;
}

export async function computeProgress(
  db: StudyDatabase,
  request: ProgressRequest,
  post: (figures: ProgressFigures) => void,
  isStale: () => boolean,
): Promise<void> {
  const { settings, states } = await readStatesAndSettings(db);
  if (isStale()) return;
  const { exam, content, chapters } = request;
  const loaded: Loaded = {
    request,
    settings,
    states,
    items: itemsInScope(content, exam, chapters, { focusChapters: [], focusDomains: [] }),
    // The learner's scheduler (their fitted parameters too, once applied), fuzz off: the figures
    // are deterministic.
    scheduler: createScheduler(schedulerOptionsFor(settings, false)),
  };
  post(statesFigures(loaded));

  const attempts = await listAttempts(db, exam.id);
  if (isStale()) return;
  post(practiceFigures(loaded, attempts));

  // The log, read as its stored quarter-hour tallies (logTallies.ts), brought up to
  // date with the rows added since the last read (all of them the first time, which is slow).
  // From a study-day start, so that a bucket is in the window exactly when its rows are.
  const since = studyDayStart(request.now - (HEATMAP_DAYS + 1) * DAY, settings.dayStartHour);
  const { tallies } = await readLogTallies(db, since);
  if (isStale()) return;
  const days = { now: request.now, dayStartHour: settings.dayStartHour };
  post({
    part: 'log',
    activity: reviewsPerDayFromTallies(tallies, { ...days, days: HEATMAP_DAYS }),
    retention: trueRetentionFromTallies(tallies, { ...days, weeks: RETENTION_WEEKS }),
  });
  if (isStale()) return;

  const dayStart = studyDayStart(request.now, settings.dayStartHour);
  post(planFigures(loaded, await newItemsSince(db, dayStart)));
}

function statesFigures({ request, settings, states, items, scheduler }: Loaded): ProgressFigures {
  const { now, examDate, exam } = request;
  const masteryAt = (at: number) =>
    mastery({ exam, items, states, retrievability: scheduler.retrievability, at });
  return {
    part: 'states',
    dayStartHour: settings.dayStartHour,
    retention: settings.retention,
    newPerDay: settings.newPerDay,
    forecast: forecast(states.values(), { now, dayStartHour: settings.dayStartHour, days: 30 }),
    byState: itemsByState(items, states),
    masteryNow: masteryAt(now),
    masteryAtExam: examDate !== null && examDate > now ? masteryAt(examDate) : null,
  };
}

function practiceFigures(loaded: Loaded, attempts: readonly ExamAttempt[]): ProgressFigures {
  const { request, states, items, scheduler } = loaded;
  const submitted = attempts.filter((a) => a.result !== null).reverse(); // oldest first
  const practice: PracticeAnswer[] = submitted.flatMap((a) =>
    (a.result?.perQuestion ?? []).map((q) => ({
      domain: q.domain,
      correct: q.correct,
      wasUnseen: q.wasUnseen,
      answered: q.answered,
      at: a.submittedAt ?? a.createdAt,
    })),
  );
  // Attempts stored before readiness was recorded (schema v5) carry no prediction.
  const predicted: CalibrationAttempt[] = submitted.flatMap((a) =>
    a.predicted && a.result
      ? [{ id: a.id, predicted: a.predicted, perQuestion: a.result.perQuestion }]
      : [],
  );
  return {
    part: 'practice',
    readiness: readiness({
      exam: request.exam,
      items,
      states,
      retrievability: scheduler.retrievability,
      now: request.now,
      examDate: request.examDate,
      practice,
    }),
    calibration: calibration(predicted),
    predictedAttempts: submitted
      .filter((a) => predicted.some((p) => p.id === a.id))
      .map((a) => ({ id: a.id, at: a.submittedAt ?? a.createdAt })),
    submittedAttempts: submitted.length,
  };
}

function planFigures(loaded: Loaded, newDoneToday: number): ProgressFigures {
  const { request, settings, states, scheduler } = loaded;
  const focused = settings.focusChapters.length > 0 || settings.focusDomains.length > 0;
  if (request.examDate === null) return { part: 'plan', plan: null, focused };
  const items = focused
    ? itemsInScope(request.content, request.exam, request.chapters, settings)
    : loaded.items;
  return {
    part: 'plan',
    focused,
    plan: examPlan({
      now: request.now,
      examDate: request.examDate,
      dayStartHour: settings.dayStartHour,
      items,
      states,
      newPerDay: settings.newPerDay,
      scheduler,
      retention: settings.retention,
      newDoneToday,
    }),
  };
}
