/**
 * Remark plugin: replaces `{{fact-id}}` and `{{fact-id.previous}}` in prose with the registered
 * value, marked up so the app can show the fact's label and date. Code is never touched.
 */
import type { Root, Text } from 'mdast';
import type { Fact } from '../../schema/fact.ts';
import { ContentErrors as E } from '../errors/index.ts';
import { closest } from '../suggest.ts';
import { startOffset, type RenderContext } from './context.ts';
import { walk } from './walk.ts';

const FACT_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export default function remarkInsertFacts(ctx: RenderContext) {
  return (tree: Root): void => {
    walk(tree, 'text', (node, index, parent) => {
      if (!node.value.includes('{{')) return undefined;
      const parts = splitText(node, ctx);
      if (parts.length === 0) return undefined;
      (parent.children as Text[]).splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}

/** The text node cut into plain text and inserted facts; empty when it holds no fact. */
function splitText(node: Text, ctx: RenderContext): Text[] {
  // Offsets come from the source, where the text may differ (escapes), so search the raw slice.
  const raw = ctx.source.text.slice(startOffset(node), node.position?.end.offset);
  const parts: Text[] = [];
  let last = 0;
  for (const match of node.value.matchAll(FACT_PATTERN)) {
    if (match.index > last)
      parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    last = match.index + match[0].length;
    const offset = startOffset(node) + Math.max(raw.indexOf(match[0]), 0);
    parts.push(factNode(match[1] ?? '', match[0], offset, ctx));
  }
  if (parts.length && last < node.value.length)
    parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

function factNode(written: string, whole: string, offset: number, ctx: RenderContext): Text {
  const [id = '', variant] = written.split('.');
  const fact = ctx.facts.get(id);
  if (!fact) {
    const guess = closest(id, [...ctx.facts.keys()]);
    ctx.problems.at(ctx.source, offset, E.UnknownFact, { id, guess });
    return { type: 'text', value: whole };
  }
  if (variant !== undefined && (variant !== 'previous' || !fact.previous)) {
    if (variant === 'previous') ctx.problems.at(ctx.source, offset, E.FactWithoutPrevious, { id });
    else ctx.problems.at(ctx.source, offset, E.UnknownFactForm, { id, written });
    return { type: 'text', value: whole };
  }
  ctx.usedFacts.add(id);
  const previous = variant === 'previous' ? fact.previous : undefined;
  return {
    type: 'text',
    value: previous ? previousText(fact, previous.value) : fact.text,
    data: {
      hName: 'span',
      hProperties: {
        className: previous ? ['fact', 'fact-previous'] : ['fact'],
        dataFact: id,
        title: previous
          ? `${fact.label} until ${previous.changed}`
          : `${fact.label} · verified ${fact.verified}`,
      },
    },
  };
}

/** The value a fact had before AWS changed it: numbers get the fact's unit. */
function previousText(fact: Fact, value: string | number): string {
  if (typeof value === 'string') return value;
  const n = value.toLocaleString('en-US');
  return fact.unit ? `${n} ${fact.unit}` : n;
}
