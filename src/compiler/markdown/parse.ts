/**
 * Markdown → mdast, in time linear in the file's length.
 *
 * micromark's document tokenizer rebuilds the event list of the whole document each time a
 * container (a list, a blockquote) closes, so parsing one file of N questions costs about
 * N × (file length): a bank of 2,000 questions took tens of seconds. Top-level ATX headings
 * always start a new block, so the file is cut before each of them, each part is parsed alone,
 * and positions are shifted back to the whole file. Where cutting could change the meaning (link
 * reference definitions used across parts, HTML blocks, an unclosed frontmatter), the file is
 * parsed whole.
 *
 * Each part is parsed by a parser without the GFM constructs it cannot contain (see
 * prunedParser.ts), which costs less than trying them at every line and word.
 */
import type { Root } from 'mdast';
import type { Node, Point } from 'unist';
import { parserFor } from './prunedParser.ts';

const HEADING = /^ {0,3}#{1,6}(?:[ \t\r]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})([^\n]*)$/;
/** Definitions ([label]: url, [^note]: text) and raw HTML may reach across a cut. */
const UNCUTTABLE = /^ {0,3}(?:\[[^\]\n]+\]:|<)/m;

export function parseMarkdown(text: string): Root {
  const cuts = cutPoints(text);
  if (cuts.length === 0) return parserFor(text).parse(text);
  const root: Root = { type: 'root', children: [] };
  const bounds = [0, ...cuts.map((c) => c.offset), text.length];
  const lines = [1, ...cuts.map((c) => c.line)];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] ?? 0;
    const slice = text.slice(start, bounds[i + 1]);
    const part = parserFor(slice).parse(slice);
    shift(part, (lines[i] ?? 1) - 1, start);
    root.children.push(...part.children);
  }
  const lastBreak = text.lastIndexOf('\n');
  const lineCount = (text.match(/\n/g)?.length ?? 0) + 1;
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lineCount, column: text.length - lastBreak, offset: text.length },
  };
  return root;
}

/**
 * Offsets (and 1-based lines) of the top-level ATX headings it is safe to cut before: none in
 * the frontmatter or a fenced code block, and none at all when the file is uncuttable.
 */
export function cutPoints(text: string): { offset: number; line: number }[] {
  if (UNCUTTABLE.test(text)) return [];
  const cuts: { offset: number; line: number }[] = [];
  let offset = 0;
  let line = 1;
  let fence: string | null = null;
  let frontmatter = text.startsWith('---');
  for (const raw of text.split('\n')) {
    const here = offset;
    offset += raw.length + 1;
    line++;
    if (frontmatter) {
      if (here > 0 && /^---[ \t]*\r?$/.test(raw)) frontmatter = false;
      continue;
    }
    const f = FENCE.exec(raw);
    if (fence) {
      if (f?.[1] && f[1][0] === fence[0] && f[1].length >= fence.length && !f[2]?.trim())
        fence = null;
    } else if (f?.[1]) {
      fence = f[1];
    } else if (here > 0 && HEADING.test(raw)) {
      cuts.push({ offset: here, line: line - 1 });
    }
  }
  // An unclosed frontmatter is plain Markdown to the parser, but YAML comments look like headings.
  return frontmatter ? [] : cuts;
}

function shift(node: Node, lines: number, offset: number): void {
  if (node.position) {
    node.position = { start: moved(node.position.start), end: moved(node.position.end) };
  }
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) shift(child, lines, offset);

  function moved(p: Point): Point {
    return { line: p.line + lines, column: p.column, offset: (p.offset ?? 0) + offset };
  }
}
