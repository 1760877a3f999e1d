/**
 * The plan's simulation against a plain reference: the same assumptions written the obvious way
 * (every item looked at every day, pass after pass, every grade computed and fitted afresh), over
 * 600 generated items with fixed times (TZ=UTC). The simulator's day lists and grade memory must
 * change only the cost, never a count. And the cost: grades computed, not items × days.
 */
import { describe, expect, it } from 'vitest';
import { addStudyDays, examDateFitter } from '../../src/domain/examDateScheduling';
import { studyDayStart } from '../../src/domain/queue';
import { seededRandom } from '../../src/domain/random';
import type { Scheduler } from '../../src/domain/scheduler';
import {
  simulateWorkload,
  workloadSimulator,
  type DayLoad,
  type WorkloadInput,
} from '../../src/domain/workloadSimulation';
import type { MemoryState } from '../../src/schema/study';
import { randomState } from '../bench/generated';
import { testScheduler } from './testScheduler';

const now = Date.UTC(2026, 10, 1, 10);

function reference(input: WorkloadInput & { newPerDay: number }): DayLoad[] {
  const { scheduler } = input;
  const fit = (state: MemoryState, id: string, at: number) =>
    examDateFitter({
      examDate: input.examDate,
      now: at,
      dayStartHour: input.dayStartHour,
      finalStretchDays: input.finalStretchDays,
      retrievability: scheduler.retrievability,
      retention: input.retention,
    })(state, id);
  const today = studyDayStart(input.now, input.dayStartHour);
  const states = new Map<string, MemoryState>();
  const fresh: string[] = [];
  for (const { id } of input.items) {
    const s = input.states.get(id);
    if (!s || s.phase === 'new') fresh.push(id);
    else states.set(id, fit(s, id, input.now));
  }
  const loads: DayLoad[] = [];
  let nextNew = 0;
  for (let d = 0; d < input.days; d++) {
    const start = addStudyDays(today, d);
    const end = addStudyDays(today, d + 1);
    const from = d === 0 ? input.now : start;
    const load = { day: start, new: 0, reviews: 0, learning: 0, total: 0 };
    const quota =
      d >= input.introDays ? 0 : Math.max(0, input.newPerDay - (d === 0 ? input.newDoneToday : 0));
    for (let k = 0; k < quota && nextNew < fresh.length; k++) {
      const id = fresh[nextNew++] as string;
      states.set(id, fit(scheduler.grade(null, from, 'good'), id, from));
      load.new++;
    }
    for (let pass = 0, again = true; again && pass < 50; pass++) {
      again = false;
      for (const [id, state] of states) {
        if (state.due >= end) continue;
        if (state.phase === 'review') load.reviews++;
        else load.learning++;
        const at = Math.max(state.due, from);
        const next = fit(scheduler.grade(state, at, 'good'), id, at);
        states.set(id, next);
        if (next.due < end) again = true;
      }
    }
    load.total = load.new + load.reviews + load.learning;
    loads.push(load);
  }
  return loads;
}

function generated(count: number) {
  const rand = seededRandom(7);
  const items = Array.from({ length: count }, (_, i) => ({ id: `g${i}` }));
  const states = new Map<string, MemoryState>();
  for (const { id } of items) {
    const s = randomState(rand, now);
    if (s) states.set(id, s);
  }
  return { items, states };
}

const base = (scheduler: Pick<Scheduler, 'grade' | 'retrievability'>): WorkloadInput => ({
  now,
  examDate: Date.UTC(2026, 11, 1, 9),
  dayStartHour: 4,
  finalStretchDays: 7,
  ...generated(600),
  scheduler,
  retention: 0.9,
  newDoneToday: 3,
  days: 30,
  introDays: 25,
});

describe('the workload simulation', () => {
  it('counts what the plain reference counts, at several settings and retentions', () => {
    for (const retention of [0.8, 0.9, 0.97]) {
      const input = { ...base(testScheduler({ retention: 0.9 })), retention };
      const simulate = workloadSimulator(input);
      for (const newPerDay of [0, 7, 40]) {
        const expected = reference({ ...input, newPerDay });
        expect(simulate(newPerDay)).toEqual(expected);
        expect(simulateWorkload({ ...input, newPerDay })).toEqual(expected);
      }
    }
  });

  it('computes each distinct grade once across runs', () => {
    const scheduler = testScheduler({ retention: 0.9 });
    let grades = 0;
    const counting = {
      retrievability: scheduler.retrievability,
      grade: (s: MemoryState | null, at: number, g: 'again' | 'hard' | 'good' | 'easy') => {
        grades++;
        return scheduler.grade(s, at, g);
      },
    };
    const simulate = workloadSimulator(base(counting));
    const first = simulate(40);
    const firstGrades = grades;
    const showings = first.reduce((s, l) => s + l.total, 0);
    // 40 new items a day share their first days' grades: far fewer grades than showings.
    expect(firstGrades).toBeLessThan(showings / 2);
    simulate(40);
    expect(grades).toBe(firstGrades); // a second run at the same setting computes nothing
  });
});
