/** Compiles one flashcard: front from the heading, back from the text below it. */
import type { Paragraph } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import { cardMeta, type Flashcard } from '../../schema/content.ts';
import { ContentErrors as E } from '../errors/index.ts';
import { renderFragments } from '../markdown/render.ts';
import { validateYaml } from '../yamlSource.ts';
import type { ItemSite } from './collections.ts';
import { itemRenderContext } from './itemContext.ts';
import type { UnitOutput } from './context.ts';
import { itemScope } from './scope.ts';

export function compileCard(site: ItemSite): UnitOutput | null {
  const { item, source, problems, defaults } = site;
  const meta = item.meta ? validateYaml(cardMeta, item.meta, source, problems, 'the card') : {};
  if (!meta) return null;
  const scope = itemScope(site, meta, item.meta ?? site.front);
  const inherited = meta.exams ?? defaults.exams ?? meta.tasks ?? defaults.tasks;
  if (scope.exams.length === 0 && !inherited) problems.at(source, item.offset, E.CardWithoutExam);
  if (item.title === '') problems.at(source, item.offset, E.EmptyCardFront);
  if (item.body.every((n) => mdToString(n).trim() === ''))
    problems.at(source, item.offset, E.EmptyCardBack);
  const ctx = itemRenderContext(site);
  const title: Paragraph = {
    type: 'paragraph',
    children: item.titleNodes as Paragraph['children'],
  };
  const [frontHtml = '', backHtml = ''] = renderFragments([[title], item.body], ctx);
  if (problems.count > 0) return null;
  const card: Flashcard = {
    id: item.id ?? '',
    exams: scope.exams,
    tasks: scope.tasks,
    chapter: scope.chapter,
    section: null,
    frontHtml,
    backHtml,
    facts: [...ctx.usedFacts].sort(),
  };
  return { kind: 'card', card };
}
