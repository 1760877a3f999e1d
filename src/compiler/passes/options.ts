/** A question's options: split into text and explanation, and the answers checked. */
import type { List, ListItem, RootContent } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import { ContentErrors as E } from '../errors/index.ts';
import type { RenderContext } from '../markdown/render.ts';

/** An option's parts, to be rendered with the rest of the question. */
export interface OptionParts {
  text: RootContent[];
  explanation: RootContent[];
  correct: boolean;
}

/** Splits each option into its text and explanation; reports options missing either. */
export function optionParts(list: List, listAt: number, ctx: RenderContext): OptionParts[] {
  const options: OptionParts[] = [];
  list.children.forEach((li: ListItem, i) => {
    const [first, ...rest] = li.children;
    const liAt = li.position?.start.offset ?? listAt;
    if (first?.type !== 'paragraph' || mdToString(first).trim() === '') {
      ctx.problems.at(ctx.source, liAt, E.OptionWithoutText, { n: i + 1 });
      return;
    }
    if (rest.every((n) => mdToString(n).trim() === ''))
      ctx.problems.at(ctx.source, liAt, E.OptionWithoutExplanation, { n: i + 1 });
    const text: RootContent[] = first.children.length
      ? [{ type: 'paragraph', children: first.children }]
      : [];
    options.push({ text, explanation: rest, correct: li.checked === true });
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
