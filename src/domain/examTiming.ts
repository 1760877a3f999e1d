/**
 * The practice exam's clock: how long an attempt lasts, the time left, when screen readers are
 * told about it, and how the clock reads. Pure: `now` and the deadline are epoch milliseconds
 * passed in.
 */
import type { Exam } from '../schema/exam';

const MINUTE = 60_000;

/** The exam's time scaled to `length` questions, rounded up to the whole minute. */
export function examDurationMs(exam: Pick<Exam, 'minutes' | 'questions'>, length: number): number {
  if (length <= 0) return 0;
  // Multiply before dividing so exact cases stay exact (130 × 20 / 65 = 40, not 40.000001).
  return Math.ceil((exam.minutes * length) / exam.questions) * MINUTE;
}

/** Milliseconds left before the deadline, never below zero. */
export function timeLeftMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

export function isTimeUp(deadline: number, now: number): boolean {
  return now >= deadline;
}

/** Times left at which screen readers hear the clock, longest first. */
const ANNOUNCED = [
  { ms: 10 * MINUTE, text: '10 minutes left' },
  { ms: 5 * MINUTE, text: '5 minutes left' },
  { ms: 1 * MINUTE, text: '1 minute left' },
] as const;

/**
 * What to announce between two ticks of the clock: a message when the time left reaches 10, 5
 * or 1 minute, else null. If a tick skips several (a suspended tab), only the nearest is said;
 * when time is up it is null, as the screen handles that itself.
 */
export function timeAnnouncement(previousLeftMs: number, leftMs: number): string | null {
  if (leftMs <= 0) return null;
  const crossed = ANNOUNCED.filter((a) => previousLeftMs > a.ms && leftMs <= a.ms);
  return crossed.at(-1)?.text ?? null;
}

/**
 * The clock as the learner reads it: "1:05:09", "39:59", "0:59". Seconds are rounded up, so
 * "0:00" shows only once time is up.
 */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}
