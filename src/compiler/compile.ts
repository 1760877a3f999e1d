/**
 * The content compiler: reads `content/`, checks every file, and returns the typed data the app
 * imports together with every problem found (never stopping at the first).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import {
  cardMeta,
  chapterFrontmatter,
  collectionFrontmatter,
  questionMeta,
  type ChapterBody,
  type ChapterMeta,
  type ChoiceOption,
  type ContentIndex,
  type ContentItems,
  type ExamSummary,
  type Flashcard,
  type Question,
  type Section,
} from '../schema/content.ts';
import { examSource, type Exam } from '../schema/exam.ts';
import { factSource, factText, type Fact } from '../schema/fact.ts';
import { contentId, examOfTask, examSlug } from '../schema/ids.ts';
import { Problems, SourceText, type Problem } from './diagnostics.ts';
import { splitItems, type RawItem } from './items.ts';
import {
  parseMarkdown,
  renderNodes,
  wordCount,
  type ChapterLink,
  type RenderContext,
} from './markdown.ts';
import { closest } from './suggest.ts';
import { parseYaml, validateYaml, type ParsedYaml } from './yamlSource.ts';

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

const WORDS_PER_MINUTE = 200;

/** Scope keys an item may set, or inherit from its file's frontmatter. */
interface ScopeFields {
  exams?: string[] | undefined;
  tasks?: string[] | undefined;
  chapter?: string | undefined;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

interface Located {
  source: SourceText;
  offset: number;
}

export function compileContent(options: CompileOptions): CompiledContent {
  const { dir } = options;
  const label = options.label ?? 'content';
  const problems = new Problems();
  const files = listFiles(dir);
  const rel = (file: string) => `${label}/${relative(dir, file).split(sep).join('/')}`;
  const read = (file: string) => new SourceText(rel(file), readFileSync(file, 'utf8'));

  const examFiles: string[] = [];
  const chapterFiles: string[] = [];
  const deckFiles: string[] = [];
  const bankFiles: string[] = [];
  let factsFile: string | null = null;
  for (const file of files) {
    const path = relative(dir, file).split(sep).join('/');
    if (path === 'README.md') continue;
    if (path === 'facts.yaml') factsFile = file;
    else if (/^exams\/[^/]+\.ya?ml$/.test(path)) examFiles.push(file);
    else if (/^chapters\/.+\.md$/.test(path)) chapterFiles.push(file);
    else if (/^cards\/.+\.md$/.test(path)) deckFiles.push(file);
    else if (/^questions\/.+\.md$/.test(path)) bankFiles.push(file);
    else
      problems.add({
        file: rel(file),
        line: 1,
        column: 1,
        message: 'this file is not in a place the compiler reads',
        hint: 'chapters go in content/chapters/*.md, flashcards in content/cards/*.md, questions in content/questions/*.md, exams in content/exams/*.yaml',
      });
  }

  // Exams and their task statements.
  const exams = new Map<string, Exam>();
  const tasks = new Map<string, { exam: Exam; lambda: boolean }>();
  for (const file of examFiles) {
    const source = read(file);
    const parsed = parseYaml(source, source.text, 0, problems, 'YAML');
    if (!parsed) continue;
    const data = validateYaml(examSource, parsed, source, problems, 'the exam');
    if (!data) continue;
    if (exams.has(data.id)) {
      problems.add(
        source.problemAt(
          parsed.locate(['id'], true),
          `exam ${data.id} is defined twice`,
          'keep one file per exam',
        ),
      );
      continue;
    }
    const weights = data.domains.reduce((sum, d) => sum + d.weight, 0);
    if (weights !== 100) {
      problems.add(
        source.problemAt(
          parsed.locate(['domains']),
          `domain weights add up to ${weights}%`,
          'make the weights add up to 100, as in the exam guide',
        ),
      );
    }
    const exam: Exam = {
      ...data,
      slug: examSlug(data.id),
      domains: data.domains.map((d) => ({
        ...d,
        tasks: d.tasks.map((t) => ({
          id: `${data.id}:${t.number}`,
          number: t.number,
          title: t.title,
          lambda: t.lambda ?? false,
        })),
      })),
    };
    exams.set(exam.id, exam);
    for (const d of exam.domains)
      for (const t of d.tasks) tasks.set(t.id, { exam, lambda: t.lambda });
  }

  // Facts registry.
  const facts = new Map<string, Fact>();
  if (factsFile) {
    const source = read(factsFile);
    const parsed = parseYaml(source, source.text, 0, problems, 'YAML');
    const value = parsed?.value;
    if (parsed && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      problems.add(
        source.problemAt(
          0,
          'facts.yaml should map fact ids to facts',
          'write "fact-id:" lines with the fields indented below',
        ),
      );
    } else if (parsed) {
      for (const [id, raw] of Object.entries(value as Record<string, unknown>)) {
        if (!contentId.safeParse(id).success) {
          problems.add(
            source.problemAt(
              parsed.locate([id]),
              `"${id}" is not a valid fact id`,
              'use lowercase letters, digits and hyphens',
            ),
          );
          continue;
        }
        const sub: ParsedYaml = {
          value: raw,
          locate: (path, preferValue) => parsed.locate([id, ...path], preferValue),
        };
        const data = validateYaml(factSource, sub, source, problems, `fact "${id}"`);
        if (data) facts.set(id, { ...data, id, text: factText(data) });
      }
    }
  } else {
    problems.add({
      file: `${label}/facts.yaml`,
      line: 1,
      column: 1,
      message: 'the facts registry is missing',
      hint: 'create content/facts.yaml (see content/README.md)',
    });
  }

  // Ids are one namespace across chapters, cards and questions: progress is keyed by them.
  const ids = new Map<string, Located>();
  const claimId = (id: string, at: Located, what: string): boolean => {
    const prior = ids.get(id);
    if (prior) {
      const p = prior.source.position(prior.offset);
      problems.add(
        at.source.problemAt(
          at.offset,
          `duplicate id "${id}" (${what}); it is already used at ${prior.source.file}:${p.line}:${p.column}`,
          'give this one a new id; never reuse an id, because learner progress is stored under it',
        ),
      );
      return false;
    }
    ids.set(id, at);
    return true;
  };

  /** Checks exam and task ids; returns the item's exams (listed ones plus those of its tasks). */
  const checkScope = (
    source: SourceText,
    meta: ParsedYaml | null,
    listedExams: string[],
    listedTasks: string[],
    examsKey: readonly PropertyKey[],
    tasksKey: readonly PropertyKey[],
    fallback: number,
  ): string[] => {
    const at = (key: readonly PropertyKey[], value: string) => {
      if (!meta) return fallback;
      const start = meta.locate(key, true);
      const found = source.text.indexOf(value, start);
      return found >= 0 && found - start < 400 ? found : start;
    };
    for (const e of listedExams) {
      if (!exams.has(e)) {
        problems.add(
          source.problemAt(
            at(examsKey, e),
            `unknown exam "${e}"`,
            `use one of: ${[...exams.keys()].join(', ') || 'the exams in content/exams/'}`,
          ),
        );
      }
    }
    const result = new Set(listedExams.filter((e) => exams.has(e)));
    for (const t of listedTasks) {
      if (!tasks.has(t)) {
        const guess = closest(t, [...tasks.keys()]);
        const examTasks = [...tasks.keys()].filter((k) => examOfTask(k) === examOfTask(t));
        problems.add(
          source.problemAt(
            at(tasksKey, t),
            `unknown task statement "${t}"`,
            guess
              ? `did you mean "${guess}"? Task statements are listed in content/exams/`
              : examTasks.length
                ? `${examOfTask(t)} has ${examTasks[0]} to ${examTasks[examTasks.length - 1]}`
                : 'write EXAM:DOMAIN.TASK with an exam from content/exams/, e.g. DVA-C02:1.2',
          ),
        );
      } else result.add(examOfTask(t));
    }
    return [...result].sort();
  };

  const allLinks: { ctx: RenderContext; links: ChapterLink[]; ownSections: Section[] | null }[] =
    [];
  const newContext = (source: SourceText, sections?: Section[]): RenderContext => {
    const ctx: RenderContext = { source, problems, facts, usedFacts: new Set(), links: [] };
    if (sections) ctx.sections = sections;
    allLinks.push({ ctx, links: ctx.links, ownSections: sections ?? null });
    return ctx;
  };

  // Chapters.
  const chapterMetas: ChapterMeta[] = [];
  // Ids of chapters that exist but failed other checks: links to them are not reported as missing.
  const knownChapterIds = new Set<string>();
  const chapterBodies: ChapterBody[] = [];
  for (const file of chapterFiles) {
    const source = read(file);
    const root = parseMarkdown(source.text);
    const front = frontmatterOf(root, source, problems, 'chapter');
    if (!front) {
      // Broken YAML: still learn the id from its line, so links to this chapter aren't reported too.
      const idLine = /^---\r?\n(?:.*\r?\n)*?id:\s*([a-z0-9-]+)\s*$/m.exec(source.text);
      if (idLine?.[1]) knownChapterIds.add(idLine[1]);
      continue;
    }
    const rawId = (front.parsed.value as { id?: unknown } | null)?.id;
    if (typeof rawId === 'string' && contentId.safeParse(rawId).success) knownChapterIds.add(rawId);
    const data = validateYaml(
      chapterFrontmatter,
      front.parsed,
      source,
      problems,
      'the chapter frontmatter',
    );
    if (!data) continue;
    if (!claimId(data.id, { source, offset: front.parsed.locate(['id'], true) }, 'chapter'))
      continue;
    const scopeExams = checkScope(source, front.parsed, data.exams, [], ['exams'], ['tasks'], 0);
    checkScope(source, front.parsed, [], data.tasks, ['exams'], ['tasks'], 0);
    for (const t of data.tasks) {
      if (tasks.has(t) && !data.exams.includes(examOfTask(t))) {
        problems.add(
          source.problemAt(
            front.parsed.locate(['tasks'], true),
            `task ${t} belongs to ${examOfTask(t)}, which is not in this chapter's exams`,
            `add ${examOfTask(t)} to "exams", or remove the task`,
          ),
        );
      }
    }
    const body = root.children.filter((n) => n.type !== 'yaml');
    if (body.every((n) => mdToString(n).trim() === '')) {
      problems.add(
        source.problemAt(
          front.end + 1,
          'this chapter has no text',
          'write the chapter below the closing "---" of the frontmatter',
        ),
      );
      continue;
    }
    const sections: Section[] = [];
    const ctx = newContext(source, sections);
    const html = renderNodes(body, ctx);
    chapterMetas.push({
      id: data.id,
      title: data.title,
      summary: data.summary,
      exams: scopeExams,
      tasks: data.tasks,
      level: data.level,
      updated: data.updated,
      readMinutes: Math.max(1, Math.ceil(wordCount(body) / WORDS_PER_MINUTE)),
      sections,
    });
    const cited = [...ctx.usedFacts].sort().flatMap((id) => facts.get(id) ?? []);
    chapterBodies.push({ id: data.id, html, facts: cited });
  }

  // Flashcards and questions.
  const cards: Flashcard[] = [];
  const questions: Question[] = [];
  const chapterRefs: { source: SourceText; offset: number; id: string }[] = [];
  for (const [kind, list] of [
    ['card', deckFiles],
    ['question', bankFiles],
  ] as const) {
    for (const file of list) {
      const source = read(file);
      const root = parseMarkdown(source.text);
      const front = frontmatterOf(
        root,
        source,
        problems,
        kind === 'card' ? 'deck' : 'question bank',
      );
      if (!front) continue;
      const defaults = validateYaml(
        collectionFrontmatter,
        front.parsed,
        source,
        problems,
        'the frontmatter',
      );
      if (!defaults) continue;
      const items = splitItems(root, source, problems, kind);
      if (items.length === 0) {
        problems.add(
          source.problemAt(
            front.end,
            `this file has no ${kind}s`,
            `add one: a "## " heading ending in {#an-id}, then its ${kind === 'card' ? 'back' : 'stem and options'}`,
          ),
        );
      }
      for (const item of items) {
        if (item.id === null) {
          problems.add(
            source.problemAt(
              item.offset,
              `${kind} has no id`,
              'run "npm run content:fix" to stamp one, or end the heading with {#a-new-id}',
            ),
          );
          continue;
        }
        if (!contentId.safeParse(item.id).success) {
          problems.add(
            source.problemAt(
              item.offset,
              `"${item.id}" is not a valid id`,
              'use lowercase letters, digits and single hyphens, e.g. {#async-retries}',
            ),
          );
          continue;
        }
        if (!claimId(item.id, { source, offset: item.offset }, kind)) continue;
        if (kind === 'card') {
          const card = compileCard(item, source, defaults, front.parsed);
          if (card) cards.push(card);
        } else {
          const question = compileQuestion(item, source, defaults);
          if (question) questions.push(question);
        }
      }
    }
  }

  function scopeOf(
    item: RawItem,
    source: SourceText,
    meta: ScopeFields,
    defaults: ScopeFields,
    fromMeta: ParsedYaml | null,
  ) {
    const listedExams = meta.exams ?? defaults.exams ?? [];
    const listedTasks = meta.tasks ?? defaults.tasks ?? [];
    const scope = checkScope(
      source,
      fromMeta,
      listedExams,
      listedTasks,
      ['exams'],
      ['tasks'],
      item.offset,
    );
    const chapter = meta.chapter ?? defaults.chapter ?? null;
    if (chapter)
      chapterRefs.push({
        source,
        offset: fromMeta?.locate(['chapter'], true) ?? item.offset,
        id: chapter,
      });
    return { exams: scope, tasks: listedTasks.filter((t) => tasks.has(t)), chapter };
  }

  function compileCard(
    item: RawItem,
    source: SourceText,
    defaults: ScopeFields,
    frontParsed: ParsedYaml,
  ): Flashcard | null {
    // An item with any problem is left out; the problems fail the build anyway.
    const before = problems.count;
    const meta = item.meta ? validateYaml(cardMeta, item.meta, source, problems, 'the card') : {};
    if (!meta) return null;
    const scope = scopeOf(item, source, meta, defaults, item.meta ?? frontParsed);
    const fail = (offset: number, message: string, hint: string) => {
      problems.add(source.problemAt(offset, message, hint));
    };
    if (
      scope.exams.length === 0 &&
      !meta.exams &&
      !defaults.exams &&
      !meta.tasks &&
      !defaults.tasks
    ) {
      fail(
        item.offset,
        'card has no exam',
        'add "exams: …" to the deck frontmatter or under the heading',
      );
    }
    if (item.title === '') {
      fail(item.offset, 'card front is empty', 'write the prompt in the heading, before {#id}');
    }
    if (item.body.every((n) => mdToString(n).trim() === '')) {
      fail(item.offset, 'card back is empty', 'write the answer below the heading');
    }
    const ctx = newContext(source);
    const frontHtml = renderNodes(
      [{ type: 'paragraph', children: item.titleNodes } as Paragraph],
      ctx,
    );
    const backHtml = renderNodes(item.body, ctx);
    if (problems.count > before) return null;
    return {
      id: item.id ?? '',
      exams: scope.exams,
      tasks: scope.tasks,
      chapter: scope.chapter,
      frontHtml,
      backHtml,
      facts: [...ctx.usedFacts].sort(),
    };
  }

  function compileQuestion(
    item: RawItem,
    source: SourceText,
    defaults: ScopeFields,
  ): Question | null {
    const before = problems.count;
    if (!item.meta) {
      problems.add(
        source.problemAt(
          item.offset,
          'question has no metadata',
          'under the heading add lines "tasks: …", "difficulty: easy|medium|hard" and "sources: https://…"',
        ),
      );
      return null;
    }
    const meta = validateYaml(questionMeta, item.meta, source, problems, 'the question');
    if (!meta) return null;
    const scope = scopeOf(item, source, meta, defaults, item.meta);
    const fail = (offset: number, message: string, hint: string) => {
      problems.add(source.problemAt(offset, message, hint));
    };
    if (scope.tasks.length === 0 && !(meta.tasks ?? defaults.tasks)?.length) {
      fail(
        item.offset,
        'question has no task statement',
        'add a line "tasks: EXAM:D.T", e.g. "tasks: DVA-C02:1.2"',
      );
    }
    if (item.title === '') {
      fail(
        item.offset,
        'question has no title',
        'write a short title in the heading (learners see it in result lists)',
      );
    }
    const listIndex = item.body.findIndex(
      (n) =>
        n.type === 'list' &&
        n.children.length > 0 &&
        n.children.every((li) => typeof li.checked === 'boolean'),
    );
    if (listIndex < 0) {
      problems.add(
        source.problemAt(
          item.offset,
          'question has no options',
          'list 4–6 options as "- [x] right answer" and "- [ ] wrong answer", each with an explanation paragraph',
        ),
      );
      return null;
    }
    const stem = item.body.slice(0, listIndex);
    const list = item.body[listIndex] as List;
    const after = item.body.slice(listIndex + 1);
    const listAt = list.position?.start.offset ?? item.offset;
    const stemText = stem.map((n) => mdToString(n)).join(' ');
    if (stemText.trim() === '') {
      fail(
        item.offset,
        'question has no stem',
        'write the scenario and the question between the metadata and the options',
      );
    }
    const ctx = newContext(source);
    const options: ChoiceOption[] = [];
    list.children.forEach((li: ListItem, i) => {
      const [first, ...rest] = li.children;
      const liAt = li.position?.start.offset ?? listAt;
      if (first?.type !== 'paragraph' || mdToString(first).trim() === '') {
        fail(liAt, `option ${i + 1} has no text`, 'write the option after "- [ ] "');
        return;
      }
      if (rest.every((n) => mdToString(n).trim() === '')) {
        fail(
          liAt,
          `option ${i + 1} has no explanation`,
          'add a blank line, then an indented paragraph saying why this option is right, or why it tempts and fails',
        );
      }
      options.push({
        html: renderNodes(
          first.children.length ? [{ type: 'paragraph', children: first.children }] : [],
          ctx,
        )
          .replace(/^<p>/, '')
          .replace(/<\/p>$/, ''),
        correct: li.checked === true,
        explanationHtml: renderNodes(rest, ctx),
      });
    });
    const correct = list.children.filter((li) => li.checked === true).length;
    const selectMatch = /\bSelect (TWO|THREE|FOUR|2|3|4)\b/i.exec(stemText);
    const words: Record<string, number> = { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 };
    const select = selectMatch ? (words[(selectMatch[1] ?? '').toLowerCase()] ?? 0) : 1;
    const count = list.children.length;
    if (count < 4 || count > 6) {
      fail(listAt, `question has ${count} options`, 'give 4 to 6 options');
    }
    if (correct === 0) {
      fail(listAt, 'question has no correct option', 'mark the right answer with "- [x]"');
    } else if (selectMatch && correct !== select) {
      fail(
        listAt,
        `the stem says "Select ${selectMatch[1]}" but ${correct} option${correct === 1 ? ' is' : 's are'} marked correct`,
        `mark exactly ${select} options with [x], or change the stem`,
      );
    } else if (!selectMatch && correct > 1) {
      fail(
        listAt,
        `single-response question has ${correct} correct options`,
        `mark only one option with [x], or make it multiple response by adding "(Select ${['', '', 'TWO', 'THREE', 'FOUR', 'FIVE'][correct] ?? correct}.)" to the stem`,
      );
    } else if (select > 1 && count < select + 3) {
      fail(
        listAt,
        `a "Select ${selectMatch?.[1]}" question needs at least ${select + 3} options, it has ${count}`,
        'add plausible wrong options (AWS exams give multiple response items five or more options)',
      );
    }
    const stemHtml = renderNodes(stem, ctx);
    const explanationHtml = after.length ? renderNodes(after, ctx) : null;
    if (problems.count > before) return null;
    return {
      type: 'choice',
      id: item.id ?? '',
      title: item.title,
      exams: scope.exams,
      tasks: scope.tasks,
      chapter: scope.chapter,
      difficulty: meta.difficulty,
      select,
      stemHtml,
      options,
      explanationHtml,
      sources: meta.sources,
      facts: [...ctx.usedFacts].sort(),
    };
  }

  // Cross-file checks: chapter links and chapter references.
  const sectionsOf = new Map(chapterMetas.map((c) => [c.id, c.sections]));
  const chapterIds = [...sectionsOf.keys()];
  const missingChapter = (source: SourceText, offset: number, id: string) => {
    const guess = closest(id, chapterIds);
    problems.add(
      source.problemAt(
        offset,
        `no chapter has the id "${id}"`,
        guess ? `did you mean "${guess}"?` : "check the id in the target chapter's frontmatter",
      ),
    );
  };
  for (const { ctx, links, ownSections } of allLinks) {
    for (const link of links) {
      const sections = link.chapter ? sectionsOf.get(link.chapter) : (ownSections ?? undefined);
      if (link.chapter && !sections) {
        if (!knownChapterIds.has(link.chapter))
          missingChapter(ctx.source, link.offset, link.chapter);
        continue;
      }
      if (!link.chapter && !ownSections) {
        problems.add(
          ctx.source.problemAt(
            link.offset,
            `"#${link.section}" links inside a page, but cards and questions have no sections`,
            'link to a chapter section: chapter:ID#section',
          ),
        );
        continue;
      }
      if (link.section && sections && !sections.some((s) => s.id === link.section)) {
        const guess = closest(
          link.section,
          sections.map((s) => s.id),
        );
        problems.add(
          ctx.source.problemAt(
            link.offset,
            `no section "#${link.section}" in ${link.chapter ? `chapter "${link.chapter}"` : 'this chapter'}`,
            guess
              ? `did you mean "#${guess}"?`
              : `link to one of its headings: ${sections.map((s) => `#${s.id}`).join(', ') || 'it has none'}`,
          ),
        );
      }
    }
  }
  for (const ref of chapterRefs) {
    if (!knownChapterIds.has(ref.id)) missingChapter(ref.source, ref.offset, ref.id);
  }

  const summaries: Record<string, ExamSummary> = {};
  for (const id of exams.keys()) {
    summaries[id] = {
      chapters: chapterMetas.filter((c) => c.exams.includes(id)).length,
      cards: cards.filter((c) => c.exams.includes(id)).length,
      questions: questions.filter((q) => q.exams.includes(id)).length,
    };
  }

  const examOrder = ['foundational', 'associate', 'professional'];
  return {
    index: {
      exams: [...exams.values()].sort(
        (a, b) =>
          examOrder.indexOf(a.level) - examOrder.indexOf(b.level) || a.id.localeCompare(b.id),
      ),
      chapters: chapterMetas,
      summaries,
    },
    chapters: chapterBodies,
    items: { cards, questions },
    facts: [...facts.values()],
    files,
    problems: problems.list,
  };
}

/** Finds and parses a file's YAML frontmatter; reports a missing one. */
function frontmatterOf(
  root: Root,
  source: SourceText,
  problems: Problems,
  what: string,
): { parsed: ParsedYaml; end: number } | null {
  const first: RootContent | undefined = root.children[0];
  if (first?.type !== 'yaml') {
    problems.add(
      source.problemAt(
        0,
        `the ${what} has no frontmatter`,
        'start the file with a "---" line, the keys (see content/README.md), and another "---" line',
      ),
    );
    return null;
  }
  const start = first.position?.start.offset ?? 0;
  // The YAML text starts on the line after the opening `---`.
  const yamlStart = source.text.indexOf('\n', start) + 1;
  const parsed = parseYaml(source, first.value, yamlStart, problems, 'frontmatter');
  if (!parsed) return null;
  return { parsed, end: first.position?.end.offset ?? 0 };
}
