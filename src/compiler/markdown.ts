/**
 * Markdown → sanitised HTML, with the content format's extensions:
 *
 * - `{{fact-id}}` inserts a registered fact's value (never inside code);
 * - `> [!exam-tip]`, `> [!wrong-answer]`, `> [!mix-up]`, `> [!note]` turn a blockquote into a callout;
 * - `[text](chapter:id#section)` links to another chapter and is checked;
 * - raw HTML is rejected; the rendered tree is sanitised anyway.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Link, Paragraph, Root, RootContent, Text } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import rehypeHighlight from 'rehype-highlight';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Fact } from '../schema/fact.ts';
import type { Problems, SourceText } from './diagnostics.ts';
import { closest } from './suggest.ts';

export const CALLOUTS: Record<string, string> = {
  'exam-tip': 'Exam tip',
  'wrong-answer': 'Common wrong answer',
  'mix-up': 'Easy to mix up',
  note: 'Note',
};

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

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

/** A link to another chapter, checked once every chapter's sections are known. */
export interface ChapterLink {
  chapter: string;
  section: string | null;
  offset: number;
}

export interface RenderContext {
  source: SourceText;
  problems: Problems;
  facts: Map<string, Fact>;
  /** Fact ids used, filled while rendering. */
  usedFacts: Set<string>;
  /** Chapter links found, filled while rendering. */
  links: ChapterLink[];
  /** Give h2/h3 headings ids and collect them (chapters only). */
  sections?: { id: string; title: string; depth: 2 | 3 }[];
}

const FACT_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The value a fact had before AWS changed it: numbers get the fact's unit. */
function previousText(fact: Fact, value: string | number): string {
  if (typeof value === 'string') return value;
  const n = value.toLocaleString('en-US');
  return fact.unit ? `${n} ${fact.unit}` : n;
}

function startOffset(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}

/** Applies the format's extensions to a tree, reporting problems; returns the tree for chaining. */
function transform(root: Root, ctx: RenderContext): Root {
  const { source, problems } = ctx;

  visit(root, (node, index, parent) => {
    if (node.type === 'html') {
      problems.add(
        source.problemAt(
          startOffset(node),
          'raw HTML is not allowed in content',
          'write it in Markdown instead (tables, emphasis, lists and callouts are all available)',
        ),
      );
      if (parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    }
    if (node.type === 'image') {
      problems.add(
        source.problemAt(
          startOffset(node),
          'images are not supported yet',
          'describe the diagram in words or with a table',
        ),
      );
    }
    return undefined;
  });

  // Facts: only in prose text, never in code.
  visit(root, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !node.value.includes('{{')) return;
    const raw = source.text.slice(startOffset(node), node.position?.end.offset);
    const parts: Text[] = [];
    let last = 0;
    for (const match of node.value.matchAll(FACT_PATTERN)) {
      const [id = '', variant] = (match[1] ?? '').split('.');
      const rawAt = raw.indexOf(match[0]);
      const offset = startOffset(node) + Math.max(rawAt, 0);
      const fact = ctx.facts.get(id);
      if (match.index > last)
        parts.push({ type: 'text', value: node.value.slice(last, match.index) });
      last = match.index + match[0].length;
      if (!fact) {
        const guess = closest(id, [...ctx.facts.keys()]);
        problems.add(
          source.problemAt(
            offset,
            `unknown fact "${id}"`,
            guess
              ? `did you mean "{{${guess}}}"? Facts are defined in content/facts.yaml`
              : 'add it to content/facts.yaml with its value and AWS source, or fix the id',
          ),
        );
        parts.push({ type: 'text', value: match[0] });
        continue;
      }
      if (variant !== undefined && (variant !== 'previous' || !fact.previous)) {
        problems.add(
          source.problemAt(
            offset,
            variant === 'previous'
              ? `fact "${id}" has no previous value`
              : `"{{${match[1] ?? ''}}}" is not a fact form`,
            variant === 'previous'
              ? `add "previous:" (value and changed) to "${id}" in content/facts.yaml, or write {{${id}}}`
              : `write {{${id}}} for the current value or {{${id}.previous}} for the value before AWS changed it`,
          ),
        );
        parts.push({ type: 'text', value: match[0] });
        continue;
      }
      ctx.usedFacts.add(id);
      const previous = variant === 'previous' ? fact.previous : undefined;
      parts.push({
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
      });
    }
    if (parts.length === 0) return;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });

  // Callouts.
  visit(root, 'blockquote', (node) => {
    const first = node.children[0];
    if (first?.type !== 'paragraph') return;
    const lead = first.children[0];
    if (lead?.type !== 'text') return;
    const marker = /^\[!([A-Za-z-]+)\][ \t]*([^\n]*)\n?/.exec(lead.value);
    if (!marker) return;
    const kind = (marker[1] ?? '').toLowerCase();
    if (!(kind in CALLOUTS)) {
      problems.add(
        source.problemAt(
          startOffset(lead),
          `unknown callout "[!${marker[1]}]"`,
          `use one of: ${Object.keys(CALLOUTS)
            .map((k) => `[!${k}]`)
            .join(', ')}`,
        ),
      );
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
    node.data = { hName: 'aside', hProperties: { className: ['callout', `callout-${kind}`] } };
    if (node.children.length === 1) {
      problems.add(
        source.problemAt(
          startOffset(node),
          `the ${title} callout is empty`,
          'write its text on the lines below the marker, each starting with ">"',
        ),
      );
    }
  });

  // Links.
  visit(root, 'link', (node: Link) => {
    const url = node.url;
    const offset = startOffset(node);
    if (url.startsWith('chapter:')) {
      const [chapter = '', section = null] = url.slice('chapter:'.length).split('#');
      ctx.links.push({ chapter, section, offset });
      node.url = `/read/${chapter}${section ? `#${section}` : ''}`;
      node.data = { hProperties: { dataChapter: chapter } };
    } else if (url.startsWith('#')) {
      ctx.links.push({ chapter: '', section: url.slice(1), offset });
    } else if (/\.md(#|$)/.test(url) || (!/^[a-z]+:/i.test(url) && !url.startsWith('#'))) {
      problems.add(
        source.problemAt(
          offset,
          `link "${url}" points at a file`,
          'link to a chapter by its id, e.g. [Cold starts](chapter:cold-starts), or use a full https:// address',
        ),
      );
    } else if (url.startsWith('http://')) {
      problems.add(
        source.problemAt(offset, `link "${url}" is not secure`, 'use the https:// address'),
      );
    }
  });

  if (ctx.sections) {
    const slugger = new GithubSlugger();
    const sections = ctx.sections;
    visit(root, 'heading', (node: Heading) => {
      const title = mdToString(node);
      const id = slugger.slug(title);
      node.data = { hProperties: { id } };
      if (node.depth === 2 || node.depth === 3) sections.push({ id, title, depth: node.depth });
    });
  }
  return root;
}

/** Renders nodes of one file to sanitised HTML, applying the format's extensions. */
export function renderNodes(nodes: RootContent[], ctx: RenderContext): string {
  const root = transform({ type: 'root', children: nodes }, ctx);
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
