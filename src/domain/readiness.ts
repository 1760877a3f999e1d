/**
 * Exam readiness for the Lambda part of an exam: per domain, the estimated chance of answering an
 * unseen Lambda question of that domain right, and one overall figure weighted by the exam's
 * domain weights, each with an 80 % band that narrows as evidence grows. The model's form and
 * constants are in `readinessModel.ts`. Pure: the states, the answers, `now` and the scheduler's
 * `retrievability` are passed in.
 */
import type { Exam } from '../schema/exam';
import type { MemoryState } from '../schema/study';
import {
  ENOUGH_HALF_WIDTH,
  RECALL_STRENGTH,
  answerWeight,
  band,
  betaVariance,
  halfWidth,
  posterior,
  priorStrength,
  recallChance,
  type Estimate,
} from './readinessModel';

export interface PracticeAnswer {
  /** The domain the question counted toward (null: none of this exam's). */
  domain: number | null;
  correct: boolean;
  wasUnseen: boolean;
  /** False for a question left blank (time ran out): it says nothing about knowledge. */
  answered?: boolean;
  /** When the attempt was submitted: older answers weigh less. */
  at?: number;
}

export interface ReadinessInput {
  exam: Pick<Exam, 'domains'>;
  /** The exam's review items (cards and questions) with their task ids. */
  items: Iterable<{ id: string; tasks: readonly string[] }>;
  states: ReadonlyMap<string, MemoryState>;
  retrievability: (state: MemoryState, at: number) => number;
  now: number;
  /** Recall is predicted on this date when it is set and still ahead; otherwise at `now`. */
  examDate: number | null;
  /** Answers from submitted practice-exam attempts of this exam. */
  practice: Iterable<PracticeAnswer>;
}

export interface DomainReadiness extends Estimate {
  domain: number;
  name: string;
  /** Counted in the overall figure: the app has items or unseen answers for it. */
  counted: boolean;
  /** Its share of the overall figure: the exam weight renormalised over counted domains. */
  share: number;
  items: number;
  studied: number;
  /** Mean predicted recall at `at`, never-studied items counting 0. */
  meanRecall: number;
  /** The chance implied by recall alone (the prior's mean). */
  recallChance: number;
  /** Unseen practice answers, weighted by age (so possibly fractional). */
  practice: { correct: number; total: number };
  /** The evidence behind the estimate, in answers (prior + memory + practice). */
  strength: number;
}

export interface Readiness {
  /** The date recall is predicted for. */
  at: number;
  domains: DomainReadiness[];
  overall: Estimate;
  /** The overall band is at most ±ENOUGH_HALF_WIDTH. */
  enoughData: boolean;
  /** What to do to get enough data, or '' when there is enough. */
  need: string;
  /** The same, as numbers: more items to study / more unseen practice answers (null: would not be enough). */
  needItems: number | null;
  needAnswers: number | null;
}

interface Tally {
  items: number;
  studied: number;
  recall: number;
  correct: number;
  total: number;
}

export function readiness(input: ReadinessInput): Readiness {
  const { exam, now } = input;
  const at = input.examDate !== null && input.examDate > now ? input.examDate : now;
  const tallies = tally(input, at);
  const counted = exam.domains.filter((d) => {
    const t = tallies.get(d.number);
    return t !== undefined && (t.items > 0 || t.total > 0);
  });
  // Nothing to go on at all: count every domain on the prior, so the figure still exists.
  const inFigure = new Set((counted.length > 0 ? counted : exam.domains).map((d) => d.number));
  const weightSum = exam.domains.reduce((s, d) => s + (inFigure.has(d.number) ? d.weight : 0), 0);

  const domains = exam.domains.map((d): DomainReadiness => {
    const t = tallies.get(d.number) ?? { items: 0, studied: 0, recall: 0, correct: 0, total: 0 };
    const meanRecall = t.items === 0 ? 0 : t.recall / t.items;
    const post = posterior({
      recallChance: recallChance(meanRecall),
      priorStrength: priorStrength(t.studied, t.items),
      correct: t.correct,
      total: t.total,
    });
    return {
      domain: d.number,
      name: d.name,
      counted: inFigure.has(d.number),
      share: inFigure.has(d.number) ? d.weight / weightSum : 0,
      items: t.items,
      studied: t.studied,
      meanRecall,
      recallChance: recallChance(meanRecall),
      practice: { correct: t.correct, total: t.total },
      strength: post.strength,
      mean: post.mean,
      low: post.low,
      high: post.high,
    };
  });

  const overall = combine(domains, () => 0);
  const enoughData = overall.halfWidth <= ENOUGH_HALF_WIDTH;
  const needAnswers = enoughData ? 0 : answersNeeded(domains);
  const needItems = enoughData ? 0 : itemsNeeded(domains);
  return {
    at,
    domains,
    overall: { mean: overall.mean, low: overall.low, high: overall.high },
    enoughData,
    need: enoughData ? '' : needText(needItems, needAnswers),
    needItems,
    needAnswers,
  };
}

