/** The exam the learner is studying for, shared by every screen and remembered across visits. */
import { create } from 'zustand';
import { readChosenExam, writeChosenExam } from '../../storage/preferences';
import { examById } from '../content/catalog';

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
