/**
 * The app's view of the compiled content: lookups over the always-loaded index, and loaders for
 * the parts fetched on demand (chapter bodies, cheat sheets).
 */
import { chapterLoaders, index, loadCheatSheets, loadItemKeys } from 'virtual:content';
import type { CheatSheet } from '../schema/cheatSheet';
import type {
  ChapterBody,
  ChapterMeta,
  ContentItemKeys,
  ContentItems,
  ItemKey,
} from '../schema/content';
import type { Exam } from '../schema/exam';
import type { StudySettings } from '../schema/study';
import { itemsInScope, type StudyItem } from '../domain/scope';
import type { ItemKind } from '../schema/study';

export const exams: readonly Exam[] = index.exams;
export const summaries = index.summaries;

/** The exam a URL names; "DVA-C02" finds it as well as "dva-c02" (people type exam codes in capitals). */
export function examBySlug(slug: string | undefined): Exam | undefined {
  const wanted = slug?.toLowerCase();
  return exams.find((e) => e.slug === wanted);
}

export function examById(id: string | null | undefined): Exam | undefined {
  return exams.find((e) => e.id === id);
}

export function chapterById(id: string | undefined): ChapterMeta | undefined {
  return index.chapters.find((c) => c.id === id);
}

/** Chapters that serve an exam, in the instructors' file order. */
export function chaptersForExam(examId: string): ChapterMeta[] {
  return index.chapters.filter((c) => c.exams.includes(examId));
}

const loadedChapters = new Map<string, ChapterBody>();

/** A chapter's text, fetched once (a preload on hover and the page's own load share it). */
export async function loadChapter(id: string): Promise<ChapterBody> {
  const load = chapterLoaders[id];
  if (!load) throw new Error(`No chapter "${id}"`);
  const body = (await load()).default;
  loadedChapters.set(id, body);
  return body;
}

/**
 * A chapter's text if it has been fetched already: prerendering and the browser's first render
 * over prerendered HTML load it before rendering, so the page shows it without a loading state.
 */
export function loadedChapter(id: string): ChapterBody | undefined {
  return loadedChapters.get(id);
}

/** An exam's "Numbers and traps" sheet (all three load together: one small chunk). */
export async function loadCheatSheet(examId: string): Promise<CheatSheet | undefined> {
  return (await loadCheatSheets()).default.find((s) => s.examId === examId);
}

/** The task statement's title, e.g. "Develop code for AWS Lambda". */
export function taskTitle(taskId: string): string | undefined {
  for (const exam of exams)
    for (const d of exam.domains) for (const t of d.tasks) if (t.id === taskId) return t.title;
  return undefined;
}

/** The review items of an exam within the learner's focus, in the order they are introduced. */
export function studyItems(
  content: ContentItems,
  exam: Exam,
  settings: Pick<StudySettings, 'focusChapters' | 'focusDomains'>,
  taskFocus: readonly string[] = [],
): StudyItem[] {
  return itemsInScope(content, exam, chaptersForExam(exam.id), settings, taskFocus);
}

/** The items' keys (no texts), fetched once: what the exam page reads of the items. */
export async function itemKeys(): Promise<ContentItemKeys> {
  return (await loadItemKeys()).default;
}

/** `studyItems` over the items' keys (no texts): what today's counts and readiness need. */
export function studyItemKeys(
  keys: ContentItemKeys,
  exam: Exam,
  settings: Pick<StudySettings, 'focusChapters' | 'focusDomains'>,
): ({ kind: ItemKind } & ItemKey)[] {
  return itemsInScope(keys, exam, chaptersForExam(exam.id), settings);
}
