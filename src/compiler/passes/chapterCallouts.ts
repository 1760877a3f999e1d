/**
 * The callouts of one chapter, for the cheat sheet: each with its kind, title, the section it
 * stands in and its text as HTML. Runs after the chapter is rendered, on the same tree: the
 * callout plugin has marked each callout and the heading plugin has given each heading its id.
 * A callout's text is rendered again on its own (its facts are already inserted); links within
 * the chapter (`#section`) are made absolute, since the text is shown away from the chapter.
 */
import type { Blockquote, Heading, RootContent } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import type { ChapterCallout } from '../../schema/cheatSheet.ts';
import type { Fact } from '../../schema/fact.ts';
import { Problems, type SourceText } from '../diagnostics.ts';
import { renderNodes } from '../markdown/render.ts';

interface Marked {
  data?: { hProperties?: { id?: unknown; className?: unknown } };
}

function calloutKind(node: Blockquote): string | null {
  const classes = (node as Marked).data?.hProperties?.className;
  if (!Array.isArray(classes) || !classes.includes('callout')) return null;
  const kind = classes.find((c): c is string => typeof c === 'string' && c.startsWith('callout-'));
  return kind ? kind.slice('callout-'.length) : null;
}

function headingId(node: Heading): string | null {
  const id = (node as Marked).data?.hProperties?.id;
  return typeof id === 'string' ? id : null;
}

export function chapterCallouts(
  body: readonly RootContent[],
  chapterId: string,
  source: SourceText,
  facts: ReadonlyMap<string, Fact>,
): ChapterCallout[] {
  const found: ChapterCallout[] = [];
  let section: string | null = null;
  const visit = (node: RootContent): void => {
    if (node.type === 'heading') {
      if (node.depth === 2 || node.depth === 3) section = headingId(node) ?? section;
      return;
    }
    if (node.type === 'blockquote') {
      const kind = calloutKind(node);
      if (kind) {
        found.push(calloutOf(node, kind, section, { chapterId, source, facts }));
        return;
      }
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const node of body) visit(node);
  return found;
}

function calloutOf(
  node: Blockquote,
  kind: string,
  section: string | null,
  at: { chapterId: string; source: SourceText; facts: ReadonlyMap<string, Fact> },
): ChapterCallout {
  const [titleNode, ...text] = node.children;
  // Problems were reported when the chapter itself was rendered; a second report would repeat them.
  const ctx = {
    source: at.source,
    problems: new Problems(),
    facts: at.facts,
    usedFacts: new Set<string>(),
    links: [],
  };
  const html = renderNodes(text, ctx).replaceAll('href="#', `href="/read/${at.chapterId}#`);
  return { kind, title: titleNode ? mdToString(titleNode) : kind, html, section };
}
