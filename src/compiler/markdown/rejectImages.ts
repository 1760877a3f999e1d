/** Remark plugin: reports images, which the app cannot show offline yet. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { ContentErrors as E } from '../errors/index.ts';
import { startOffset, type RenderContext } from './context.ts';

export default function remarkRejectImages(ctx: RenderContext) {
  return (tree: Root): void => {
    visit(tree, 'image', (node) => {
      ctx.problems.at(ctx.source, startOffset(node), E.Image);
    });
  };
}
