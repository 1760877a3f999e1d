/**
 * Compiles one deck (cards/) or bank (questions/) file: its frontmatter gives defaults, then
 * each `## heading {#id}` becomes a unit compiled by the card or question pass.
 */
import { collectionFrontmatter } from '../../schema/content.ts';
import { contentId } from '../../schema/ids.ts';
import { Problems, type SourceText } from '../diagnostics.ts';
import { ContentErrors as E } from '../errors/index.ts';
import { splitItems, withoutMetadata, type RawItem } from '../items.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { validateYaml, type ParsedYaml } from '../yamlSource.ts';
import { compileCard } from './cards.ts';
import type { FileResult, Registry, Unit } from './context.ts';
import { frontmatterOf } from './frontmatter.ts';
import { compileQuestion } from './questions.ts';

/** Scope keys an item may set, or inherit from its file's frontmatter. */
export interface ScopeFields {
  exams?: string[] | undefined;
  tasks?: string[] | undefined;
  chapter?: string | undefined;
}

/** What an item's pass gets: the item, its file and the file's defaults. */
export interface ItemSite {
  item: RawItem;
  source: SourceText;
  registry: Registry;
  defaults: ScopeFields;
  front: ParsedYaml;
  /** The item's unit, whose problems, links and refs the pass fills. */
  unit: Unit;
  problems: Problems;
}

export function compileCollection(
  kind: 'card' | 'question',
  source: SourceText,
  registry: Registry,
): FileResult {
  const problems = new Problems();
  const result: FileResult = { problems: problems.list, chapterIds: [], units: [] };
  const root = parseMarkdown(withoutMetadata(source.text));
  const front = frontmatterOf(root, source, problems, kind === 'card' ? 'deck' : 'question bank');
  if (!front) return result;
  const defaults = validateYaml(
    collectionFrontmatter,
    front.parsed,
    source,
    problems,
    'the frontmatter',
  );
  if (!defaults) return result;
  const items = splitItems(root, source, problems, kind);
  if (items.length === 0) {
    const what = kind === 'card' ? 'back' : 'stem and options';
    problems.at(source, front.end, E.EmptyCollection, { kind, what });
  }
  for (const item of items) {
    if (item.id === null) {
      problems.at(source, item.offset, E.MissingItemId, { kind });
      continue;
    }
    if (!contentId.safeParse(item.id).success) {
      problems.at(source, item.offset, E.InvalidItemId, { id: item.id });
      continue;
    }
    const own = new Problems();
    const unit: Unit = {
      kind,
      id: item.id,
      offset: item.offset,
      source,
      problems: own.list,
      links: { list: [], sections: null },
      refs: [],
      output: null,
    };
    const site = { item, source, registry, defaults, front: front.parsed, unit, problems: own };
    unit.output = kind === 'card' ? compileCard(site) : compileQuestion(site);
    result.units.push(unit);
  }
  return result;
}
