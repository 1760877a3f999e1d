/**
 * Frontmatter and metadata schemas for chapters, flashcards and questions, and the shapes the
 * compiler emits for the app. The compiler validates source files with the `*Source` schemas;
 * the app imports the compiled shapes (plain data, HTML already sanitised at build time).
 */
import './jitless.ts';
import { z } from 'zod';
import type { Exam } from './exam.ts';
import type { Fact } from './fact.ts';
import { chapterRef, contentId, examId, isoDate, taskId } from './ids.ts';

/** Accepts a YAML list or a comma-separated line: `exams: DVA-C02, SAA-C03`. */
function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(item),
  );
}

export const LEVELS = ['foundational', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

export const chapterFrontmatter = z.strictObject({
  id: contentId,
  title: z.string().min(1),
  summary: z.string().min(1),
  exams: listOf(examId).pipe(z.array(examId).min(1, 'list at least one exam')),
  tasks: listOf(taskId).pipe(z.array(taskId).min(1, 'list at least one task statement')),
  level: z.enum(LEVELS),
  updated: isoDate,
});
export type ChapterFrontmatter = z.infer<typeof chapterFrontmatter>;

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

const url = z.url().refine((u) => u.startsWith('https://'), 'use an https:// link');

/** Defaults a deck or bank file gives to every item in it (its frontmatter). */
export const collectionFrontmatter = z.strictObject({
  title: z.string().min(1),
  exams: listOf(examId).optional(),
  tasks: listOf(taskId).optional(),
  chapter: chapterRef.optional(),
});
export type CollectionFrontmatter = z.infer<typeof collectionFrontmatter>;

/** The `key: value` lines under a card's heading. */
export const cardMeta = z.strictObject({
  exams: listOf(examId).optional(),
  tasks: listOf(taskId).optional(),
  chapter: chapterRef.optional(),
});

/** Item types a question bank may hold. Ordering and matching will join `choice` here. */
export const QUESTION_TYPES = ['choice'] as const;

/** The `key: value` lines under a question's heading. */
export const questionMeta = z.strictObject({
  type: z.enum(QUESTION_TYPES).optional(),
  exams: listOf(examId).optional(),
  tasks: listOf(taskId).optional(),
  chapter: chapterRef.optional(),
  difficulty: z.enum(DIFFICULTIES),
  sources: listOf(url).pipe(z.array(url).min(1, 'give at least one AWS documentation link')),
});

export interface Section {
  id: string;
  title: string;
  depth: 2 | 3;
}

/** The chapter section that teaches a card or question, with its title for "Read …" links. */
export interface SectionLink {
  id: string;
  title: string;
}

export interface ChapterMeta {
  id: string;
  title: string;
  summary: string;
  exams: string[];
  tasks: string[];
  level: Level;
  updated: string;
  readMinutes: number;
  sections: Section[];
}

export interface ChapterBody {
  id: string;
  html: string;
  /** The registered facts the chapter cites, for its "figures in this chapter" table. */
  facts: Fact[];
}

export interface Flashcard {
  id: string;
  exams: string[];
  tasks: string[];
  chapter: string | null;
  /** Filled by the cross-file pass once the chapter is known; null while it is not. */
  section: SectionLink | null;
  frontHtml: string;
  backHtml: string;
  facts: string[];
}

export interface ChoiceOption {
  html: string;
  correct: boolean;
  explanationHtml: string;
}

export interface ChoiceQuestion {
  type: 'choice';
  id: string;
  title: string;
  exams: string[];
  tasks: string[];
  chapter: string | null;
  section: SectionLink | null;
  difficulty: Difficulty;
  /** How many options are correct: 1 = single response, 2+ = "Select TWO", … */
  select: number;
  stemHtml: string;
  options: ChoiceOption[];
  /** Optional closing explanation shown after answering. */
  explanationHtml: string | null;
  sources: string[];
  facts: string[];
}

export type Question = ChoiceQuestion;

export interface ExamSummary {
  chapters: number;
  cards: number;
  questions: number;
  /** Cards and questions of this exam each chapter teaches (for "Practise this chapter"). */
  itemsByChapter: Record<string, number>;
}

/** The small, always-loaded part of the compiled content. */
export interface ContentIndex {
  exams: Exam[];
  chapters: ChapterMeta[];
  summaries: Record<string, ExamSummary>;
}

/** Review items, loaded on demand by the study features. */
export interface ContentItems {
  cards: Flashcard[];
  questions: Question[];
}

/**
 * What scoping, today's queue and readiness read of an item, without its texts: the exam page
 * loads only this (~10 KB gzip against ~210 KB for the items).
 */
export type ItemKey = Pick<Flashcard, 'id' | 'exams' | 'tasks' | 'chapter' | 'facts'>;

/** The items' keys, in the same order as `ContentItems`. */
export interface ContentItemKeys {
  cards: ItemKey[];
  questions: ItemKey[];
}
