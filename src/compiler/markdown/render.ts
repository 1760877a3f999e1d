/**
 * Renders nodes of one file to sanitised HTML: the content format's extensions (one plugin per
 * file in this folder) run on the Markdown tree, then it is converted, sanitised and highlighted.
 */
import type { Root, RootContent } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import rehypeHighlight from 'rehype-highlight';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import remarkCallouts from './callouts.ts';
import type { RenderContext } from './context.ts';
import remarkChapterLinks from './chapterLinks.ts';
import remarkHeadingAnchors from './headingAnchors.ts';
import remarkInsertFacts from './insertFacts.ts';
import remarkRejectImages from './rejectImages.ts';
import remarkRejectRawHtml from './rejectRawHtml.ts';

/** The extensions, in the order they must run: raw HTML goes before anything reads the tree. */
const PLUGINS = [
  remarkRejectRawHtml,
  remarkRejectImages,
  remarkInsertFacts,
  remarkCallouts,
  remarkChapterLinks,
  remarkHeadingAnchors,
];

const sanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    span: [...(defaultSchema.attributes?.span ?? []), 'className', 'dataFact', 'title'],
    aside: ['className'],
    p: ['className'],
    code: [...(defaultSchema.attributes?.code ?? []), 'className'],
    h2: ['id'],
    h3: ['id'],
    a: [...(defaultSchema.attributes?.a ?? []), 'dataChapter'],
  },
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside'],
};

const renderer = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeHighlight, { detect: false, plainText: ['text', 'txt'] })
  .use(rehypeStringify);

export type { ChapterLink, RenderContext } from './context.ts';

export function renderNodes(nodes: RootContent[], ctx: RenderContext): string {
  const root: Root = { type: 'root', children: nodes };
  for (const plugin of PLUGINS) plugin(ctx)(root);
  const hast = renderer.runSync(root);
  return renderer.stringify(hast).trim();
}

export function wordCount(nodes: RootContent[]): number {
  return nodes
    .map((n) => mdToString(n))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
}
