/**
 * Readiness for one exam at a glance (the exam page): computed once the block's first frame is
 * on screen (afterNextPaint), from the study store's states (today's, the later ones, this
 * session's grades), the exam's items (their keys are enough) and its submitted practice
 * exams. Recall is predicted on the exam date when one is set and ahead, otherwise now.
 */
import { useEffect, useState } from 'react';
import { readiness, type Readiness } from '../domain/readiness';
import { practiceAnswersOf } from '../domain/readinessSnapshot';
import type { ItemKey } from '../schema/content';
import type { Exam } from '../schema/exam';
import { listAttempts } from '../storage/examAttempts';
import { openStudyDatabase } from '../storage/instance';
import { afterNextPaint } from './afterNextPaint';
import { allStates } from './studyData';
import { useStudyStore } from './studyStore';

/** The exam's readiness, or null until it is worked out (or when the study store is not ready). */
export function useReadinessGlance(
  exam: Exam,
  content: { cards: readonly ItemKey[]; questions: readonly ItemKey[] } | null,
  examDay: number | null,
  now: number,
): Readiness | null {
  const status = useStudyStore((s) => s.status);
  const [result, setResult] = useState<Readiness | null>(null);
  useEffect(() => {
    if (!content || (status !== 'ready' && status !== 'unavailable')) return;
    let cancelled = false;
    const attemptsLoaded = openStudyDatabase()
      .then((db) => listAttempts(db, exam.id))
      .catch(() => []);
    const cancel = afterNextPaint(() => {
      void attemptsLoaded.then((attempts) => {
        if (cancelled) return;
        const { states, laterStates, scheduler } = useStudyStore.getState();
        const items = [...content.cards, ...content.questions].filter((i) =>
          i.exams.includes(exam.id),
        );
        setResult(
          readiness({
            exam,
            items,
            states: allStates(laterStates, states),
            retrievability: scheduler.retrievability,
            now,
            examDate: examDay,
            practice: practiceAnswersOf(attempts),
          }),
        );
      });
    });
    return () => {
      cancelled = true;
      cancel();
    };
  }, [exam, content, examDay, now, status]);
  return result;
}
