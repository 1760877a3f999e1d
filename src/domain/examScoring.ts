/**
 * Scoring a submitted practice exam. The result is a plain, JSON-serialisable snapshot meant to
 * be stored with the attempt and never recomputed: later content edits must not change a past
 * score. Each question is right only for exactly its correct options (`isRight`), as on the
 * real exam; a question left blank or half answered counts as wrong.
 */
import { DIFFICULTIES, type Difficulty, type Question } from '../schema/content';
import type { Exam } from '../schema/exam';
import type { Grade } from '../schema/study';
import { isRight } from './answers';
import { examTasks, questionDomain, tasksInExam, type PlacedTask } from './examBlueprint';

export interface ExamAnswer {
  /** ORIGINAL option indexes (not the shown positions: map through `optionOrder` first). */
  selected: readonly number[];
  flagged?: boolean;
  timeMs?: number;
}

export type QuestionLookup = ReadonlyMap<string, Question> | ((id: string) => Question | undefined);

export interface ScoreInput {
  exam: Exam;
  /** The questions as they are at submission. */
  questions: QuestionLookup;
  /** The attempt's questions in the order shown. */
  drawn: readonly { id: string }[];
  answers: Readonly<Record<string, ExamAnswer | undefined>>;
  /** Ids reviewed or answered before the attempt started. */
  seenBefore: ReadonlySet<string>;
}

export interface Tally {
  correct: number;
  total: number;
}

export interface QuestionResult {
  id: string;
  title: string;
  /** Domain number the question counted toward (null: it names no task of this exam). */
  domain: number | null;
  /** Task ids of this exam the question covers. */
  tasks: string[];
  difficulty: Difficulty;
  /** Original option indexes, ascending. */
  selected: number[];
  correct: boolean;
  /** At least one option chosen. */
  answered: boolean;
  flagged: boolean;
  timeMs: number;
  wasUnseen: boolean;
}

export interface AttemptResult extends Tally {
  /** correct / total, 0–100, one decimal. */
  percent: number;
  /** percent ≥ passMark / 10: a rough guide only, see `passNote`. */
  passedEstimate: boolean;
  unanswered: number;
  /** Domains with questions in the attempt, in exam order. */
  byDomain: (Tally & { domain: number; name: string })[];
  /** Task statements with questions in the attempt, weakest first. */
  byTask: (Tally & { task: string; title: string })[];
  byDifficulty: Record<Difficulty, Tally>;
  unseenCorrect: number;
  unseenTotal: number;
  /** In the order shown. */
  perQuestion: QuestionResult[];
  timeMs: number;
  /** Drawn ids missing from `questions` (removed from the content): left out of every count. */
  missing: string[];
}

export function scoreAttempt(input: ScoreInput): AttemptResult {
  const { exam } = input;
  const tasks = examTasks(exam);
  const lookup = input.questions;
  const find = typeof lookup === 'function' ? lookup : (id: string) => lookup.get(id);
  const perQuestion: QuestionResult[] = [];
  const missing: string[] = [];
  for (const { id } of input.drawn) {
    const question = find(id);
    if (question) perQuestion.push(questionResult(question, input, tasks));
    else missing.push(id);
  }
  const correct = perQuestion.filter((q) => q.correct).length;
  const total = perQuestion.length;
  const percent = total === 0 ? 0 : Math.round((correct / total) * 1000) / 10;
  const unseen = perQuestion.filter((q) => q.wasUnseen);
  return {
    correct,
    total,
    percent,
    passedEstimate: total > 0 && percent >= exam.passMark / 10,
    unanswered: perQuestion.filter((q) => !q.answered).length,
    byDomain: exam.domains.flatMap((d) => {
      const tally = tallyOf(perQuestion.filter((q) => q.domain === d.number));
      return tally.total === 0 ? [] : [{ domain: d.number, name: d.name, ...tally }];
    }),
    byTask: byTask(perQuestion, tasks),
    byDifficulty: Object.fromEntries(
      DIFFICULTIES.map((level) => [
        level,
        tallyOf(perQuestion.filter((q) => q.difficulty === level)),
      ]),
    ) as Record<Difficulty, Tally>,
    unseenCorrect: unseen.filter((q) => q.correct).length,
    unseenTotal: unseen.length,
    perQuestion,
    timeMs: perQuestion.reduce((sum, q) => sum + q.timeMs, 0),
    missing,
  };
}

function questionResult(
  question: Question,
  input: ScoreInput,
  tasks: ReadonlyMap<string, PlacedTask>,
): QuestionResult {
  const answer = input.answers[question.id];
  // Drop repeats and indexes the question does not have, so a stale answer cannot score.
  const selected = [...new Set(answer?.selected ?? [])]
    .filter((i) => Number.isInteger(i) && i >= 0 && i < question.options.length)
    .sort((a, b) => a - b);
  const timeMs = answer?.timeMs ?? 0;
  return {
    id: question.id,
    title: question.title,
    domain: questionDomain(tasks, question),
    tasks: tasksInExam(tasks, question),
    difficulty: question.difficulty,
    selected,
    correct: isRight(question, selected),
    answered: selected.length > 0,
    flagged: answer?.flagged ?? false,
    timeMs: Number.isFinite(timeMs) ? Math.max(0, timeMs) : 0,
    wasUnseen: !input.seenBefore.has(question.id),
  };
}

function tallyOf(results: readonly QuestionResult[]): Tally {
  return { correct: results.filter((q) => q.correct).length, total: results.length };
}

/** Per task statement, weakest first: lowest share right, then most questions, then exam order. */
function byTask(
  perQuestion: readonly QuestionResult[],
  tasks: ReadonlyMap<string, PlacedTask>,
): AttemptResult['byTask'] {
  const order = [...tasks.keys()];
  return order
    .flatMap((id) => {
      const tally = tallyOf(perQuestion.filter((q) => q.tasks.includes(id)));
      const title = tasks.get(id)?.task.title ?? id;
      return tally.total === 0 ? [] : [{ task: id, title, ...tally }];
    })
    .sort(
      (a, b) =>
        a.correct / a.total - b.correct / b.total ||
        b.total - a.total ||
        order.indexOf(a.task) - order.indexOf(b.task),
    );
}

/** What the pass estimate means, in words the results screen shows beside it. */
export function passNote(exam: Pick<Exam, 'passMark' | 'questions' | 'scored'>): string {
  const unscored = exam.questions - exam.scored;
  const unscoredNote =
    unscored > 0
      ? `${unscored} of the ${exam.questions} questions on the real exam are unscored, and you are not told which.`
      : 'Some questions on the real exam may be unscored, and you are not told which.';
  return (
    `AWS reports a scaled score from 100 to 1000 and you pass with ${exam.passMark}. ` +
    'How answers are scaled is not published, and it is not a straight percentage. ' +
    `${unscoredNote} ` +
    `This app compares your share of right answers with ${exam.passMark / 10}% as a rough guide only.`
  );
}

/** The spaced-repetition grade an exam answer records: no Hard or Easy is asked for mid-exam. */
export function gradeForAnswer(right: boolean): Extract<Grade, 'good' | 'again'> {
  return right ? 'good' : 'again';
}
