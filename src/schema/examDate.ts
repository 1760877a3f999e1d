/**
 * An exam date the learner set for one exam: the local calendar date (no time, no zone), so the
 * exam stays on the same day wherever the device travels, and when it was set.
 */
import './jitless.ts';
import { z } from 'zod';
import { isCalendarDate } from './calendarDate.ts';

export { isCalendarDate };

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
