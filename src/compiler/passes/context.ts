/**
 * The small typed context the passes share. A file's pass sees only its own text and the
 * registry (exams, task statements, facts), so its result can be cached by path and content and
 * reused until that file or the registry changes; everything that needs several files at once
 * (ids, chapter links) is left in the result for the cross-file pass.
 */
import type { ChapterBody, ChapterMeta, Flashcard, Question } from '../../schema/content.ts';
import type { ChapterCallout } from '../../schema/cheatSheet.ts';
import type { Exam } from '../../schema/exam.ts';
import type { Fact } from '../../schema/fact.ts';
import type { Problem, SourceText } from '../diagnostics.ts';
import type { ChapterLink } from '../markdown/render.ts';
import type { Section } from '../../schema/content.ts';

/** What the exam files and facts.yaml define; every other file is checked against it. */
export interface Registry {
  exams: ReadonlyMap<string, Exam>;
  /** Task statement id (`DVA-C02:1.2`) → its exam and whether it touches Lambda. */
  tasks: ReadonlyMap<string, { exam: Exam; lambda: boolean }>;
  facts: ReadonlyMap<string, Fact>;
}

/** What a file or unit holds; a file's kind also picks its pass. */
export type ItemKind = 'chapter' | 'card' | 'question';

export type UnitOutput =
  | { kind: 'chapter'; meta: ChapterMeta; body: ChapterBody; callouts: ChapterCallout[] }
  | { kind: 'card'; card: Flashcard }
  | { kind: 'question'; question: Question };

/** A `chapter:` key naming the chapter (and section) that teaches an item. */
export interface ChapterRef {
  id: string;
  section: string | null;
  /** Where the key's value is written (the item's or the file's frontmatter). */
  offset: number;
  /** The item it teaches: its heading's offset and text, and whether the key is the file's. */
  item: { offset: number; title: string; inherited: boolean };
}

/**
 * One chapter, card or question that claimed an id. If another item already holds the id, the
 * cross-file pass reports it and drops the whole unit (its problems, links and output), as if
 * it had not been read.
 */
export interface Unit {
  kind: ItemKind;
  id: string;
  /** Where the id is written. */
  offset: number;
  source: SourceText;
  problems: Problem[];
  /** Chapter links in its text; `sections` are its own (chapters) or null (cards, questions). */
  links: { list: ChapterLink[]; sections: Section[] | null };
  refs: ChapterRef[];
  /** Null when the unit has problems: it is left out, and the problems fail the build anyway. */
  output: UnitOutput | null;
}

/** What one chapter, deck or bank file yields on its own. */
export interface FileResult {
  /** Problems found before any id was claimed (frontmatter, item splitting, missing ids). */
  problems: Problem[];
  /** Chapter ids this file declares even if it failed other checks: links to them are fine. */
  chapterIds: string[];
  units: Unit[];
}
