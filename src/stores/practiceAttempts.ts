/**
 * Building, retaking and submitting practice-exam attempts for the practice store: drawing from
 * the bank (domain/examDraw), freezing the result (domain/examScoring) and storing it with the
 * answers counted as reviews (storage/examAttempts).
 */
import { loadItems } from 'virtual:content';
import { drawExam, type DrawnQuestion } from '../domain/examDraw';
import { retakeSet, type RetakeChoice } from '../domain/examRetake';
import { examDayStartOf } from '../domain/examDateScheduling';
import { gradeForAnswer, scoreAttempt } from '../domain/examScoring';
import { examDurationMs } from '../domain/examTiming';
import { readiness } from '../domain/readiness';
import { practiceAnswersOf, readinessSnapshot } from '../domain/readinessSnapshot';
import type { Question } from '../schema/content';
import type { Exam } from '../schema/exam';
import type {
  ExamAnswer,
  ExamAttempt,
  ExamMode,
  PredictedReadinessSnapshot,
} from '../schema/examAttempt';
import {
  listAttempts,
  loadAttempt,
  seenQuestionIds,
  submitAttempt,
  type ExamGrade,
  type StoredAttempt,
} from '../storage/examAttempts';
import { openStudyDatabase } from '../storage/instance';
import { examById } from './catalog';
import { loadExamDatesOnce, useExamDatesStore } from './examDates';
import { allStates, scheduleGrade } from './studyData';
import { useStudyStore } from './studyStore';

export interface PracticeRequest {
  exam: Exam;
  mode: ExamMode;
  length: number;
  domain: number | null;
  onlyUnseen: boolean;
}

/** The question bank as it is now, by id. */
export async function bank(): Promise<Map<string, Question>> {
  const items = (await loadItems()).default;
  return new Map(items.questions.map((q) => [q.id, q]));
}

