/**
 * Remark plugin (chapters only): gives every heading an anchor made from its text, and lists
 * the `##` and `###` headings as the chapter's sections for the navigator and link checks.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import type { RenderContext } from './context.ts';
import { walk } from './walk.ts';

export default function remarkHeadingAnchors(ctx: RenderContext) {
  return (tree: Root): void => {
    const sections = ctx.sections;
    if (!sections) return;
    const slugger = new GithubSlugger();
    walk(tree, 'heading', (node: Heading) => {
      const title = mdToString(node);
      const id = slugger.slug(title);
      node.data = { hProperties: { id } };
      if (node.depth === 2 || node.depth === 3) sections.push({ id, title, depth: node.depth });
      return undefined;
    });
  };
}
