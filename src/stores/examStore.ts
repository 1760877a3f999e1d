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

/**
 * Opening an exam's page (also by deep link) makes it the remembered exam, and keeps it while
 * the page is open. It watches the store outside React: the page need not render again (all
 * of it, on a first visit, right after hydrating) when the choice is written.
 */
export function useChosenExamFromRoute(examId: string | undefined): void {
  useEffect(() => {
    if (!examId) return;
    const keep = () => {
      const { examId: chosen, choose } = useExamStore.getState();
      if (examId !== chosen) choose(examId);
    };
    keep();
    return useExamStore.subscribe(keep);
  }, [examId]);
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
