/**
 * The exam-date plan: how many new items a day introduce everything in scope with enough days
 * left to review it, the projected daily workload from today to the exam, and whether the
 * learner's new-items-a-day setting is on track, behind or ahead. Pure: `now`, the stored states
 * and the scheduler are passed in (fuzz off for a deterministic plan).
 *
 * New items may be introduced on the first `introDays` = days left − `minDaysToLearn` study days
 * (see `allowNewItems`); the rest of the days only review.
 */
import type { MemoryState } from '../schema/study';
import {
  FINAL_STRETCH_DAYS,
  MIN_DAYS_TO_LEARN,
  addStudyDays,
  studyDaysLeft,
} from './examDateScheduling';
import { studyDayStart } from './queue';
import type { Scheduler } from './scheduler';
import { workloadSimulator, type DayLoad } from './workloadSimulation';

export type { DayLoad } from './workloadSimulation';

/**
 * "Ahead" when the current setting could introduce at least 25 % more than what is left in the
 * days allowed, i.e. it finishes with a fifth or more of those days to spare. Below that the
 * learner is "on track": a day or two missed would already make them behind.
 */
export const AHEAD_RATIO = 1.25;

export type PlanStatus = 'on-track' | 'behind' | 'ahead' | 'past';

export interface ExamPlanInput {
  now: number;
  examDate: number;
  dayStartHour: number;
  /** Items in scope (everything, or the chosen focus), in the order new items are introduced. */
  items: readonly { id: string }[];
  states: ReadonlyMap<string, MemoryState>;
  /** The learner's setting. */
  newPerDay: number;
  scheduler: Pick<Scheduler, 'grade' | 'retrievability'>;
  /** The desired retention: the exam-date fitter leaves items still above it on the exam day. */
  retention: number;
  /** New items already introduced today (from `doneSince`). */
  newDoneToday?: number;
  finalStretchDays?: number;
  minDaysToLearn?: number;
}

export interface CatchUp {
  /** The new-items-a-day setting that introduces everything in time. */
  newPerDay: number;
  extraNewPerDay: number;
  /** The workload at that setting. */
  workload: DayLoad[];
  /** Showings (new + reviews + learning) it adds over the whole plan, and on its busiest day. */
  extraShowings: number;
  peakShowings: number;
}

export interface ExamPlan {
  status: PlanStatus;
  /** Study days before the exam day, today included (0 on the exam day). */
  daysLeft: number;
  /** Of those, the days new items may still be introduced. */
  introDays: number;
  /** Start of the last study day new items may be introduced (null: none left). */
  lastNewDay: number | null;
  /** Items in scope never studied. */
  remainingNew: number;
  /** The smallest new-items-a-day setting that introduces them all in time; null when no day is left to. */
  neededPerDay: number | null;
  /** New items the current setting leaves out before new items stop. */
  notIntroduced: number;
  /** Day by day, today first, up to the day before the exam, at the current setting. */
  workload: DayLoad[];
  /** When behind and there are days left to catch up: what it costs. */
  catchUp: CatchUp | null;
}

export function examPlan(input: ExamPlanInput): ExamPlan {
  const { now, examDate, dayStartHour } = input;
  const minDays = input.minDaysToLearn ?? MIN_DAYS_TO_LEARN;
  const doneToday = input.newDoneToday ?? 0;
  const daysLeft = studyDaysLeft(now, examDate, dayStartHour);
  const remainingNew = input.items.filter((i) => {
    const state = input.states.get(i.id);
    return !state || state.phase === 'new';
  }).length;

  if (daysLeft < 0) return pastPlan(daysLeft, remainingNew);

  const introDays = Math.max(0, daysLeft - minDays);
  // Today's quota is what is left of the setting: x − done + x·(introDays − 1) ≥ remaining.
  const capacity = (perDay: number) =>
    introDays === 0 ? 0 : Math.max(0, perDay - doneToday) + perDay * (introDays - 1);
  const neededPerDay =
    remainingNew === 0
      ? 0
      : introDays === 0
        ? null
        : Math.ceil((remainingNew + doneToday) / introDays);
  const simulate = workloadSimulator({
    now,
    examDate,
    dayStartHour,
    finalStretchDays: input.finalStretchDays ?? FINAL_STRETCH_DAYS,
    items: input.items,
    states: input.states,
    scheduler: input.scheduler,
    retention: input.retention,
    newDoneToday: doneToday,
    days: daysLeft,
    introDays,
  });

  const workload = simulate(input.newPerDay);
  const notIntroduced = Math.max(0, remainingNew - capacity(input.newPerDay));
  const status = planStatus(remainingNew, notIntroduced, capacity(input.newPerDay));
  const catchUp =
    status === 'behind' && neededPerDay !== null
      ? catchUpCost(workload, simulate(neededPerDay), neededPerDay, input.newPerDay)
      : null;
  return {
    status,
    daysLeft,
    introDays,
    lastNewDay:
      introDays === 0 ? null : addStudyDays(studyDayStart(now, dayStartHour), introDays - 1),
    remainingNew,
    neededPerDay,
    notIntroduced,
    workload,
    catchUp,
  };
}

function planStatus(remaining: number, notIntroduced: number, capacity: number): PlanStatus {
  if (notIntroduced > 0) return 'behind';
  return remaining === 0 || capacity >= AHEAD_RATIO * remaining ? 'ahead' : 'on-track';
}

function pastPlan(daysLeft: number, remainingNew: number): ExamPlan {
  return {
    status: 'past',
    daysLeft,
    introDays: 0,
    lastNewDay: null,
    remainingNew,
    neededPerDay: null,
    notIntroduced: 0,
    workload: [],
    catchUp: null,
  };
}

function catchUpCost(
  current: readonly DayLoad[],
  workload: DayLoad[],
  newPerDay: number,
  setting: number,
): CatchUp {
  const sum = (loads: readonly DayLoad[]) => loads.reduce((s, l) => s + l.total, 0);
  return {
    newPerDay,
    extraNewPerDay: newPerDay - setting,
    workload,
    extraShowings: sum(workload) - sum(current),
    peakShowings: Math.max(0, ...workload.map((l) => l.total)),
  };
}
