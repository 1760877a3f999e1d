import { useMemo } from 'react';
import type { Question } from '../../schema/content';
import type { ExamAnswer, ExamAttempt } from '../../schema/examAttempt';
import { usePracticeStore } from '../../stores/practiceStore';

/**
 * answered: as many options as asked for; partial: some, but fewer ("Select TWO" with one);
 * removed: the question has left the content since the attempt began.
 */
export type SheetStatus = 'answered' | 'partial' | 'unanswered' | 'removed';

/** One question of the attempt as the navigator and the submit step show it. */
export interface SheetRow {
  index: number;
  id: string;
  status: SheetStatus;
  flagged: boolean;
}

export interface Sheet {
  attempt: ExamAttempt;
  rows: SheetRow[];
  /** The question on screen: as drawn, as in the bank now (absent if removed), its answer. */
  current: { index: number; id: string; title: string; optionOrder: number[] };
  question: Question | undefined;
  answer: ExamAnswer | undefined;
}

function statusOf(question: Question | undefined, answer: ExamAnswer | undefined): SheetStatus {
  if (!question) return 'removed';
  const chosen = answer?.selected.length ?? 0;
  if (chosen === 0) return 'unanswered';
  return chosen < question.select ? 'partial' : 'answered';
}

/** The attempt on screen, question by question (null until the store holds one). */
export function useTakingSheet(): Sheet | null {
  const attempt = usePracticeStore((s) => s.attempt);
  const answers = usePracticeStore((s) => s.answers);
  const questions = usePracticeStore((s) => s.questions);

  const rows = useMemo(
    () =>
      (attempt?.questions ?? []).map(({ id }, index) => ({
        index,
        id,
        status: statusOf(questions.get(id), answers[id]),
        flagged: answers[id]?.flagged ?? false,
      })),
    [attempt?.questions, answers, questions],
  );

  const current = attempt?.questions[attempt.current];
  if (!attempt || !current) return null;
  return {
    attempt,
    rows,
    current: { index: attempt.current, ...current },
    question: questions.get(current.id),
    answer: answers[current.id],
  };
}

/** How many questions are in each state, and how many are flagged. */
export function sheetCounts(rows: readonly SheetRow[]) {
  const count = (status: SheetStatus) => rows.filter((r) => r.status === status).length;
  return {
    total: rows.length,
    answered: count('answered'),
    partial: count('partial'),
    unanswered: count('unanswered'),
    removed: count('removed'),
    flagged: rows.filter((r) => r.flagged).length,
  };
}
