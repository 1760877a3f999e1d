/**
 * Renders nodes of one file to sanitised HTML: the content format's extensions (one plugin per
 * file in this folder) run on the Markdown tree, then it is converted (code blocks as named tab
 * stops: codeBlocks.ts), sanitised and highlighted.
 *
 * An item has several fragments (a question's stem, options, explanations); running the plugins
 * and the pipeline once per fragment cost more than the work itself, so all fragments of an item
 * go through together, each wrapped in a node of its own, and are written out one by one.
 */
import type { Root, RootContent } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import rehypeHighlight from 'rehype-highlight';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype, { type Options as ToHastOptions } from 'remark-rehype';
import { unified } from 'unified';
import remarkCallouts, { CALLOUTS } from './callouts.ts';
import { CODE_LABEL, codeHandlers } from './codeBlocks.ts';
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

const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    span: [...(defaultSchema.attributes?.span ?? []), 'className', 'dataFact', 'title'],
    // Callouts: a note with its kind's classes, nothing else.
    div: [
      ...(defaultSchema.attributes?.div ?? []),
      ['className', 'callout', ...Object.keys(CALLOUTS).map((kind) => `callout-${kind}`)],
      ['role', 'note'],
    ],
    p: ['className'],
    // Code blocks: a named tab stop (codeBlocks.ts).
    pre: [
      ['role', 'group'],
      ['ariaLabel', CODE_LABEL],
    ],
    code: [...(defaultSchema.attributes?.code ?? []), 'className'],
    h2: ['id'],
    h3: ['id'],
    a: [...(defaultSchema.attributes?.a ?? []), 'dataChapter'],
  },
};

/** mdast type of the wrapper around one fragment; it becomes a `div` that is never written. */
const FRAGMENT = 'contentFragment';

/** The fragment wrapper is the only node type here without a handler (GFM nodes have theirs). */
const fragmentHandler: NonNullable<ToHastOptions['unknownHandler']> = (state, node) => ({
  type: 'element',
  tagName: 'div',
  properties: {},
  // As the root handler does, so each fragment is written exactly as if rendered alone.
  children: state.wrap(state.all(node as Root)),
});

const renderer = unified()
  .use(remarkRehype, { handlers: codeHandlers, unknownHandler: fragmentHandler })
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeHighlight, { detect: false, plainText: ['text', 'txt'] })
  .use(rehypeStringify);

export type { ChapterLink, RenderContext } from './context.ts';

/** Sources with definitions or footnotes, which resolve per rendered tree: render fragments alone. */
const separately = new WeakMap<object, boolean>();

function rendersSeparately(ctx: RenderContext): boolean {
  let answer = separately.get(ctx.source);
  if (answer === undefined) {
    answer = /\[[^\]\n]*\]:|\[\^/.test(ctx.source.text);
    separately.set(ctx.source, answer);
  }
  return answer;
}

/** HTML of each fragment (a list of sibling nodes), in order; problems go to `ctx`. */
export function renderFragments(fragments: RootContent[][], ctx: RenderContext): string[] {
  if (fragments.length > 1 && rendersSeparately(ctx))
    return fragments.map((nodes) => renderFragments([nodes], ctx)[0] ?? '');
  const wrapped = fragments.map((children) => ({ type: FRAGMENT, children }));
  const root = { type: 'root', children: wrapped } as unknown as Root;
  for (const plugin of PLUGINS) plugin(ctx)(root);
  const hast = renderer.runSync(root);
  return hast.children.flatMap((node) =>
    node.type === 'element'
      ? [renderer.stringify({ type: 'root', children: node.children }).trim()]
      : [],
  );
}

export function renderNodes(nodes: RootContent[], ctx: RenderContext): string {
  return renderFragments([nodes], ctx)[0] ?? '';
}

export function wordCount(nodes: RootContent[]): number {
  return nodes
    .map((n) => mdToString(n))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
}
