/**
 * Remark plugin: a blockquote opening with `[!exam-tip]` (or another marker) becomes a callout,
 * a `div` with the ARIA role `note`: a note belongs to the text around it, where an `aside` is a
 * complementary landmark that a screen reader lists beside the page's main ones.
 */
import type { Blockquote, Paragraph, Root } from 'mdast';
import { ContentErrors as E } from '../errors/index.ts';
import { startOffset, type RenderContext } from './context.ts';
import { walk } from './walk.ts';

export const CALLOUTS: Record<string, string> = {
  'exam-tip': 'Exam tip',
  'wrong-answer': 'Common wrong answer',
  'mix-up': 'Easy to mix up',
  note: 'Note',
};

const MARKER = /^\[!([A-Za-z-]+)\][ \t]*([^\n]*)\n?/;

export default function remarkCallouts(ctx: RenderContext) {
  return (tree: Root): void => {
    walk(tree, 'blockquote', (node) => {
      calloutOf(node, ctx);
      return undefined;
    });
  };
}

function calloutOf(node: Blockquote, ctx: RenderContext): void {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return;
  const lead = first.children[0];
  if (lead?.type !== 'text') return;
  const marker = MARKER.exec(lead.value);
  if (!marker) return;
  const kind = (marker[1] ?? '').toLowerCase();
  if (!(kind in CALLOUTS)) {
    const known = Object.keys(CALLOUTS)
      .map((k) => `[!${k}]`)
      .join(', ');
    ctx.problems.at(ctx.source, startOffset(lead), E.UnknownCallout, {
      marker: marker[1] ?? '',
      known,
    });
    return;
  }
  const title = marker[2]?.trim() || (CALLOUTS[kind] ?? kind);
  lead.value = lead.value.slice(marker[0].length);
  if (lead.value === '' && first.children.length === 1) node.children.shift();
  else if (lead.value === '') first.children.shift();
  const titleNode: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: title }],
    data: { hProperties: { className: ['callout-title'] } },
  };
  node.children.unshift(titleNode);
  node.data = {
    hName: 'div',
    hProperties: { className: ['callout', `callout-${kind}`], role: 'note' },
  };
  if (node.children.length === 1)
    ctx.problems.at(ctx.source, startOffset(node), E.EmptyCallout, { title });
}
