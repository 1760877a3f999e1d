/**
 * Remark plugin: `chapter:id#section` links become app routes and are collected for the
 * cross-file check (the target may be in a file not compiled yet); `#section` links are
 * collected too; links to files and plain-http links are reported.
 */
import type { Link, Root } from 'mdast';
import { ContentErrors as E } from '../errors/index.ts';
import { startOffset, type RenderContext } from './context.ts';
import { walk } from './walk.ts';

export default function remarkChapterLinks(ctx: RenderContext) {
  return (tree: Root): void => {
    walk(tree, 'link', (node: Link) => {
      const url = node.url;
      const offset = startOffset(node);
      if (url.startsWith('chapter:')) {
        const [chapter = '', section = null] = url.slice('chapter:'.length).split('#');
        ctx.links.push({ chapter, section, offset });
        node.url = `/read/${chapter}${section ? `#${section}` : ''}`;
        node.data = { hProperties: { dataChapter: chapter } };
      } else if (url.startsWith('#')) {
        ctx.links.push({ chapter: '', section: url.slice(1), offset });
      } else if (/\.md(#|$)/.test(url) || !/^[a-z]+:/i.test(url)) {
        ctx.problems.at(ctx.source, offset, E.LinkToFile, { url });
      } else if (url.startsWith('http://')) {
        ctx.problems.at(ctx.source, offset, E.InsecureLink, { url });
      }
      return undefined;
    });
  };
}
