/** Finds and parses a Markdown file's YAML frontmatter; reports a missing or broken one. */
import type { Root, RootContent } from 'mdast';
import type { Problems, SourceText } from '../diagnostics.ts';
import { ContentErrors as E } from '../errors/index.ts';
import { parseYaml, type ParsedYaml } from '../yamlSource.ts';

export interface Frontmatter {
  parsed: ParsedYaml;
  /** Offset just past the closing `---`. */
  end: number;
}

export function frontmatterOf(
  root: Root,
  source: SourceText,
  problems: Problems,
  what: string,
): Frontmatter | null {
  const first: RootContent | undefined = root.children[0];
  if (first?.type !== 'yaml') {
    problems.at(source, 0, E.NoFrontmatter, { what });
    return null;
  }
  const start = first.position?.start.offset ?? 0;
  // The YAML text starts on the line after the opening `---`.
  const yamlStart = source.text.indexOf('\n', start) + 1;
  const parsed = parseYaml(source, first.value, yamlStart, problems, 'frontmatter');
  if (!parsed) return null;
  return { parsed, end: first.position?.end.offset ?? 0 };
}
