/** A question's options: each rendered with its explanation, and the answers checked. */
import type { List, ListItem } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import type { ChoiceOption } from '../../schema/content.ts';
import { ContentErrors as E } from '../errors/index.ts';
import { renderNodes, type RenderContext } from '../markdown/render.ts';

export function compileOptions(list: List, listAt: number, ctx: RenderContext): ChoiceOption[] {
  const options: ChoiceOption[] = [];
  list.children.forEach((li: ListItem, i) => {
    const [first, ...rest] = li.children;
    const liAt = li.position?.start.offset ?? listAt;
    if (first?.type !== 'paragraph' || mdToString(first).trim() === '') {
      ctx.problems.at(ctx.source, liAt, E.OptionWithoutText, { n: i + 1 });
      return;
    }
    if (rest.every((n) => mdToString(n).trim() === ''))
      ctx.problems.at(ctx.source, liAt, E.OptionWithoutExplanation, { n: i + 1 });
    const text = first.children.length
      ? [{ type: 'paragraph' as const, children: first.children }]
      : [];
    options.push({
      html: renderNodes(text, ctx)
        .replace(/^<p>/, '')
        .replace(/<\/p>$/, ''),
      correct: li.checked === true,
      explanationHtml: renderNodes(rest, ctx),
    });
  });
  return options;
}

const SELECT = /\bSelect (TWO|THREE|FOUR|2|3|4)\b/i;
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 };

/**
 * Checks the number of options and of correct ones against the stem; returns how many options
 * the learner must select (1 for single response).
 */
export function checkAnswers(list: List, at: number, stemText: string, ctx: RenderContext): number {
  const { problems, source } = ctx;
  const correct = list.children.filter((li) => li.checked === true).length;
  const selectMatch = SELECT.exec(stemText);
  const said = selectMatch?.[1] ?? '';
  const select = selectMatch ? (NUMBERS[said.toLowerCase()] ?? 0) : 1;
  const count = list.children.length;
  if (count < 4 || count > 6) problems.at(source, at, E.OptionCount, { count });
  if (correct === 0) problems.at(source, at, E.NoCorrectOption);
  else if (selectMatch && correct !== select)
    problems.at(source, at, E.SelectMismatch, { said, select, correct });
  else if (!selectMatch && correct > 1)
    problems.at(source, at, E.SeveralCorrectInSingle, { correct });
  else if (select > 1 && count < select + 3)
    problems.at(source, at, E.TooFewOptionsForSelect, { said, needed: select + 3, count });
  return select;
}
