/**
 * Answering a practice question: choosing options, scoring the answer, and the grades a learner
 * is offered after it. Pure: the question view renders what these return.
 */
import type { Question } from '../schema/content';
import type { Grade } from '../schema/study';

/** Option indexes, ascending. */
export type Selection = readonly number[];

/** Indexes of the options marked correct. */
export function correctOptions(question: Pick<Question, 'options'>): number[] {
  return question.options.flatMap((o, i) => (o.correct ? [i] : []));
}

/**
 * The selection after the learner picks option `i`: single response replaces the choice;
 * multiple response toggles it (never more than the number to select is enforced by `isReady`).
 */
export function toggleOption(selection: Selection, i: number, select: number): number[] {
  if (select <= 1) return [i];
  return selection.includes(i)
    ? selection.filter((x) => x !== i)
    : [...selection, i].sort((a, b) => a - b);
}

/** Whether the answer can be checked: exactly as many options as the stem asks for. */
export function isReady(selection: Selection, select: number): boolean {
  return selection.length === select;
}

/** Right only when exactly the correct options are chosen: no partial credit, as in the exams. */
export function isRight(question: Pick<Question, 'options'>, selection: Selection): boolean {
  const correct = correctOptions(question);
  return selection.length === correct.length && correct.every((i) => selection.includes(i));
}

/** How an option reads once the answer is checked. */
export type OptionMark = 'correct' | 'missed' | 'wrong' | 'other';

/** correct: right and chosen; missed: right but not chosen; wrong: chosen but not right. */
export function optionMark(correct: boolean, chosen: boolean): OptionMark {
  if (correct) return chosen ? 'correct' : 'missed';
  return chosen ? 'wrong' : 'other';
}

export interface OfferedGrades {
  grades: Grade[];
  /** The grade Enter (or the highlighted button) records. */
  suggested: Grade;
}

/**
 * The grades offered after checking: a right answer records Good unless the learner says it was
 * Hard or Easy; a wrong one records Again, with no way to claim otherwise.
 */
export function offeredGrades(right: boolean): OfferedGrades {
  return right
    ? { grades: ['hard', 'good', 'easy'], suggested: 'good' }
    : { grades: ['again'], suggested: 'again' };
}
