/** Exam definitions as instructors write them in `content/exams/*.yaml`. */
import './jitless.ts';
import { z } from 'zod';
import { examId } from './ids.ts';

export const taskSource = z.strictObject({
  number: z.string().regex(/^\d+\.\d+$/, 'write the task number as "1.2" (in quotes)'),
  title: z.string().min(1),
  lambda: z.boolean().optional(),
});

export const domainSource = z.strictObject({
  number: z.number().int().positive(),
  name: z.string().min(1),
  weight: z.number().positive().max(100),
  tasks: z.array(taskSource).min(1),
});

export const examSource = z.strictObject({
  id: examId,
  name: z.string().min(1),
  short: z.string().min(1),
  level: z.enum(['foundational', 'associate', 'professional']),
  questions: z.number().int().positive(),
  scored: z.number().int().positive(),
  minutes: z.number().int().positive(),
  passMark: z.number().int().min(100).max(1000),
  guide: z.url(),
  domains: z.array(domainSource).min(1),
});

export type ExamSource = z.infer<typeof examSource>;

export interface TaskStatement {
  /** `DVA-C02:1.2` */
  id: string;
  number: string;
  title: string;
  /** The task statement touches Lambda or serverless. */
  lambda: boolean;
}

export interface Domain {
  number: number;
  name: string;
  weight: number;
  tasks: TaskStatement[];
}

export interface Exam extends Omit<ExamSource, 'domains'> {
  slug: string;
  domains: Domain[];
}
