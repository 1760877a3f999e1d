/** The exam the learner is studying for, shared by every screen and remembered across visits. */
import { useEffect } from 'react';
import { create } from 'zustand';
import { readChosenExam, writeChosenExam } from '../storage/preferences';
import { useHydrated } from '../ui/useHydrated';
import { examById } from './catalog';

interface ExamState {
  examId: string | null;
  choose: (examId: string) => void;
}

export const useExamStore = create<ExamState>((set) => ({
  examId: examById(readChosenExam())?.id ?? null,
  choose: (examId) => {
    writeChosenExam(examId);
    set({ examId });
  },
}));

/** Opening an exam's page (also by deep link) makes it the remembered exam. */
export function useChosenExamFromRoute(examId: string | undefined): void {
  const chosen = useExamStore((s) => s.examId);
  const choose = useExamStore((s) => s.choose);
  useEffect(() => {
    if (examId && examId !== chosen) choose(examId);
  }, [examId, chosen, choose]);
}

/**
 * The remembered exam as a screen may show it: null while prerendering and hydrating (the HTML
 * is the same for every learner), the learner's choice from the first render after.
 */
export function useRememberedExam(): string | null {
  const hydrated = useHydrated();
  const examId = useExamStore((s) => s.examId);
  return hydrated ? examId : null;
}
