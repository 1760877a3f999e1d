/**
 * Identifier rules shared by the compiler and the app. Learner progress is keyed by these ids,
 * so they are deliberately strict: lowercase, digits and single hyphens, never reused.
 */
import './jitless.ts';
import { z } from 'zod';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 64;

/** `DVA-C02` */
export const EXAM_ID_PATTERN = /^[A-Z]{3}-C\d{2}$/;
/** `DVA-C02:1.2` */
export const TASK_ID_PATTERN = /^([A-Z]{3}-C\d{2}):(\d+\.\d+)$/;

export const contentId = z
  .string()
  .regex(ID_PATTERN, 'use lowercase letters, digits and single hyphens, e.g. "async-retries"')
  .max(ID_MAX_LENGTH, `keep ids to ${ID_MAX_LENGTH} characters or fewer`);

/**
 * Where an item is taught: `chapter-id#section-id` (the section's heading anchor). The schema
 * also accepts a bare chapter id, so the checker can point at it and name the sections to pick.
 */
export const chapterRef = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[^\s#]+)?$/,
    'write the chapter id and its section, e.g. "lambda-limits#timeout"',
  );

/** `limits#timeout` → `{ chapter: 'limits', section: 'timeout' }`; no `#` → section null. */
export function splitChapterRef(ref: string): { chapter: string; section: string | null } {
  const at = ref.indexOf('#');
  return at < 0
    ? { chapter: ref, section: null }
    : { chapter: ref.slice(0, at), section: ref.slice(at + 1) };
}

export const examId = z.string().regex(EXAM_ID_PATTERN, 'write an exam code such as "DVA-C02"');
export const taskId = z
  .string()
  .regex(TASK_ID_PATTERN, 'write a task statement as EXAM:DOMAIN.TASK, e.g. "DVA-C02:1.2"');

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'that date does not exist');

/** URL-safe slug of an exam id, used in routes: `DVA-C02` → `dva-c02`. */
export function examSlug(id: string): string {
  return id.toLowerCase();
}

export function examOfTask(task: string): string {
  return task.slice(0, task.indexOf(':'));
}
