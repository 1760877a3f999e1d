/**
 * The content compiler: reads `content/`, checks every file, and returns the typed data the app
 * imports together with every problem found (never stopping at the first).
 *
 * It runs in passes: find the files; read the registry (exams, facts); compile each chapter, deck
 * and bank file on its own (passes/chapters.ts, passes/collections.ts); then the cross-file checks
 * (passes/crossFile.ts) and assembly. A compiler made by `createContentCompiler` keeps each file's
 * result keyed by its path and text, so after an edit only that file is compiled again, plus the
 * cross-file checks; a change to the registry recompiles everything. `compileParallel` (used by
 * the CLI) spreads a large compile over worker threads (parallel.ts).
 */
import { readFileSync } from 'node:fs';
import type { ChapterBody, ContentIndex, ContentItems } from '../schema/content.ts';
import type { CheatSheet } from '../schema/cheatSheet.ts';
import type { Fact } from '../schema/fact.ts';
import { Problems, SourceText, type Problem } from './diagnostics.ts';
import { compileFiles, type FileJob } from './parallel.ts';
import { assembleIndex } from './passes/assemble.ts';
import { buildCheatSheets } from './passes/cheatSheet.ts';
import type { FileResult, Registry } from './passes/context.ts';
import { linkFiles } from './passes/crossFile.ts';
import { compileFile } from './passes/file.ts';
import { findFiles, labelled, type ContentFiles } from './passes/files.ts';
import { readRegistry } from './passes/registry.ts';

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
  /** Each exam's "Numbers and traps" sheet. */
  cheatSheets: CheatSheet[];
  /** The facts registry. */
  facts: Fact[];
  /** Files read, absolute paths (for watching). */
  files: string[];
  problems: Problem[];
}

export interface ContentCompiler {
  /** Compiles the folder as it is now, reusing results of files that have not changed. */
  compile(): CompiledContent;
  /** The same, with the changed files spread over worker threads when there are many. */
  compileParallel(): Promise<CompiledContent>;
}

export function compileContent(options: CompileOptions): CompiledContent {
  return createContentCompiler(options).compile();
}

interface Cached {
  text: string;
  result: FileResult;
}

/** One compile's inputs: every file read, the registry, and which files must be compiled. */
interface Plan {
  files: ContentFiles;
  problems: Problems;
  registry: { key: string; value: Registry; problems: Problem[]; sources: RegistrySources };
  jobs: (FileJob & { file: string; cached: FileResult | null })[];
}

type RegistrySources = Parameters<typeof compileFiles>[2];

export function createContentCompiler(options: CompileOptions): ContentCompiler {
  const { dir } = options;
  const label = options.label ?? 'content';
  const read = (file: string) =>
    new SourceText(labelled(dir, label, file), readFileSync(file, 'utf8'));
  let registry: Plan['registry'] | null = null;
  let cache = new Map<string, Cached>();

  const registryFor = (files: ContentFiles): Plan['registry'] => {
    const exams = files.exams.map(read);
    const facts = files.facts ? read(files.facts) : null;
    const key = JSON.stringify([exams.map((s) => [s.file, s.text]), facts?.text ?? null]);
    if (registry?.key === key) return registry;
    // Every file is checked against the registry, so cached results are stale now.
    cache = new Map();
    const plain = (s: SourceText) => ({ file: s.file, text: s.text });
    const sources = { label, exams: exams.map(plain), facts: facts && plain(facts) };
    registry = { key, ...readRegistry(exams, facts, label), sources };
    return registry;
  };

  const plan = (): Plan => {
    const problems = new Problems();
    const files = findFiles(dir, label, problems);
    const reg = registryFor(files);
    const kinds = [
      ...files.chapters.map((file) => ({ file, kind: 'chapter' as const })),
      ...files.decks.map((file) => ({ file, kind: 'card' as const })),
      ...files.banks.map((file) => ({ file, kind: 'question' as const })),
    ];
    const jobs = kinds.map(({ file, kind }) => {
      const source = read(file);
      const hit = cache.get(file);
      return { file, kind, source, cached: hit?.text === source.text ? hit.result : null };
    });
    return { files, problems, registry: reg, jobs };
  };

  const finish = ({ files, problems, registry: reg, jobs }: Plan, results: FileResult[]) => {
    // Only files still present stay cached.
    cache = new Map(
      jobs.map((j, i) => [j.file, { text: j.source.text, result: results[i] as FileResult }]),
    );
    const linked = linkFiles(results);
    return {
      index: assembleIndex(reg.value, linked),
      chapters: linked.chapters.map((c) => c.body),
      items: { cards: linked.cards, questions: linked.questions },
      cheatSheets: buildCheatSheets(reg.value, linked),
      facts: [...reg.value.facts.values()],
      files: files.all,
      problems: [...problems.list, ...reg.problems, ...linked.problems],
    };
  };

  return {
    compile() {
      const p = plan();
      return finish(
        p,
        p.jobs.map((j) => j.cached ?? compileFile(j.kind, j.source, p.registry.value)),
      );
    },
    async compileParallel() {
      const p = plan();
      const stale = p.jobs.filter((j) => !j.cached);
      const fresh = await compileFiles(stale, p.registry.value, p.registry.sources);
      const byJob = new Map(stale.map((j, i) => [j, fresh[i]]));
      return finish(
        p,
        p.jobs.map((j) => j.cached ?? (byJob.get(j) as FileResult)),
      );
    },
  };
}
