/**
 * Where a question sits in an exam's blueprint: the exam's task statements by id, and the
 * domain a question counts toward (the domain of its first task statement in that exam), so the
 * exam draw and the exam score sort questions the same way.
 */
import type { Question } from '../schema/content';
import type { Domain, Exam, TaskStatement } from '../schema/exam';

export interface PlacedTask {
  domain: Domain;
  task: TaskStatement;
}

/** The exam's task statements by id (`DVA-C02:1.2`), with the domain each belongs to. */
export function examTasks(exam: Pick<Exam, 'domains'>): Map<string, PlacedTask> {
  return new Map(
    exam.domains.flatMap((domain) => domain.tasks.map((task) => [task.id, { domain, task }])),
  );
}

/** The question's task ids that belong to the exam, in the question's order. */
export function tasksInExam(
  tasks: ReadonlyMap<string, PlacedTask>,
  question: Pick<Question, 'tasks'>,
): string[] {
  return question.tasks.filter((t) => tasks.has(t));
}

/** The domain number the question counts toward in the exam, or null if it lists none of its tasks. */
export function questionDomain(
  tasks: ReadonlyMap<string, PlacedTask>,
  question: Pick<Question, 'tasks'>,
): number | null {
  const first = tasksInExam(tasks, question)[0];
  return first === undefined ? null : (tasks.get(first)?.domain.number ?? null);
}