/** Items and unseen answers per domain. An item covering several domains counts in each. */
function tally(input: ReadinessInput, at: number): Map<number, Tally> {
  const domainOf = new Map(
    input.exam.domains.flatMap((d) => d.tasks.map((t) => [t.id, d.number] as const)),
  );
  const tallies = new Map<number, Tally>(
    input.exam.domains.map((d) => [
      d.number,
      { items: 0, studied: 0, recall: 0, correct: 0, total: 0 },
    ]),
  );
  for (const item of input.items) {
    const domains = new Set(item.tasks.flatMap((task) => domainOf.get(task) ?? []));
    const state = input.states.get(item.id);
    const studied = state !== undefined && state.phase !== 'new';
    const recall = studied ? input.retrievability(state, at) : 0;
    for (const number of domains) {
      const t = tallies.get(number) as Tally;
      t.items++;
      if (studied) t.studied++;
      t.recall += recall;
    }
  }
  for (const answer of input.practice) {
    if (!answer.wasUnseen || answer.answered === false || answer.domain === null) continue;
    const t = tallies.get(answer.domain);
    if (!t) continue;
    const weight = answerWeight(answer.at === undefined ? null : input.now - answer.at);
    t.total += weight;
    if (answer.correct) t.correct += weight;
  }
  return tallies;
}

/**
 * The overall figure, with `extra(d)` answers' worth of evidence added to each domain at its
 * current mean: used as is (no extra) and to ask how much more evidence would be enough.
 */
function combine(
  domains: readonly DomainReadiness[],
  extra: (d: DomainReadiness) => number,
): Estimate & { halfWidth: number } {
  let mean = 0;
  let variance = 0;
  for (const d of domains) {
    if (!d.counted) continue;
    mean += d.share * d.mean;
    variance += d.share ** 2 * betaVariance(d.mean, d.strength + extra(d));
  }
  return { mean, ...band(mean, variance), halfWidth: halfWidth(variance) };
}

const MAX_ANSWERS = 10_000;

/** Fewest unseen practice answers, spread over the domains by weight as an exam draws them. */
function answersNeeded(domains: readonly DomainReadiness[]): number | null {
  return smallestEnough(MAX_ANSWERS, (k) => combine(domains, (d) => k * d.share).halfWidth);
}

/** Fewest items to study, taken from each domain in proportion to its items not yet studied. */
function itemsNeeded(domains: readonly DomainReadiness[]): number | null {
  const counted = domains.filter((d) => d.counted && d.items > d.studied);
  const unstudied = counted.reduce((s, d) => s + d.items - d.studied, 0);
  if (unstudied === 0) return null;
  const gain = (d: DomainReadiness, k: number) =>
    d.items === 0 ? 0 : (RECALL_STRENGTH * ((k * (d.items - d.studied)) / unstudied)) / d.items;
  return smallestEnough(unstudied, (k) => combine(domains, (d) => gain(d, k)).halfWidth);
}

/** The smallest k in 1…max with width(k) ≤ ENOUGH_HALF_WIDTH (width falls as k grows), or null. */
function smallestEnough(max: number, width: (k: number) => number): number | null {
  if (width(max) > ENOUGH_HALF_WIDTH) return null;
  let lo = 1;
  let hi = max;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (width(mid) <= ENOUGH_HALF_WIDTH) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function needText(items: number | null, answers: number | null): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const study = items === null ? null : `study ${plural(items, 'more new item')}`;
  const answer =
    answers === null
      ? null
      : `answer ${plural(answers, 'practice-exam question')} you have not seen`;
  const todo = [study, answer].filter((s) => s !== null).join(' or ');
  if (todo === '') return 'Not enough data yet.';
  return `Not enough data yet: ${todo} to narrow the estimate.`;
}
