/** Remark plugin: reports images, which the app cannot show offline yet. */
import type { Root } from 'mdast';
import { ContentErrors as E } from '../errors/index.ts';
import { startOffset, type RenderContext } from './context.ts';
import { walk } from './walk.ts';

export default function remarkRejectImages(ctx: RenderContext) {
  return (tree: Root): void => {
    walk(tree, 'image', (node) => {
      ctx.problems.at(ctx.source, startOffset(node), E.Image);
      return undefined;
    });
  };
}
