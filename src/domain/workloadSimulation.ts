/**
 * The daily workload from today to the exam, simulated with the scheduler from the stored states.
 * Assumptions, which make it a plan rather than a forecast of a real learner:
 *
 * - every item due in a study day is reviewed that day, whatever the daily review limit, and
 *   answered Good (learning steps included), at its due time or at the day's start (today: `now`)
 *   if it was already due;
 * - `newPerDay` new items are introduced at the start of each day new items are allowed, in the
 *   given order, each answered Good;
 * - the stored states, and every grade, go through `fitToExamDate`, so the final stretch holds
 *   the reviews the exam date brings forward.
 *
 * Deterministic when the scheduler is (fuzz off), which is how the tests pass it in.
 */
import type { MemoryState } from '../schema/study';
import { fitToExamDate, addStudyDays } from './examDateScheduling';
import { studyDayStart } from './queue';
import type { Scheduler } from './scheduler';

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
  scheduler: Pick<Scheduler, 'grade'>;
  newPerDay: number;
  /** New items already introduced today: today's quota is what is left of `newPerDay`. */
  newDoneToday: number;
  /** Study days to simulate, today first. */
  days: number;
  /** Of those, the first `introDays` may introduce new items. */
  introDays: number;
}

/** A learning item answered Good on every step graduates in a few showings; this stops a loop. */
const MAX_PASSES_PER_DAY = 50;

export function simulateWorkload(input: WorkloadInput): DayLoad[] {
  const { now, scheduler } = input;
  const today = studyDayStart(now, input.dayStartHour);
  const fit = (id: string, state: MemoryState, at: number) =>
    fitToExamDate(state, {
      examDate: input.examDate,
      now: at,
      dayStartHour: input.dayStartHour,
      finalStretchDays: input.finalStretchDays,
      itemId: id,
    });

  const studied = new Map<string, MemoryState>();
  const fresh: string[] = [];
  for (const { id } of input.items) {
    const state = input.states.get(id);
    if (!state || state.phase === 'new') fresh.push(id);
    // As the store does when the date is set: what jumps over the exam comes into the stretch.
    else studied.set(id, fit(id, state, now));
  }

  const loads: DayLoad[] = [];
  let nextNew = 0;
  for (let d = 0; d < input.days; d++) {
    const start = addStudyDays(today, d);
    const end = addStudyDays(today, d + 1);
    const from = d === 0 ? now : start;
    const load: DayLoad = { day: start, new: 0, reviews: 0, learning: 0, total: 0 };
    const quota =
      d >= input.introDays ? 0 : Math.max(0, input.newPerDay - (d === 0 ? input.newDoneToday : 0));
    for (let k = 0; k < quota && nextNew < fresh.length; k++) {
      const id = fresh[nextNew++] as string;
      studied.set(id, fit(id, scheduler.grade(null, from, 'good'), from));
      load.new++;
    }
    reviewDay(studied, end, (id, state) => {
      if (state.phase === 'review') load.reviews++;
      else load.learning++;
      const at = Math.max(state.due, from);
      return fit(id, scheduler.grade(state, at, 'good'), at);
    });
    load.total = load.new + load.reviews + load.learning;
    loads.push(load);
  }
  return loads;
}

/** Grades every item due before `end` (again if a grade leaves it due before `end`). */
function reviewDay(
  states: Map<string, MemoryState>,
  end: number,
  review: (id: string, state: MemoryState) => MemoryState,
): void {
  for (let pass = 0; pass < MAX_PASSES_PER_DAY; pass++) {
    let again = false;
    for (const [id, state] of states) {
      if (state.due >= end) continue;
      const next = review(id, state);
      states.set(id, next);
      if (next.due < end) again = true;
    }
    if (!again) return;
  }
}
