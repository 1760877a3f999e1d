/**
 * Checks the exams and task statements an item (or chapter) lists against the registry, each
 * reported at its own spot in the metadata.
 */
import { examOfTask, splitChapterRef } from '../../schema/ids.ts';
import type { Problems, SourceText } from '../diagnostics.ts';
import { ContentErrors as E } from '../errors/index.ts';
import { closest } from '../suggest.ts';
import type { ParsedYaml } from '../yamlSource.ts';
import type { ItemSite, ScopeFields } from './collections.ts';
import type { Registry } from './context.ts';

/** Where the item's scope is written: its metadata, or a fallback offset when it has none. */
export interface ScopeSite {
  source: SourceText;
  problems: Problems;
  registry: Registry;
  meta: ParsedYaml | null;
  fallback: number;
}

/** Offset of `value` under `key`, or of the key's value when the text can't be found nearby. */
function offsetOf(site: ScopeSite, key: string, value: string): number {
  if (!site.meta) return site.fallback;
  const start = site.meta.locate([key], true);
  const found = site.source.text.indexOf(value, start);
  return found >= 0 && found - start < 400 ? found : start;
}

/** Reports unknown exams; returns the known ones. */
export function checkExams(site: ScopeSite, listed: string[]): string[] {
  const { exams } = site.registry;
  for (const id of listed) {
    if (exams.has(id)) continue;
    const known = [...exams.keys()].join(', ') || 'the exams in content/exams/';
    site.problems.at(site.source, offsetOf(site, 'exams', id), E.UnknownExam, { id, known });
  }
  return listed.filter((e) => exams.has(e));
}

/** Reports unknown task statements; returns the known ones. */
export function checkTasks(site: ScopeSite, listed: string[]): string[] {
  const tasks = [...site.registry.tasks.keys()];
  for (const id of listed) {
    if (site.registry.tasks.has(id)) continue;
    const guess = closest(id, tasks);
    const examTasks = tasks.filter((k) => examOfTask(k) === examOfTask(id));
    const hint = guess
      ? `did you mean "${guess}"? Task statements are listed in content/exams/`
      : examTasks.length
        ? `${examOfTask(id)} has ${examTasks[0]} to ${examTasks[examTasks.length - 1]}`
        : 'write EXAM:DOMAIN.TASK with an exam from content/exams/, e.g. DVA-C02:1.2';
    site.problems.at(site.source, offsetOf(site, 'tasks', id), E.UnknownTask, { id, hint });
  }
  return listed.filter((t) => site.registry.tasks.has(t));
}

/** An item's exams: the ones it lists plus those of its task statements, sorted. */
export function examsOf(listedExams: string[], knownTasks: string[]): string[] {
  return [...new Set([...listedExams, ...knownTasks.map(examOfTask)])].sort();
}

/**
 * An item's scope: its own keys, else its file's defaults. Every item must name the chapter
 * section that teaches it; the `chapter:` key is kept as a ref for the cross-file pass, which
 * knows every chapter and its sections.
 */
export function itemScope(site: ItemSite, meta: ScopeFields, fromMeta: ParsedYaml | null) {
  const { item, source, registry, defaults, unit, problems } = site;
  const scopeSite: ScopeSite = {
    source,
    problems,
    registry,
    meta: fromMeta,
    fallback: item.offset,
  };
  const listedTasks = meta.tasks ?? defaults.tasks ?? [];
  const exams = checkExams(scopeSite, meta.exams ?? defaults.exams ?? []);
  const tasks = checkTasks(scopeSite, listedTasks);
  const inherited = meta.chapter === undefined;
  const written = meta.chapter ?? defaults.chapter;
  if (!written) {
    problems.at(source, item.offset, E.ItemWithoutChapter, { kind: unit.kind });
    return { exams: examsOf(exams, tasks), tasks, chapter: null };
  }
  const { chapter, section } = splitChapterRef(written);
  const keyAt = inherited
    ? site.front.locate(['chapter'], true)
    : fromMeta?.locate(['chapter'], true);
  unit.refs.push({
    id: chapter,
    section,
    offset: keyAt ?? item.offset,
    item: { offset: item.offset, title: item.title, inherited },
  });
  return { exams: examsOf(exams, tasks), tasks, chapter };
}
