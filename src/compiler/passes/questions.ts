/**
 * Compiles one multiple-choice question: metadata, stem, options with their explanations and an
 * optional closing explanation; checks the answers against the stem's "Select N".
 */
import type { List } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import { questionMeta } from '../../schema/content.ts';
import { ContentErrors as E } from '../errors/index.ts';
import { renderFragments } from '../markdown/render.ts';
import { validateYaml } from '../yamlSource.ts';
import { checkAnswers, optionParts } from './options.ts';
import type { ItemSite } from './collections.ts';
import { itemRenderContext } from './itemContext.ts';
import type { UnitOutput } from './context.ts';
import { itemScope } from './scope.ts';

export function compileQuestion(site: ItemSite): UnitOutput | null {
  const { item, source, problems, defaults } = site;
  if (!item.meta) {
    problems.at(source, item.offset, E.QuestionWithoutMetadata);
    return null;
  }
  const meta = validateYaml(questionMeta, item.meta, source, problems, 'the question');
  if (!meta) return null;
  const scope = itemScope(site, meta, item.meta);
  if (scope.tasks.length === 0 && !(meta.tasks ?? defaults.tasks)?.length)
    problems.at(source, item.offset, E.QuestionWithoutTask);
  if (item.title === '') problems.at(source, item.offset, E.QuestionWithoutTitle);
  const listIndex = item.body.findIndex(
    (n) =>
      n.type === 'list' &&
      n.children.length > 0 &&
      n.children.every((li) => typeof li.checked === 'boolean'),
  );
  if (listIndex < 0) {
    problems.at(source, item.offset, E.QuestionWithoutOptions);
    return null;
  }
  const stem = item.body.slice(0, listIndex);
  const list = item.body[listIndex] as List;
  const after = item.body.slice(listIndex + 1);
  const stemText = stem.map((n) => mdToString(n)).join(' ');
  if (stemText.trim() === '') problems.at(source, item.offset, E.QuestionWithoutStem);
  const ctx = itemRenderContext(site);
  const listAt = list.position?.start.offset ?? item.offset;
  const parts = optionParts(list, listAt, ctx);
  const select = checkAnswers(list, listAt, stemText, ctx);
  const html = renderFragments(
    [stem, after, ...parts.flatMap((p) => [p.text, p.explanation])],
    ctx,
  );
  if (problems.count > 0) return null;
  const [stemHtml = '', afterHtml = ''] = html;
  const options = parts.map((p, i) => ({
    html: (html[2 + 2 * i] ?? '').replace(/^<p>/, '').replace(/<\/p>$/, ''),
    correct: p.correct,
    explanationHtml: html[3 + 2 * i] ?? '',
  }));
  return {
    kind: 'question',
    question: {
      type: 'choice',
      id: item.id ?? '',
      title: item.title,
      exams: scope.exams,
      tasks: scope.tasks,
      chapter: scope.chapter,
      section: null,
      difficulty: meta.difficulty,
      select,
      stemHtml,
      options,
      explanationHtml: after.length ? afterHtml : null,
      sources: meta.sources,
      facts: [...ctx.usedFacts].sort(),
    },
  };
}
