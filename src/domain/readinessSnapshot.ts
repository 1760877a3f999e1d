/**
 * Calibration needs what readiness predicted before each practice exam, so every attempt keeps a
 * snapshot taken when it is created (recall at that moment, not on the exam date: the attempt is
 * taken now). These turn stored attempts into readiness's practice answers, and a readiness
 * estimate into the snapshot stored on the attempt. Pure.
 */
import type { ExamAttempt, PredictedReadinessSnapshot } from '../schema/examAttempt';
import type { PracticeAnswer, Readiness } from './readiness';

/**
 * The answers of submitted attempts, each dated by its submission (older answers weigh less).
 * Readiness itself keeps only those unseen at the time and answered.
 */
export function practiceAnswersOf(
  attempts: Iterable<Pick<ExamAttempt, 'submittedAt' | 'result'>>,
): PracticeAnswer[] {
  const answers: PracticeAnswer[] = [];
  for (const { submittedAt, result } of attempts) {
    if (submittedAt === null || result === null) continue;
    for (const q of result.perQuestion)
      answers.push({
        domain: q.domain,
        correct: q.correct,
        wasUnseen: q.wasUnseen,
        answered: q.answered,
        at: submittedAt,
      });
  }
  return answers;
}

/** What is stored on an attempt: the overall figure with its band, and every domain's mean. */
export function readinessSnapshot(r: Readiness): PredictedReadinessSnapshot {
  return {
    overall: { mean: r.overall.mean, low: r.overall.low, high: r.overall.high },
    domains: r.domains.map((d) => ({ domain: d.domain, mean: d.mean })),
    enoughData: r.enoughData,
  };
}
