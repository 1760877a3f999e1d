/**
 * Small UI preferences kept in localStorage (not learner progress, which lives in IndexedDB):
 *   exam-prep:exam   the exam the learner chose last, e.g. "DVA-C02"
 * Reads and writes never throw: with storage blocked the app simply forgets the preference.
 */
const EXAM_KEY = 'exam-prep:exam';

export function readChosenExam(): string | null {
  try {
    return localStorage.getItem(EXAM_KEY);
  } catch {
    return null;
  }
}

export function writeChosenExam(examId: string): void {
  try {
    localStorage.setItem(EXAM_KEY, examId);
  } catch {
    // Storage blocked or full: the choice lasts for this visit only.
  }
}
