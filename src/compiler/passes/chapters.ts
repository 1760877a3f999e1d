/** Compiles one chapter file: frontmatter, scope, and the body rendered with its sections. */
import { toString as mdToString } from 'mdast-util-to-string';
import { chapterFrontmatter, type Section } from '../../schema/content.ts';
import { contentId, examOfTask } from '../../schema/ids.ts';
import { Problems, type SourceText } from '../diagnostics.ts';
import { ContentErrors as E } from '../errors/index.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { renderNodes, wordCount, type RenderContext } from '../markdown/render.ts';
import { validateYaml } from '../yamlSource.ts';
import type { FileResult, Registry, Unit } from './context.ts';
import { frontmatterOf } from './frontmatter.ts';
import { chapterCallouts } from './chapterCallouts.ts';
import { checkExams, checkTasks } from './scope.ts';

const WORDS_PER_MINUTE = 200;

export function compileChapter(source: SourceText, registry: Registry): FileResult {
  const problems = new Problems();
  const result: FileResult = { problems: problems.list, chapterIds: [], units: [] };
  const root = parseMarkdown(source.text);
  const front = frontmatterOf(root, source, problems, 'chapter');
  if (!front) {
    // Broken YAML: still learn the id from its line, so links to this chapter aren't reported too.
    const idLine = /^---\r?\n(?:.*\r?\n)*?id:\s*([a-z0-9-]+)\s*$/m.exec(source.text);
    if (idLine?.[1]) result.chapterIds.push(idLine[1]);
    return result;
  }
  const rawId = (front.parsed.value as { id?: unknown } | null)?.id;
  if (typeof rawId === 'string' && contentId.safeParse(rawId).success)
    result.chapterIds.push(rawId);
  const data = validateYaml(
    chapterFrontmatter,
    front.parsed,
    source,
    problems,
    'the chapter frontmatter',
  );
  if (!data) return result;

  const own = new Problems();
  const unit: Unit = {
    kind: 'chapter',
    id: data.id,
    offset: front.parsed.locate(['id'], true),
    source,
    problems: own.list,
    links: { list: [], sections: null },
    refs: [],
    output: null,
  };
  result.units.push(unit);
  const site = { source, problems: own, registry, meta: front.parsed, fallback: 0 };
  const exams = checkExams(site, data.exams).sort();
  checkTasks(site, data.tasks);
  for (const task of data.tasks) {
    const exam = examOfTask(task);
    if (registry.tasks.has(task) && !data.exams.includes(exam))
      own.at(source, front.parsed.locate(['tasks'], true), E.TaskOutsideExams, { task, exam });
  }
  const body = root.children.filter((n) => n.type !== 'yaml');
  if (body.every((n) => mdToString(n).trim() === '')) {
    own.at(source, front.end + 1, E.EmptyChapter);
    return result;
  }
  const sections: Section[] = [];
  const ctx: RenderContext = {
    source,
    problems: own,
    facts: registry.facts,
    usedFacts: new Set(),
    links: unit.links.list,
    sections,
  };
  unit.links.sections = sections;
  const html = renderNodes(body, ctx);
  const meta = {
    id: data.id,
    title: data.title,
    summary: data.summary,
    exams,
    tasks: data.tasks,
    level: data.level,
    updated: data.updated,
    readMinutes: Math.max(1, Math.ceil(wordCount(body) / WORDS_PER_MINUTE)),
    sections,
  };
  const cited = [...ctx.usedFacts].sort().flatMap((id) => registry.facts.get(id) ?? []);
  const callouts = chapterCallouts(body, data.id, source, registry.facts);
  unit.output = { kind: 'chapter', meta, body: { id: data.id, html, facts: cited }, callouts };
  return result;
}
