/** Remark plugin: reports raw HTML and drops it (the sanitiser would strip it anyway). */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { ContentErrors as E } from '../errors/index.ts';
import { startOffset, type RenderContext } from './context.ts';

export default function remarkRejectRawHtml(ctx: RenderContext) {
  return (tree: Root): void => {
    visit(tree, 'html', (node, index, parent) => {
      ctx.problems.at(ctx.source, startOffset(node), E.RawHtml);
      if (!parent || index === undefined) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
