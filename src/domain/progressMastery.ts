/**
 * Mastery of an exam's blueprint: for each domain and task statement, the average predicted
 * recall (FSRS retrievability at `at`) of the review items that cover it. Called with `at` = now
 * and `at` = the exam date. Pure; plain data in and out, the scheduler's `retrievability` passed
 * in so this module stays free of ts-fsrs.
 */
import type { Exam } from '../schema/exam';
import type { MemoryState } from '../schema/study';

export interface MasteryInput {
  exam: Pick<Exam, 'domains'>;
  /** The exam's review items (cards and questions) with their task ids. */
  items: Iterable<{ id: string; tasks: readonly string[] }>;
  states: ReadonlyMap<string, MemoryState>;
  retrievability: (state: MemoryState, at: number) => number;
  at: number;
}

export interface MasteryTally {
  /** Average predicted recall, 0–1, an item never studied counting 0; null when no items. */
  recall: number | null;
  items: number;
  /** Items studied at least once. */
  studied: number;
}

export interface DomainMastery extends MasteryTally {
  number: number;
  name: string;
  weight: number;
}

export interface TaskMastery extends MasteryTally {
  /** `DVA-C02:1.2` */
  id: string;
  number: string;
  title: string;
  /** Number of the domain it belongs to. */
  domain: number;
}

export interface Mastery {
  at: number;
  /** In exam order. An item covering tasks of several domains counts once in each. */
  domains: DomainMastery[];
  /**
   * Weakest first: lowest recall, then most items, then exam order; tasks without items last.
   * An item covering several tasks counts in each.
   */
  tasks: TaskMastery[];
}

interface Sums {
  recall: Float64Array;
  items: Uint32Array;
  studied: Uint32Array;
  /** The last item counted in each slot, so an item listing a task twice counts once. */
  seen: Int32Array;
}

const sums = (n: number): Sums => ({
  recall: new Float64Array(n),
  items: new Uint32Array(n),
  studied: new Uint32Array(n),
  seen: new Int32Array(n).fill(-1),
});

function add(s: Sums, slot: number, item: number, r: number, studied: boolean) {
  if (s.seen[slot] === item) return;
  s.seen[slot] = item;
  s.recall[slot] = (s.recall[slot] ?? 0) + r;
  s.items[slot] = (s.items[slot] ?? 0) + 1;
  if (studied) s.studied[slot] = (s.studied[slot] ?? 0) + 1;
}

function tally(s: Sums, slot: number): MasteryTally {
  const items = s.items[slot] ?? 0;
  return {
    recall: items === 0 ? null : (s.recall[slot] ?? 0) / items,
    items,
    studied: s.studied[slot] ?? 0,
  };
}

export function mastery(input: MasteryInput): Mastery {
  const { exam, states, at } = input;
  const tasks = exam.domains.flatMap((d, domainSlot) =>
    d.tasks.map((task) => ({ task, domain: d.number, domainSlot })),
  );
  const slotOf = new Map(tasks.map((t, slot) => [t.task.id, slot]));
  const bySlot = { tasks: sums(tasks.length), domains: sums(exam.domains.length) };

  let item = 0;
  for (const { id, tasks: itemTasks } of input.items) {
    item++;
    let r: number | undefined; // computed once per item, only if it covers a task of the exam
    const state = states.get(id);
    const studied = state !== undefined && state.phase !== 'new';
    for (const taskId of itemTasks) {
      const slot = slotOf.get(taskId);
      if (slot === undefined) continue;
      r ??= state && studied ? recallOf(input, state, at) : 0;
      add(bySlot.tasks, slot, item, r, studied);
      add(bySlot.domains, (tasks[slot] as (typeof tasks)[number]).domainSlot, item, r, studied);
    }
  }

  const taskRows = tasks.map(({ task, domain }, slot) => ({
    id: task.id,
    number: task.number,
    title: task.title,
    domain,
    ...tally(bySlot.tasks, slot),
  }));
  return {
    at,
    domains: exam.domains.map((d, slot) => ({
      number: d.number,
      name: d.name,
      weight: d.weight,
      ...tally(bySlot.domains, slot),
    })),
    tasks: taskRows
      .map((row, order) => ({ row, order }))
      .sort(
        (a, b) =>
          byRecall(a.row.recall, b.row.recall) || b.row.items - a.row.items || a.order - b.order,
      )
      .map(({ row }) => row),
  };
}

/**
 * Lower recall first, no recall last. Averages equal but for rounding noise (summing 0.8, 0.4
 * and 0.6 gives 0.6000000000000001) count as equal, so the next criterion decides.
 */
function byRecall(a: number | null, b: number | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return Math.abs(a - b) < 1e-9 ? 0 : a - b;
}

/** The scheduler's retrievability, kept to 0–1 (0 if it cannot tell). */
function recallOf(input: MasteryInput, state: MemoryState, at: number): number {
  const r = input.retrievability(state, at);
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}
