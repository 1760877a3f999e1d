/** What the Markdown plugins read and fill while one file's nodes are rendered. */
import type { Fact } from '../../schema/fact.ts';
import type { Problems, SourceText } from '../diagnostics.ts';

/** A link to another chapter (or, with chapter '', within this one), checked across files. */
export interface ChapterLink {
  chapter: string;
  section: string | null;
  offset: number;
}

/** What the plugins read and fill while one file's nodes are rendered. */
export interface RenderContext {
  source: SourceText;
  problems: Problems;
  facts: ReadonlyMap<string, Fact>;
  /** Fact ids used, filled while rendering. */
  usedFacts: Set<string>;
  /** Chapter links found, filled while rendering. */
  links: ChapterLink[];
  /** Give h2/h3 headings ids and collect them (chapters only). */
  sections?: { id: string; title: string; depth: 2 | 3 }[];
}

export function startOffset(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}
