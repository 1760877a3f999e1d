/**
 * The daily workload from today to the exam, simulated with the scheduler from the stored states.
 * Assumptions, which make it a plan rather than a forecast of a real learner:
 *
 * - every item due in a study day is reviewed that day, whatever the daily review limit, and
 *   answered Good (learning steps included), at its due time or at the day's start (today: `now`)
 *   if it was already due;
 * - `newPerDay` new items are introduced at the start of each day new items are allowed, in the
 *   given order, each answered Good;
 * - the stored states, and every grade, go through the exam-date fitter the review uses
 *   (`examDateFitter`, with the same retrievability and desired retention), so the final stretch
 *   holds the reviews the exam date brings forward, and only those.
 *
 * Items wait in one list per study day (the day they are due); a day grades its own list, and an
 * item graded again into the same day (a learning step) joins the end of it. Items due after the
 * last simulated day are never looked at again, so the cost is the grades, not items × days.
 * Deterministic when the scheduler is (fuzz off), which is how the tests pass it in.
 */
import type { MemoryState } from '../schema/study';
import { examDateFitter } from './examDateScheduling';
import type { Scheduler } from './scheduler';
import { studyCalendar } from './studyCalendar';

export interface DayLoad {
  /** Start of the study day. */
  day: number;
  /** New items introduced (their first showing). */
  new: number;
  /** Reviews of items in the review phase. */
  reviews: number;
  /** Further showings of items in learning or relearning (the steps, e.g. 1m and 10m). */
  learning: number;
  total: number;
}

export interface WorkloadInput {
  now: number;
  examDate: number;
  dayStartHour: number;
  finalStretchDays: number;
  /** Items in scope, in the order new items are introduced. */
  items: readonly { id: string }[];
  states: ReadonlyMap<string, MemoryState>;
  scheduler: Pick<Scheduler, 'grade' | 'retrievability'>;
  /** The desired retention: an item still above it on the exam day is not brought forward. */
  retention: number;
  /** New items already introduced today: today's quota is what is left of `newPerDay`. */
  newDoneToday: number;
  /** Study days to simulate, today first. */
  days: number;
  /** Of those, the first `introDays` may introduce new items. */
  introDays: number;
}

/** A learning item answered Good on every step graduates in a few showings; this stops a loop. */
const MAX_SHOWINGS_PER_DAY = 50;

/** The workload at one new-items-a-day setting. */
export function simulateWorkload(input: WorkloadInput & { newPerDay: number }): DayLoad[] {
  return workloadSimulator(input)(input.newPerDay);
}

/**
 * A simulation to run at several settings (the plan's and the catch-up's). The runs share what
 * does not depend on the setting, and remember grades: studied items follow the same path in
 * every run, and the new items introduced on a day share one path until the exam date moves them,
 * so most grades are looked up rather than computed (ts-fsrs takes ~7 µs a grade). Results are
 * kept by the identity of the state graded (states are never edited, only replaced), so looking
 * one up costs no key building.
 */
export function workloadSimulator(input: WorkloadInput): (newPerDay: number) => DayLoad[] {
  const { now, scheduler } = input;
  const days = Math.max(0, input.days);
  const calendar = studyCalendar(now, input.dayStartHour);
  // One fitter for every grade: a grade made in the stretch is never moved, and one made before
  // it lands on a stretch day whatever its time, so fitting at `now` equals fitting at the grade.
  const fitter = examDateFitter({
    examDate: input.examDate,
    now,
    dayStartHour: input.dayStartHour,
    finalStretchDays: input.finalStretchDays,
    retrievability: scheduler.retrievability,
    retention: input.retention,
  });
  const { fit, goodAt } = rememberedGrades(scheduler, fitter);

  const fresh: string[] = [];
  const studied: [string, MemoryState][] = [];
  for (const { id } of input.items) {
    const state = input.states.get(id);
    if (!state || state.phase === 'new') fresh.push(id);
    // As the store does when the date is set: what would be forgotten by then comes into the stretch.
    else studied.push([id, fit(state, id)]);
  }
  const tomorrow = calendar.start(1);
  const dayStarts = Array.from({ length: days }, (_, d) => calendar.start(d));

  return (newPerDay) => {
    const states = new Map<string, MemoryState>();
    const dueOn: string[][] = Array.from({ length: days }, () => []);
    const place = (id: string, state: MemoryState) => {
      states.set(id, state);
      const day = state.due < tomorrow ? 0 : calendar.dayOf(state.due);
      if (day < days) dueOn[day]?.push(id);
    };
    for (const [id, state] of studied) place(id, state);

    const loads: DayLoad[] = [];
    let nextNew = 0;
    for (let d = 0; d < days; d++) {
      const start = dayStarts[d] as number;
      const from = d === 0 ? now : start;
      const load: DayLoad = { day: start, new: 0, reviews: 0, learning: 0, total: 0 };
      const quota =
        d >= input.introDays ? 0 : Math.max(0, newPerDay - (d === 0 ? input.newDoneToday : 0));
      for (let k = 0; k < quota && nextNew < fresh.length; k++) {
        const id = fresh[nextNew++] as string;
        place(id, fit(goodAt(null, from), id));
        load.new++;
      }
      const queue = dueOn[d] ?? [];
      const shown = new Map<string, number>();
      for (let i = 0; i < queue.length; i++) {
        const id = queue[i] as string;
        const times = (shown.get(id) ?? 0) + 1;
        if (times > MAX_SHOWINGS_PER_DAY) continue;
        shown.set(id, times);
        const state = states.get(id) as MemoryState;
        if (state.phase === 'review') load.reviews++;
        else load.learning++;
        place(id, fit(goodAt(state, Math.max(state.due, from)), id));
      }
      dueOn[d] = []; // let the day's list go
      load.total = load.new + load.reviews + load.learning;
      loads.push(load);
    }
    return loads;
  };
}

/**
 * The fitter and Good grades, remembered by the identity of the state they were given (states
 * are never edited, only replaced): a lookup costs no key building.
 */
function rememberedGrades(
  scheduler: Pick<Scheduler, 'grade'>,
  fitter: (state: MemoryState, id: string) => MemoryState,
) {
  const fitted = new Map<MemoryState, Map<string, MemoryState>>();
  const fit = (state: MemoryState, id: string): MemoryState => {
    const moved = fitted.get(state)?.get(id);
    if (moved) return moved;
    const next = fitter(state, id);
    if (next !== state)
      fitted.set(state, (fitted.get(state) ?? new Map<string, MemoryState>()).set(id, next));
    return next;
  };
  // Stands for "never studied" (null) as a cache key.
  const NEVER = {} as MemoryState;
  const graded = new Map<MemoryState, Map<number, MemoryState>>();
  const goodAt = (state: MemoryState | null, at: number): MemoryState => {
    const key = state ?? NEVER;
    let byTime = graded.get(key);
    if (!byTime) graded.set(key, (byTime = new Map<number, MemoryState>()));
    let next = byTime.get(at);
    if (!next) byTime.set(at, (next = scheduler.grade(state, at, 'good')));
    return next;
  };

  return { fit, goodAt };
}
