/**
 * An exam date the learner set for one exam: the local calendar date (no time, no zone), so the
 * exam stays on the same day wherever the device travels, and when it was set.
 */
import './jitless.ts';
import { z } from 'zod';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export const calendarDate = z
  .string()
  .refine(isCalendarDate, { message: 'should be a calendar date written YYYY-MM-DD' });

export const examDateRow = z.strictObject({
  examId: z.string().min(1),
  /** The local calendar date of the exam, YYYY-MM-DD. */
  date: calendarDate,
  /** When the learner set it, epoch ms. */
  setAt: z.number(),
});
export type ExamDateRow = z.infer<typeof examDateRow>;
