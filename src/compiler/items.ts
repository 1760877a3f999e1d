/**
 * Deck and bank files: frontmatter with defaults, then one item per `## heading {#id}`, each
 * optionally followed by `key: value` metadata lines, then its body.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { SourceText, Problems } from './diagnostics.ts';
import { ContentErrors as E } from './errors/index.ts';
import { cutPoints } from './markdown/parse.ts';
import { parseYaml, type ParsedYaml } from './yamlSource.ts';

export interface RawItem {
  heading: Heading;
  /** Offset of the heading's first character. */
  offset: number;
  id: string | null;
  /** Heading inline content with the `{#id}` removed. */
  titleNodes: RootContent[];
  title: string;
  meta: ParsedYaml | null;
  body: RootContent[];
}

const ID_SUFFIX = /[ \t]*\{#([^}]*)\}[ \t]*$/;
const META_LINE = /^[a-z][A-Za-z]*:(\s|$)/;

/** Removes a trailing `{#id}` from a heading's inline nodes; returns the id found. */
function stripId(heading: Heading): string | null {
  const last = heading.children[heading.children.length - 1];
  if (last?.type !== 'text') return null;
  const m = ID_SUFFIX.exec(last.value);
  if (!m) return null;
  last.value = last.value.slice(0, m.index);
  if (last.value === '') heading.children.pop();
  return (m[1] ?? '').trim();
}

/**
 * The file's text with each item's metadata lines turned into spaces, for the Markdown parser.
 * splitItems reads metadata from the text itself and drops the paragraph those lines make; left
 * out, they (their `https://` sources above all) no longer keep the parser's autolink machinery
 * busy on every question. Only blocks of plain `key: value` lines are blanked, which always make
 * exactly one paragraph; every offset and line number stays the same.
 */
export function withoutMetadata(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (const { line } of cutPoints(text)) {
    if (!/^ {0,3}##(?!#)/.test(lines[line - 1] ?? '')) continue;
    let first = line;
    while (first < lines.length && lines[first]?.trim() === '') first++;
    let last = first;
    while (last + 1 < lines.length && (lines[last + 1] ?? '').trim() !== '') last++;
    const block = lines.slice(first, last + 1);
    if (!block.length || !block.every((l) => META_LINE.test(l))) continue;
    for (let i = first; i <= last; i++) lines[i] = (lines[i] ?? '').replace(/[^\r]/g, ' ');
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

export function splitItems(
  root: Root,
  source: SourceText,
  problems: Problems,
  kind: 'card' | 'question',
): RawItem[] {
  const items: RawItem[] = [];
  const lines = source.text.split('\n');
  let current: RawItem | null = null;
  for (const node of root.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading' && node.depth === 2) {
      const offset = node.position?.start.offset ?? 0;
      const id = stripId(node);
      const title = source.text
        .slice(offset, node.position?.end.offset)
        .replace(/^##\s*/, '')
        .replace(ID_SUFFIX, '')
        .trim();
      current = {
        heading: node,
        offset,
        id,
        titleNodes: node.children,
        title,
        meta: null,
        body: [],
      };
      items.push(current);
      // Metadata: consecutive `key: value` lines straight after the heading (a blank line between is fine).
      const headingLine = node.position?.end.line ?? 0;
      let first = headingLine; // 0-based index of the line after the heading
      while (first < lines.length && lines[first]?.trim() === '') first++;
      if (META_LINE.test(lines[first] ?? '')) {
        let last = first;
        while (last + 1 < lines.length && (lines[last + 1] ?? '').trim() !== '') last++;
        const start = source.offset(first + 1, 1);
        const yamlText = lines.slice(first, last + 1).join('\n');
        current.meta = parseYaml(source, yamlText, start, problems, `${kind} metadata`);
        (current as RawItem & { metaEnd: number }).metaEnd = last + 1;
      }
      continue;
    }
    if (!current) {
      if (node.type === 'heading' && node.depth === 1) continue;
      problems.at(source, node.position?.start.offset ?? 0, E.TextBeforeFirstItem, { kind });
      continue;
    }
    const metaEnd = (current as RawItem & { metaEnd?: number }).metaEnd ?? 0;
    if ((node.position?.start.line ?? 0) <= metaEnd) continue;
    current.body.push(node);
  }
  return items;
}