const newId = (now: number) => `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const seedOf = (now: number) => (now ^ Math.floor(Math.random() * 0x7fffffff)) >>> 0;

function attemptOf(
  request: Omit<PracticeRequest, 'exam'> & { examId: string; durationMs: number | null },
  drawn: readonly DrawnQuestion[],
  context: { questions: ReadonlyMap<string, Question>; seen: ReadonlySet<string>; now: number },
): ExamAttempt {
  const { now, questions, seen } = context;
  return {
    id: newId(now),
    examId: request.examId,
    mode: request.mode,
    createdAt: now,
    deadline:
      request.mode === 'exam' && request.durationMs !== null ? now + request.durationMs : null,
    request: { length: request.length, domain: request.domain, onlyUnseen: request.onlyUnseen },
    questions: drawn.map((d) => ({
      id: d.id,
      title: questions.get(d.id)?.title ?? d.id,
      optionOrder: d.optionOrder,
    })),
    unseen: drawn.filter((d) => !seen.has(d.id)).map((d) => d.id),
    current: 0,
    submittedAt: null,
    endReason: null,
    result: null,
    retakeOf: null,
  };
}

/**
 * What readiness predicts for the exam now (recall at `now`, not on the exam date), from every
 * stored state (today's, the later ones, this session's grades) and the unseen answers of the
 * exam's submitted attempts: stored on a new attempt, so calibration can compare it with the
 * score. ~1 ms for the whole curriculum.
 */
export async function predictedNow(exam: Exam, now: number): Promise<PredictedReadinessSnapshot> {
  const study = useStudyStore.getState();
  await study.load(now);
  const { states, laterStates, scheduler } = useStudyStore.getState();
  const db = await openStudyDatabase();
  const [content, attempts] = await Promise.all([loadItems(), listAttempts(db, exam.id)]);
  const items = [...content.default.cards, ...content.default.questions].filter((i) =>
    i.exams.includes(exam.id),
  );
  return readinessSnapshot(
    readiness({
      exam,
      items,
      states: allStates(laterStates, states),
      retrievability: scheduler.retrievability,
      now,
      examDate: null,
      practice: practiceAnswersOf(attempts),
    }),
  );
}

/** A new attempt drawn from the bank for `request` (not stored yet), or null if none fits. */
export async function drawnAttempt(
  request: PracticeRequest,
  now: number,
): Promise<ExamAttempt | null> {
  const { exam } = request;
  const db = await openStudyDatabase();
  const [questions, seen] = await Promise.all([bank(), seenQuestionIds(db)]);
  const drawn = drawExam({
    exam,
    questions: [...questions.values()],
    length: request.length,
    domain: request.domain,
    seen,
    onlyUnseen: request.onlyUnseen,
    seed: seedOf(now),
  });
  if (drawn.questions.length === 0) return null;
  const durationMs = examDurationMs(exam, drawn.questions.length);
  const attempt = attemptOf({ ...request, examId: exam.id, durationMs }, drawn.questions, {
    questions,
    seen,
    now,
  });
  return { ...attempt, predicted: await predictedNow(exam, now) };
}

/** A retake of a submitted attempt: all its questions or only the missed ones. */
export async function retakeOf(
  previous: ExamAttempt,
  which: RetakeChoice,
  now: number,
): Promise<ExamAttempt | null> {
  const exam = examById(previous.examId);
  if (!previous.result || !exam) return null;
  const drawn = retakeSet(previous.questions, previous.result, which, seedOf(now));
  if (drawn.length === 0) return null;
  const db = await openStudyDatabase();
  const [questions, seen] = await Promise.all([bank(), seenQuestionIds(db)]);
  const request = { ...previous.request, length: drawn.length, mode: previous.mode };
  const durationMs = examDurationMs(exam, drawn.length);
  const attempt = attemptOf({ ...request, examId: exam.id, durationMs }, drawn, {
    questions,
    seen,
    now,
  });
  return { ...attempt, retakeOf: previous.id, predicted: await predictedNow(exam, now) };
}

/**
 * Scores and stores the submission (with the answers as reviews, when the learner keeps that
 * on), then reads the attempt back: the first submission wins if another tab or the timer was
 * first. A time-out found on return is dated at the deadline.
 */
export async function submitted(
  attempt: ExamAttempt,
  answers: Record<string, ExamAnswer>,
  questions: ReadonlyMap<string, Question>,
  reason: 'submitted' | 'timeout',
  now: number,
): Promise<StoredAttempt | null> {
  const exam = examById(attempt.examId);
  if (!exam) return null;
  const at =
    reason === 'timeout' && attempt.deadline !== null ? Math.min(now, attempt.deadline) : now;
  const unseen = new Set(attempt.unseen);
  const result = scoreAttempt({
    exam,
    questions,
    drawn: attempt.questions,
    answers,
    seenBefore: new Set(attempt.questions.map((q) => q.id).filter((id) => !unseen.has(id))),
  });
  await Promise.all([useStudyStore.getState().load(now), loadExamDatesOnce()]);
  const { settings, scheduler } = useStudyStore.getState();
  // Answers counted as reviews honour this exam's date, as its review does.
  const date = useExamDatesStore.getState().dates.get(exam.id)?.date;
  const examDay = date === undefined ? null : examDayStartOf(date, settings.dayStartHour);
  const grades: ExamGrade[] = settings.examAnswersAsReviews
    ? result.perQuestion
        .filter((q) => q.answered)
        .map((q) => ({
          itemId: q.id,
          kind: 'question',
          grade: gradeForAnswer(q.correct),
          durationMs: q.timeMs,
        }))
    : [];
  const db = await openStudyDatabase();
  await submitAttempt(db, attempt.id, {
    submittedAt: at,
    endReason: reason,
    result,
    grades,
    schedule: (before, at, grade, itemId) =>
      scheduleGrade({ scheduler, settings, examDay }, itemId, before, at, grade),
  });
  const stored = await loadAttempt(db, attempt.id);
  await useStudyStore.getState().reloadFromStorage();
  return stored;
}
