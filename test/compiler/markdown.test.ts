/**
 * The fast Markdown parser (cut at top-level headings, GFM constructs pruned per part) must give
 * exactly the tree, positions included, that one whole-file GFM parse gives. Guards the fix for
 * parse time growing with the square of a bank's length.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/compiler/markdown/parse.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith('.md') ? [full] : [];
  });
}

const SAMPLES: Record<string, string> = {
  'fence holding a heading':
    '---\ntitle: x\n---\n\n## A {#a}\n\n```md\n## not a heading\n```\n\n## B\n\ntext\n',
  'frontmatter comment': '---\n## a YAML comment\ntitle: x\n---\n\n## A\n\ntext\n',
  'unclosed frontmatter': '---\ntitle: x\n\n## A\n\ntext\n',
  'table, autolinks, strikethrough':
    '## T\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n## L\n\nsee www.example.com, https://a.b and me@example.com ~~old~~\n',
  'definition used across headings': '## A\n\n[x][ref]\n\n## B\n\n[ref]: https://example.com\n',
  'tilde fence and list': '## A\n\n- [x] one\n\n  ~~~\n  ## inside\n  ~~~\n\n### B\n\n> quote\n',
  'crlf lines': '---\r\ntitle: x\r\n---\r\n\r\n## A\r\n\r\ntext\r\n## B\r\n',
};

describe('parseMarkdown gives the whole-file tree', () => {
  const files = [
    ...markdownFiles(join(ROOT, 'content')),
    ...markdownFiles(join(ROOT, 'test', 'fixtures')),
  ];

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s', (_, file) => {
    const text = readFileSync(file, 'utf8');
    expect(parseMarkdown(text)).toEqual(whole.parse(text));
  });

  it.each(Object.entries(SAMPLES))('%s', (_, text) => {
    expect(parseMarkdown(text)).toEqual(whole.parse(text));
  });
});
