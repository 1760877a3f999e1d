/** Remark plugin: reports raw HTML and drops it (the sanitiser would strip it anyway). */
import type { Root } from 'mdast';
import { ContentErrors as E } from '../errors/index.ts';
import { startOffset, type RenderContext } from './context.ts';
import { walk } from './walk.ts';

export default function remarkRejectRawHtml(ctx: RenderContext) {
  return (tree: Root): void => {
    walk(tree, 'html', (node, index, parent) => {
      ctx.problems.at(ctx.source, startOffset(node), E.RawHtml);
      parent.children.splice(index, 1);
      return index;
    });
  };
}
