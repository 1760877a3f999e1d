/**
 * Drawing a practice exam from the question bank. Pure and repeatable: the same input and seed
 * give the same exam. In order of precedence:
 *
 * 1. the length is split across the exam's domains by weight (largest remainder), and a domain
 *    that has too few questions passes its shortfall on to the others, again by weight;
 * 2. multiple-response questions stay within one question of the bank's share of the draw, as
 *    far as each domain's questions allow;
 * 3. questions the learner has not seen come before seen ones (only unseen with `onlyUnseen`);
 *    inside the band of (2) the multiple-response count bends so that this holds;
 * 4. within that, the task statement with the fewest picks so far is served next, so as many
 *    task statements as possible appear;
 * 5. remaining ties go by a seeded random rank.
 *
 * The drawn questions are then shuffled, and each gets its own seeded option order.
 */
import type { Question } from '../schema/content';
import type { Exam } from '../schema/exam';
import { apportion, multipleQuotas, type DomainStock } from './examAllocation';
import { examTasks, questionDomain, tasksInExam } from './examBlueprint';
import { permutation, seededRandom, shuffled, type Random } from './random';

export interface DrawInput {
  exam: Exam;
  /** The whole bank: questions of other exams, and those naming no task of this one, are skipped. */
  questions: readonly Question[];
  /** Questions asked for; capped at the exam's question count and at what is available. */
  length: number;
  /** Draw from this domain number only. */
  domain?: number | null;
  /** Ids of questions the learner has reviewed or answered before. */
  seen: ReadonlySet<string>;
  onlyUnseen: boolean;
  seed: number;
}

export interface DrawnQuestion {
  id: string;
  /** Original option indexes in the order they are shown: `optionOrder[shown] = original`. */
  optionOrder: number[];
}

export interface DrawnExam {
  questions: DrawnQuestion[];
  /** The length asked for, capped at the exam's question count (not at what is available). */
  requested: number;
  /** Questions that could be drawn: in the exam, in the chosen domain, unseen if asked. */
  available: number;
}

interface Candidate {
  question: Question;
  domain: number;
  /** Task ids of this exam the question covers. */
  tasks: string[];
  multiple: boolean;
  unseen: boolean;
  rank: number;
}

export function drawExam(input: DrawInput): DrawnExam {
  const { exam } = input;
  const random = seededRandom(input.seed);
  const inScope = candidates(input, random);
  const pool = input.onlyUnseen ? inScope.filter((c) => c.unseen) : inScope;
  const requested = Math.min(exam.questions, wholeNumber(input.length));
  const count = Math.min(requested, pool.length);

  const domains = exam.domains.filter((d) => input.domain == null || d.number === input.domain);
  const byDomain = domains.map((d) => pool.filter((c) => c.domain === d.number));
  const counts = apportion(
    count,
    domains.map((d) => d.weight),
    byDomain.map((list) => list.length),
  );
  const share =
    inScope.length === 0 ? 0 : inScope.filter((c) => c.multiple).length / inScope.length;
  const multiples = multipleQuotas(
    byDomain.map((list, i) => stockOf(list, counts[i] ?? 0)),
    share,
  );

  const taskPicks = new Map<string, number>();
  const picked = byDomain.flatMap((list, i) =>
    pickInDomain(list, counts[i] ?? 0, multiples[i] ?? 0, taskPicks),
  );
  return {
    questions: arrangeAttempt(
      picked.map((c) => ({ id: c.question.id, optionCount: c.question.options.length })),
      random,
    ),
    requested,
    available: pool.length,
  };
}

/**
 * The questions shown in a shuffled order, each with a shuffled option order. Used by the draw
 * and by retakes.
 */
export function arrangeAttempt(
  items: readonly { id: string; optionCount: number }[],
  random: Random,
): DrawnQuestion[] {
  return shuffled(items, random).map((item) => ({
    id: item.id,
    optionOrder: permutation(item.optionCount, random),
  }));
}

/**
 * Picks `count` questions of one domain, `multiple` of them multiple response. The kind with
 * fewer picks goes first, so the other kind can fill the task statements it left uncovered.
 */
function pickInDomain(
  list: readonly Candidate[],
  count: number,
  multiple: number,
  taskPicks: Map<string, number>,
): Candidate[] {
  const phases = [
    { multiple: true, n: multiple },
    { multiple: false, n: count - multiple },
  ].sort((a, b) => a.n - b.n);
  return phases.flatMap((phase) =>
    pickOfKind(
      list.filter((c) => c.multiple === phase.multiple),
      phase.n,
      taskPicks,
    ),
  );
}

/** Unseen first, then the least-covered task statement, then the random rank. */
function pickOfKind(
  list: readonly Candidate[],
  n: number,
  taskPicks: Map<string, number>,
): Candidate[] {
  const left = [...list];
  const picks: Candidate[] = [];
  const coverage = (c: Candidate) => Math.min(...c.tasks.map((t) => taskPicks.get(t) ?? 0));
  const key = (c: Candidate) => [c.unseen ? 0 : 1, coverage(c), c.rank];
  while (picks.length < n && left.length > 0) {
    let best = 0;
    let bestKey = key(left[0] as Candidate);
    left.forEach((c, i) => {
      const k = key(c);
      if (before(k, bestKey)) [best, bestKey] = [i, k];
    });
    const chosen = left.splice(best, 1)[0] as Candidate;
    picks.push(chosen);
    for (const t of chosen.tasks) taskPicks.set(t, (taskPicks.get(t) ?? 0) + 1);
  }
  return picks;
}

/** Whether key `a` sorts before key `b` (compared entry by entry). */
function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}

/**
 * The exam's questions in scope (domain limit applied), sorted by id so the bank's order does
 * not change the draw, each with a seeded random rank for tie-breaks.
 */
function candidates(input: DrawInput, random: Random): Candidate[] {
  const tasks = examTasks(input.exam);
  return input.questions
    .filter((q) => q.exams.includes(input.exam.id))
    .map((question) => ({ question, domain: questionDomain(tasks, question) }))
    .filter(
      (x): x is { question: Question; domain: number } =>
        x.domain !== null && (input.domain == null || x.domain === input.domain),
    )
    .sort((a, b) => (a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0))
    .map(({ question, domain }) => ({
      question,
      domain,
      tasks: tasksInExam(tasks, question),
      multiple: question.select > 1,
      unseen: !input.seen.has(question.id),
      rank: random(),
    }));
}

function stockOf(list: readonly Candidate[], count: number): DomainStock {
  const tally = (multiple: boolean, unseen: boolean) =>
    list.filter((c) => c.multiple === multiple && c.unseen === unseen).length;
  return {
    count,
    unseenMultiple: tally(true, true),
    unseenSingle: tally(false, true),
    seenMultiple: tally(true, false),
    seenSingle: tally(false, false),
  };
}

function wholeNumber(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
}
