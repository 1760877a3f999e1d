/**
 * The FSRS-6 scheduler, behind one adapter: the only module that imports ts-fsrs. Everything else
 * speaks in plain MemoryState values (epoch-ms times) and grade names. Pure: `now` is passed in.
 */
import {
  default_w,
  FSRSAlgorithm,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card,
  type Grade as FsrsGrade,
  type StepUnit,
} from 'ts-fsrs';
import type { Grade, MemoryPhase, MemoryState, StudySettings } from '../schema/study';

/** FSRS-6's published default parameters (21 numbers), used until the learner's own are fitted. */
export const DEFAULT_PARAMETERS: readonly number[] = default_w;

export interface SchedulerOptions {
  retention: number;
  learningSteps: readonly string[];
  relearningSteps: readonly string[];
  /** Randomise intervals slightly so items learnt together drift apart. On in the app, off in tests. */
  fuzz: boolean;
  maximumIntervalDays?: number;
  /** The learner's fitted FSRS-6 parameters (21 numbers); absent = the published defaults. */
  parameters?: readonly number[] | null;
}

const RATING: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const PHASE: Record<State, MemoryPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATE: Record<MemoryPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

function toCard(m: MemoryState): Card {
  const card: Card = {
    due: new Date(m.due),
    stability: m.stability,
    difficulty: m.difficulty,
    // Required by ts-fsrs 5's Card type, ignored by its scheduler (it reads last_review).
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    elapsed_days: 0,
    scheduled_days: m.scheduledDays,
    learning_steps: m.learningSteps,
    reps: m.reps,
    lapses: m.lapses,
    state: STATE[m.phase],
  };
  if (m.lastReview !== null) card.last_review = new Date(m.lastReview);
  return card;
}

function fromCard(c: Card): MemoryState {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    phase: PHASE[c.state],
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}

/** The state of an item never studied, due at `now`. */
export function newMemoryState(now: number): MemoryState {
  return {
    due: now,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    phase: 'new',
    lastReview: null,
  };
}

export interface Scheduler {
  /** The state after grading an item (null = never studied) at `now`. */
  grade: (state: MemoryState | null, now: number, grade: Grade) => MemoryState;
  /** What each grade would lead to, for "Good · 3d" labels. */
  preview: (state: MemoryState | null, now: number) => Record<Grade, MemoryState>;
  /** Probability of recall at `now` (0–1); 0 for items never studied. */
  retrievability: (state: MemoryState, now: number) => number;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const engine = fsrs(
    generatorParameters({
      request_retention: options.retention,
      enable_fuzz: options.fuzz,
      learning_steps: options.learningSteps as StepUnit[],
      relearning_steps: options.relearningSteps as StepUnit[],
      ...(options.maximumIntervalDays ? { maximum_interval: options.maximumIntervalDays } : {}),
      ...(options.parameters ? { w: [...options.parameters] } : {}),
    }),
  );
  const cardOf = (state: MemoryState | null, now: number) => toCard(state ?? newMemoryState(now));
  return {
    grade: (state, now, grade) =>
      fromCard(engine.next(cardOf(state, now), new Date(now), RATING[grade]).card),
    preview: (state, now) => {
      const card = cardOf(state, now);
      const at = new Date(now);
      return {
        again: fromCard(engine.next(card, at, Rating.Again).card),
        hard: fromCard(engine.next(card, at, Rating.Hard).card),
        good: fromCard(engine.next(card, at, Rating.Good).card),
        easy: fromCard(engine.next(card, at, Rating.Easy).card),
      };
    },
    // ts-fsrs's get_retrievability, without its card conversion (two Dates and a copy per item,
    // a third of the time to build a queue of thousands): whole days since the last review,
    // stability rounded as it rounds it. A test holds the two equal.
    retrievability: (state, now) => {
      if (state.phase === 'new') return 0;
      if (state.lastReview === null)
        return engine.get_retrievability(toCard(state), new Date(now), false);
      const days = Math.max(Math.floor((now - state.lastReview) / 86_400_000), 0);
      return engine.forgetting_curve(days, +state.stability.toFixed(8));
    },
  };
}

/** The scheduler options for the learner's settings: their retention, steps and parameters. */
export function schedulerOptionsFor(settings: StudySettings, fuzz: boolean): SchedulerOptions {
  return {
    retention: settings.retention,
    learningSteps: settings.learningSteps,
    relearningSteps: settings.relearningSteps,
    fuzz,
    parameters: settings.fsrsParameters,
  };
}

/** One review of an item as FSRS's optimiser sees it: rating 1–4, whole days since the last. */
export type ReviewStep = readonly [rating: number, deltaDays: number];

/**
 * FSRS-6's probability of recalling an item at the last review of `history`, from the reviews
 * before it, with `parameters` (short-term stability on, as the optimiser fits it). The history
 * must hold at least two reviews; the first one's days are ignored.
 */
export function recallPredictor(
  parameters: readonly number[],
): (history: readonly ReviewStep[]) => number {
  const model = new FSRSAlgorithm(
    generatorParameters({ w: [...parameters], enable_short_term: true }),
  );
  return (history) => {
    let state: { stability: number; difficulty: number } | null = null;
    for (let i = 0; i < history.length - 1; i++) {
      const [rating, days] = history[i] as ReviewStep;
      state = model.next_state(state, i === 0 ? 0 : days, rating);
    }
    const last = history.at(-1);
    if (!state || !last) throw new Error('A prediction needs at least two reviews');
    return model.forgetting_curve(last[1], state.stability);
  };
}

/** "1m", "10m", "3h", "4d", "2mo", "1.2y": how long until `due`, for grade buttons. */
export function intervalLabel(from: number, due: number): string {
  const minutes = Math.max(1, Math.round((due - from) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(minutes / 1440);
  if (days < 31) return `${days}d`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, '')}y`;
}
