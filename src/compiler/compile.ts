/**
 * The content compiler: reads `content/`, checks every file, and returns the typed data the app
 * imports together with every problem found (never stopping at the first).
 *
 * It runs in passes: find the files; read the registry (exams, facts); compile each chapter, deck
 * and bank file on its own (passes/chapters.ts, passes/collections.ts); then the cross-file checks
 * (passes/crossFile.ts) and assembly. A compiler made by `createContentCompiler` keeps each file's
 * result keyed by its path and text, so after an edit only that file is compiled again, plus the
 * cross-file checks; a change to the registry recompiles everything.
 */
import { readFileSync } from 'node:fs';
import type { ChapterBody, ContentIndex, ContentItems } from '../schema/content.ts';
import type { Fact } from '../schema/fact.ts';
import { Problems, SourceText, type Problem } from './diagnostics.ts';
import { ContentErrors as E } from './errors/index.ts';
import { assembleIndex } from './passes/assemble.ts';
import { compileChapter } from './passes/chapters.ts';
import { compileCollection } from './passes/collections.ts';
import type { FileResult, Registry } from './passes/context.ts';
import { linkFiles } from './passes/crossFile.ts';
import { readExams } from './passes/exams.ts';
import { readFacts } from './passes/facts.ts';
import { findFiles, labelled, type ContentFiles } from './passes/files.ts';

export interface CompileOptions {
  /** Absolute path of the content folder. */
  dir: string;
  /** How the folder is named in messages; `content` by default. */
  label?: string;
}

export interface CompiledContent {
  index: ContentIndex;
  chapters: ChapterBody[];
  items: ContentItems;
  /** The facts registry. */
  facts: Fact[];
  /** Files read, absolute paths (for watching). */
  files: string[];
  problems: Problem[];
}

export interface ContentCompiler {
  /** Compiles the folder as it is now, reusing results of files that have not changed. */
  compile(): CompiledContent;
}

type FileKind = 'chapter' | 'card' | 'question';

export function compileContent(options: CompileOptions): CompiledContent {
  return createContentCompiler(options).compile();
}

export function createContentCompiler(options: CompileOptions): ContentCompiler {
  const { dir } = options;
  const label = options.label ?? 'content';
  const read = (file: string) =>
    new SourceText(labelled(dir, label, file), readFileSync(file, 'utf8'));
  let registry: { key: string; value: Registry; problems: Problem[] } | null = null;
  let cache = new Map<string, { text: string; result: FileResult }>();

  const readRegistry = (files: ContentFiles) => {
    const exams = files.exams.map(read);
    const facts = files.facts ? read(files.facts) : null;
    const key = JSON.stringify([exams.map((s) => [s.file, s.text]), facts?.text ?? null]);
    if (registry?.key === key) return registry;
    // Every file is checked against the registry, so cached results are stale now.
    cache = new Map();
    const problems = new Problems();
    const { exams: examMap, tasks } = readExams(exams, problems);
    if (!facts) problems.at(new SourceText(`${label}/facts.yaml`, ''), 0, E.FactsMissing);
    const factMap = facts ? readFacts(facts, problems) : new Map<string, Fact>();
    registry = { key, value: { exams: examMap, tasks, facts: factMap }, problems: problems.list };
    return registry;
  };

  const compileFile = (file: string, kind: FileKind, reg: Registry, seen: typeof cache) => {
    const source = read(file);
    const hit = cache.get(file);
    const result =
      hit?.text === source.text
        ? hit.result
        : kind === 'chapter'
          ? compileChapter(source, reg)
          : compileCollection(kind, source, reg);
    seen.set(file, { text: source.text, result });
    return result;
  };

  return {
    compile() {
      const problems = new Problems();
      const files = findFiles(dir, label, problems);
      const reg = readRegistry(files);
      const seen = new Map<string, { text: string; result: FileResult }>();
      const results = [
        ...files.chapters.map((f) => compileFile(f, 'chapter', reg.value, seen)),
        ...files.decks.map((f) => compileFile(f, 'card', reg.value, seen)),
        ...files.banks.map((f) => compileFile(f, 'question', reg.value, seen)),
      ];
      // Only files still present stay cached.
      cache = seen;
      const linked = linkFiles(results);
      return {
        index: assembleIndex(reg.value, linked),
        chapters: linked.chapters.map((c) => c.body),
        items: { cards: linked.cards, questions: linked.questions },
        facts: [...reg.value.facts.values()],
        files: files.all,
        problems: [...problems.list, ...reg.problems, ...linked.problems],
      };
    },
  };
}
